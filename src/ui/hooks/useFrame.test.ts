import { describe, expect, it } from 'vitest';
import type { Frame } from '../../core/trace/frame';
import { keepsFrame, type Shown } from './useFrame';

const frame = {} as Frame;
const early: Shown = { run: 3, t: 4_000, podName: 'p', complete: 14_000, frame };

describe('keeping the shown frame', () => {
  it('keeps it when the whole run replaces its own early answer at a time the early one knew', () => {
    expect(keepsFrame(early, 3, 4_000, 'p')).toBe(true);
  });

  it('computes a new one for another run, another time or pod, or after a whole trace', () => {
    expect(keepsFrame(early, 4, 4_000, 'p')).toBe(false);
    expect(keepsFrame(early, 3, 5_000, 'p')).toBe(false);
    expect(keepsFrame(early, 3, 4_000, 'q')).toBe(false);
    expect(keepsFrame({ ...early, complete: undefined }, 3, 4_000, 'p')).toBe(false);
    expect(keepsFrame({ ...early, t: 20_000, complete: 14_000 }, 3, 20_000, 'p')).toBe(false);
    expect(keepsFrame(null, 3, 4_000, 'p')).toBe(false);
  });
});
