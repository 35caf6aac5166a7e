import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  codeFragment,
  MAX_LINK_CHARS,
  readLinkHash,
  scenarioFragment,
  shareFragment,
  validateScenario,
  type Scenario,
} from './link';
import { decompressBounded } from './lzBounded';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: 파드\n';
const full: Scenario = {
  text: POD,
  inputs: [
    { t: 30_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' },
    { t: 45_000, command: 'kubectl apply -f -', stdin: 'kind: Service\n' },
  ],
  seed: 7,
  t: 52_300,
  panel: 'logs',
};

describe('decompressBounded', () => {
  it('decodes exactly what lz-string encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const packed = compressToEncodedURIComponent(s);
        const r = decompressBounded(packed, 10_000);
        expect(r).toEqual({ ok: true, text: decompressFromEncodedURIComponent(packed) });
      }),
    );
  });

  it('stops at the limit instead of building a huge string', () => {
    const packed = compressToEncodedURIComponent('a'.repeat(50_000));
    expect(packed.length).toBeLessThan(2000);
    expect(decompressBounded(packed, 10_000)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('refuses characters outside the URI-safe alphabet and empty input', () => {
    expect(decompressBounded('abc<script>', 1000)).toEqual({ ok: false, reason: 'corrupt' });
    expect(decompressBounded('', 1000)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('never returns part of a truncated link', () => {
    // Missing characters read as zero bits and a zero code is never the end marker, so a cut link
    // either fails or lost only the padding after the end marker (and decodes whole).
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), (s, cut) => {
        const packed = compressToEncodedURIComponent(s);
        const r = decompressBounded(packed.slice(0, cut % packed.length), 10_000);
        if (r.ok) expect(r.text).toBe(s);
      }),
    );
  });
});

describe('share links', () => {
  it('round-trip the #code/ form (the TypeScript playground convention)', () => {
    const hash = codeFragment(POD);
    expect(hash).toBe(`#code/${compressToEncodedURIComponent(POD)}`);
    expect(readLinkHash(hash, 1)).toEqual({
      kind: 'scenario',
      form: 'code',
      scenario: { text: POD, inputs: [], seed: 1, t: 0, panel: null },
    });
  });

  it('round-trip a whole scenario', () => {
    expect(readLinkHash(scenarioFragment(full), 1)).toEqual({
      kind: 'scenario',
      form: 'scenario',
      scenario: full,
    });
  });

  it('use the short form when only the manifest matters', () => {
    expect(shareFragment({ text: POD, inputs: [], seed: 1, t: 0, panel: null }, 1)).toBe(codeFragment(POD));
    expect(shareFragment(full, 1)).toBe(scenarioFragment(full));
  });

  it('ignore fragments that are not links', () => {
    expect(readLinkHash('', 1)).toEqual({ kind: 'none' });
    expect(readLinkHash('#events', 1)).toEqual({ kind: 'none' });
  });

  it('accept a percent-encoded link', () => {
    const hash = scenarioFragment(full);
    const encoded = '#scenario/' + hash.slice('#scenario/'.length).replace(/\$/g, '%24');
    expect(readLinkHash(encoded, 1)).toMatchObject({ kind: 'scenario', scenario: full });
  });

  it('refuse a corrupt, truncated or tampered link', () => {
    expect(readLinkHash('#code/@@@', 1)).toEqual({ kind: 'error', reason: 'corrupt' });
    expect(readLinkHash('#scenario/%E0%A4%A', 1)).toEqual({ kind: 'error', reason: 'corrupt' });
    const hash = scenarioFragment(full);
    expect(readLinkHash(hash.slice(0, hash.length - 6), 1)).toMatchObject({ kind: 'error' });
    const notJson = '#scenario/' + compressToEncodedURIComponent('{"v":1,');
    expect(readLinkHash(notJson, 1)).toEqual({ kind: 'error', reason: 'corrupt' });
  });

  it('refuse a link over 1 MB decompressed', () => {
    const big = 'x'.repeat(MAX_LINK_CHARS + 1);
    expect(readLinkHash(codeFragment(big), 1)).toEqual({ kind: 'error', reason: 'tooLarge' });
    const bigScenario = scenarioFragment({ ...full, text: big });
    expect(readLinkHash(bigScenario, 1)).toEqual({ kind: 'error', reason: 'tooLarge' });
  }, 30_000);
});

describe('validateScenario', () => {
  const ok = { v: 1, text: 'a', inputs: [{ t: 0, command: 'kubectl get pods' }], seed: 1, t: 0, panel: null };
  it('accepts a well-formed scenario and drops unknown keys', () => {
    expect(validateScenario({ ...ok, extra: '<img onerror=alert(1)>' })).toEqual({
      text: 'a',
      inputs: [{ t: 0, command: 'kubectl get pods' }],
      seed: 1,
      t: 0,
      panel: null,
    });
  });

  it.each([
    ['a wrong version', { ...ok, v: 2 }],
    ['text that is not a string', { ...ok, text: 1 }],
    ['inputs that are not a list', { ...ok, inputs: {} }],
    ['an input without a command', { ...ok, inputs: [{ t: 0 }] }],
    ['a negative input time', { ...ok, inputs: [{ t: -1, command: 'x' }] }],
    ['a fractional time', { ...ok, t: 1.5 }],
    ['a non-string stdin', { ...ok, inputs: [{ t: 0, command: 'x', stdin: 3 }] }],
    ['a seed out of range', { ...ok, seed: 2 ** 33 }],
    ['a panel that is not an id', { ...ok, panel: '<b>x</b>' }],
    ['an array', [ok]],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(validateScenario(value)).toBeNull();
  });
});
