import { describe, expect, it } from 'vitest';
import { LOG_PICKER_MAX, pickerOptions } from './logPicker';

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `c${i}` }));
const names = (r: { options: { name: string }[] }) => r.options.map((c) => c.name);

describe('pickerOptions', () => {
  it('lists every container of an ordinary pod, whatever is typed', () => {
    expect(names(pickerOptions(many(3), 'zzz', 'c1'))).toEqual(['c0', 'c1', 'c2']);
  });

  it('lists the first matches of a huge pod and counts them all', () => {
    const all = many(10_000);
    const first = pickerOptions(all, '', 'c0');
    expect(first.options).toHaveLength(LOG_PICKER_MAX);
    expect([first.matches, first.listed]).toEqual([10_000, LOG_PICKER_MAX]);
    const found = pickerOptions(all, 'c999', 'c0');
    expect(names(found)).toEqual([
      'c0',
      'c999',
      'c9990',
      'c9991',
      'c9992',
      'c9993',
      'c9994',
      'c9995',
      'c9996',
      'c9997',
      'c9998',
      'c9999',
    ]);
    expect([found.matches, found.listed]).toEqual([11, 11]);
  });

  it('keeps the chosen container listed (first) when it is not among the matches', () => {
    const r = pickerOptions(many(10_000), 'c12', 'c5000');
    expect(names(r)[0]).toBe('c5000');
    expect(names(r).slice(1, 4)).toEqual(['c12', 'c120', 'c121']);
  });
});
