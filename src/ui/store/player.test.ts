import { describe, expect, it } from 'vitest';
import { advance, clampTime, fasterSpeed, nextEventTime, prevEventTime, slowerSpeed } from './player';

describe('clampTime', () => {
  it('keeps times inside [0, until] as integers', () => {
    expect(clampTime(-5, 100)).toBe(0);
    expect(clampTime(150, 100)).toBe(100);
    expect(clampTime(12.6, 100)).toBe(13);
    expect(clampTime(Number.NaN, 100)).toBe(0);
  });
});

describe('event stepping', () => {
  const times = [0, 1000, 2500, 9000];

  it('goes to the next event strictly after t', () => {
    expect(nextEventTime(times, 0, 600_000)).toBe(1000);
    expect(nextEventTime(times, 1000, 600_000)).toBe(2500);
    expect(nextEventTime(times, 1200, 600_000)).toBe(2500);
  });

  it('goes to the end after the last event', () => {
    expect(nextEventTime(times, 9000, 600_000)).toBe(600_000);
  });

  it('goes to the previous event strictly before t', () => {
    expect(prevEventTime(times, 2500)).toBe(1000);
    expect(prevEventTime(times, 2600)).toBe(2500);
    expect(prevEventTime(times, 1000)).toBe(0);
    expect(prevEventTime(times, 0)).toBe(0);
  });
});

describe('speeds', () => {
  it('steps through 0.25 0.5 1 2 5 10 20 50 and stops at the ends', () => {
    expect(fasterSpeed(1)).toBe(2);
    expect(fasterSpeed(20)).toBe(50);
    expect(fasterSpeed(50)).toBe(50);
    expect(slowerSpeed(1)).toBe(0.5);
    expect(slowerSpeed(0.5)).toBe(0.25);
    expect(slowerSpeed(0.25)).toBe(0.25);
  });
});

describe('advance', () => {
  it('maps wall time × speed to virtual time', () => {
    expect(advance(1000, 100, 2, 600_000)).toEqual({ t: 1200, ended: false });
    expect(advance(1000, 16, 0.5, 600_000)).toEqual({ t: 1008, ended: false });
  });

  it('stops at the end', () => {
    expect(advance(599_990, 100, 20, 600_000)).toEqual({ t: 600_000, ended: true });
  });

  it('caps a long wall-clock gap so a hidden tab does not jump ahead', () => {
    expect(advance(0, 10_000, 1, 600_000).t).toBe(250);
  });

  it('ignores negative deltas', () => {
    expect(advance(500, -30, 1, 600_000).t).toBe(500);
  });
});
