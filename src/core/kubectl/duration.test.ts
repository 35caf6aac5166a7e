import { describe, expect, it } from 'vitest';
import { formatAge, formatGoDuration } from './duration';

describe('formatAge (HumanDuration)', () => {
  it.each([
    [-5000, '<invalid>'],
    [-1500, '0s'],
    [0, '0s'],
    [5999, '5s'],
    [119_000, '119s'],
    [120_000, '2m'],
    [130_000, '2m10s'],
    [599_000, '9m59s'],
    [600_000, '10m'],
    [179 * 60_000, '179m'],
    [3 * 3_600_000, '3h'],
    [3 * 3_600_000 + 5 * 60_000, '3h5m'],
    [8 * 3_600_000, '8h'],
    [47 * 3_600_000, '47h'],
    [48 * 3_600_000, '2d'],
    [50 * 3_600_000, '2d2h'],
    [10 * 24 * 3_600_000, '10d'],
    [(365 * 2 + 3) * 24 * 3_600_000, '2y3d'],
    [365 * 9 * 24 * 3_600_000, '9y'],
  ])('%i ms -> %s', (ms, text) => expect(formatAge(ms)).toBe(text));
});

describe('formatGoDuration', () => {
  it.each([
    [10_000, '10s'],
    [80_000, '1m20s'],
    [160_000, '2m40s'],
    [300_000, '5m0s'],
    [1500, '1.5s'],
    [3_600_000, '1h0m0s'],
    [250, '250ms'],
  ])('%i ms -> %s', (ms, text) => expect(formatGoDuration(ms)).toBe(text));
});
