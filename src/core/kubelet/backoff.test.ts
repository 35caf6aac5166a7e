import { describe, expect, it } from 'vitest';
import { RestartBackoff } from './backoff';

describe('RestartBackoff', () => {
  it('lets the first restart through, then doubles from 10 s to a 300 s cap', () => {
    const b = new RestartBackoff();
    expect(b.blockedFor('c', 1000, 1000)).toBeNull();
    b.next('c', 1000, 1000);
    const windows: number[] = [];
    let t = 1000;
    for (let i = 0; i < 8; i++) {
      const w = b.blockedFor('c', t, t);
      windows.push(w ?? 0);
      t += w ?? 0;
      b.next('c', t, t);
    }
    expect(windows).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('forgets the entry when the exit comes more than 600 s after the last restart', () => {
    const b = new RestartBackoff();
    b.next('c', 0, 0);
    b.next('c', 1000, 20_000);
    expect(b.blockedFor('c', 20_000 + 601_000, 20_000 + 601_000)).toBeNull();
    b.next('c', 621_000, 621_000);
    expect(b.blockedFor('c', 622_000, 622_000)).toBe(10_000);
  });

  it('keys are independent (an image change is a new key)', () => {
    const b = new RestartBackoff();
    b.next('c/busybox:1.36', 0, 0);
    expect(b.blockedFor('c/busybox:1.37', 1000, 1000)).toBeNull();
    expect(b.blockedFor('c/busybox:1.36', 1000, 1000)).toBe(10_000);
  });
});
