import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal';

// Values as the trace holds them, plus what JSON.stringify treats specially (undefined, NaN, -0).
const leaf = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -0, 1, NaN, Infinity, '', 'a', 'b'),
  fc.integer({ min: -3, max: 3 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('t', 'x', 'y', '1', '0'), tie('value'), { maxKeys: 3 }),
}));

const json = (v: unknown, except?: string) =>
  JSON.stringify(v, function (key, val) {
    return this === v && key === except && except !== undefined ? undefined : val;
  });

describe('jsonEqual', () => {
  it('agrees with comparing JSON.stringify texts', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(json(a) === json(b));
        expect(jsonEqual(a, a)).toBe(true);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('leaves out one top-level property when asked', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b, 't')).toBe(json(a, 't') === json(b, 't'));
      }),
      { numRuns: 20_000, seed: 8 },
    );
    expect(jsonEqual({ t: 1, a: { t: 1 } }, { t: 2, a: { t: 1 } }, 't')).toBe(true);
    expect(jsonEqual({ t: 1, a: { t: 1 } }, { t: 1, a: { t: 2 } }, 't')).toBe(false);
  });
});
