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

  it('reads the largest link Chromium passes on (1.9 MB) quickly, with no string per dictionary entry', () => {
    const start = performance.now();
    expect(readLinkHash('#code/' + 'A'.repeat(1_900_000), SEED)).toEqual({
      kind: 'error',
      reason: 'corrupt',
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('keeps every UTF-16 unit of a linked text, lone surrogates included', () => {
    const text = 'name: "\ud800 한국어 😀 \udc00"\n'.repeat(50);
    const read = readLinkHash(codeFragment(text), SEED);
    expect(read.kind === 'scenario' && read.scenario.text).toBe(text);
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
