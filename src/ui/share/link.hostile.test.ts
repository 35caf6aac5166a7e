// Hostile share links, read as data only: garbage, truncated and 10 MB links are refused quickly.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { codeFragment, readLinkHash } from './link';

const SEED = 1;

describe('hostile share links', () => {
  it('refuses a 10 MB link by size, without decompressing it', () => {
    const start = performance.now();
    expect(readLinkHash('#code/' + 'A'.repeat(10_000_000), SEED)).toEqual({
      kind: 'error',
      reason: 'tooLarge',
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses garbage and a truncated link as errors, never throwing', () => {
    for (const hash of [
      '#code/%%%!!!',
      '#scenario/N4IgLgpgtgJg',
      '#scenario/' + codeFragment('x').slice(6, 9),
    ]) {
      expect(readLinkHash(hash, SEED).kind).toBe('error');
    }
  });

  it('keeps markup in a linked manifest as plain text', () => {
    const text = 'metadata:\n  name: "<img src=x onerror=alert(1)>"\n';
    const read = readLinkHash(codeFragment(text), SEED);
    expect(read.kind === 'scenario' && read.scenario.text).toBe(text);
  });
});
