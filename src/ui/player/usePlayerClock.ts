// The one clock: while playing, each animation frame advances virtual time by wall time × speed.
import { useEffect } from 'react';
import { playground, usePlayground } from '../store';

export function usePlayerClock(): void {
  const playing = usePlayground((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let handle = requestAnimationFrame(function frame(now) {
      if (last !== null) playground.getState().tick(now - last);
      last = now;
      if (playground.getState().playing) handle = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing]);
}
