// The one clock: while playing, each animation frame advances virtual time by wall time × speed.
// With "skip waiting", a long quiet stretch (a 5-minute back-off) is jumped over.
import { useEffect } from 'react';
import type { Millis, Trace } from '../../core/trace/types';
import { playground, usePlayground } from '../store';
import { usePlayerPrefs } from './prefs';
import { busyTimes, skipTarget } from './timeline';

const busyCache = new WeakMap<Trace, Millis[]>();
function busyOf(trace: Trace): Millis[] {
  let times = busyCache.get(trace);
  if (!times) busyCache.set(trace, (times = busyTimes(trace)));
  return times;
}

export function usePlayerClock(): void {
  const playing = usePlayground((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let handle = requestAnimationFrame(function frame(now) {
      const s = playground.getState();
      if (usePlayerPrefs.getState().skipWaiting && s.trace) {
        const target = skipTarget(busyOf(s.trace), s.t, s.trace.until);
        if (target !== null && target > s.t) s.setTime(target);
      }
      if (last !== null) playground.getState().tick(now - last);
      last = now;
      if (playground.getState().playing) handle = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing]);
}
