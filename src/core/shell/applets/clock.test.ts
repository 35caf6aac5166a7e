import { describe, expect, it } from 'vitest';
import { civil, strftime, DATE_DEFAULT_FORMAT } from './clock';

describe('clock', () => {
  it('converts epoch to civil UTC time', () => {
    expect(civil(0)).toMatchObject({ year: 1970, month: 1, day: 1, hour: 0, weekday: 4 });
    // 2024-02-29T12:34:56Z, a leap day
    expect(civil(1709210096000)).toMatchObject({
      year: 2024,
      month: 2,
      day: 29,
      hour: 12,
      minute: 34,
      second: 56,
      yday: 60,
    });
  });
  it('formats like busybox date', () => {
    const t = 1795817343000; // Fri Nov 27 22:09:03 UTC 2026
    expect(strftime(DATE_DEFAULT_FORMAT, t)).toBe('Fri Nov 27 22:09:03 UTC 2026');
    expect(strftime('%F %T %s', t)).toBe('2026-11-27 22:09:03 1795817343');
    expect(strftime('%Y%m%d-%H%M%S', t)).toBe('20261127-220903');
    expect(strftime('%e|%d|%j', 1_767_225_600_000 + 86400_000 * 4)).toBe(' 5|05|005');
  });
});
