import { afterEach, describe, expect, it } from 'vitest';
import { pendingRevealLine, registerLineRevealer, revealLine } from './revealLine';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
  // Drain a request a test left pending.
  const drain = registerLineRevealer(() => {});
  drain();
});

describe('revealLine', () => {
  it('calls the mounted editor right away', () => {
    const seen: number[] = [];
    cleanups.push(registerLineRevealer((line) => seen.push(line)));
    revealLine(12);
    expect(seen).toEqual([12]);
    expect(pendingRevealLine()).toBeNull();
  });

  it('keeps a request made while the editor loads and runs it on mount', () => {
    revealLine(4);
    expect(pendingRevealLine()).toBe(4);
    const seen: number[] = [];
    cleanups.push(registerLineRevealer((line) => seen.push(line)));
    expect(seen).toEqual([4]);
    expect(pendingRevealLine()).toBeNull();
  });

  it('only the latest pending request survives', () => {
    revealLine(4);
    revealLine(9);
    const seen: number[] = [];
    cleanups.push(registerLineRevealer((line) => seen.push(line)));
    expect(seen).toEqual([9]);
  });

  it('after unmount, requests wait again', () => {
    const seen: number[] = [];
    const unregister = registerLineRevealer((line) => seen.push(line));
    unregister();
    revealLine(3);
    expect(seen).toEqual([]);
    expect(pendingRevealLine()).toBe(3);
  });

  it('an old editor unmounting does not unregister a newer one', () => {
    const first: number[] = [];
    const second: number[] = [];
    const unregisterFirst = registerLineRevealer((line) => first.push(line));
    cleanups.push(registerLineRevealer((line) => second.push(line)));
    unregisterFirst();
    revealLine(5);
    expect(first).toEqual([]);
    expect(second).toEqual([5]);
  });

  it('clamps to a whole line number of at least 1', () => {
    const seen: number[] = [];
    cleanups.push(registerLineRevealer((line) => seen.push(line)));
    revealLine(0);
    revealLine(-3);
    revealLine(2.7);
    expect(seen).toEqual([1, 1, 2]);
  });
});
