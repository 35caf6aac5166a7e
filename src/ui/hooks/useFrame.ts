// The frame at the player's time: one frameAt() per time change, shared by every panel.
import { useMemo, useRef } from 'react';
import { frameAt, type Frame } from '../../core/trace/frame';
import type { Millis } from '../../core/trace/types';
import { usePlayground } from '../store';

export function usePodName(): string | undefined {
  return usePlayground((s) => s.objects.find((o) => o.kind === 'Pod')?.name);
}

export interface Shown {
  run: number;
  t: Millis;
  podName: string | undefined;
  /** The shown trace's `complete` (an early trace) or undefined (a whole one). */
  complete: Millis | undefined;
  frame: Frame;
}

/**
 * May the frame shown for `prev` stand for (run, t, podName)? Yes when a whole run replaced its own
 * early answer and the time is one the early answer knew: every such moment is identical
 * (src/core/simulate.test.ts), so keeping the frame object spares re-rendering what did not change.
 */
export function keepsFrame(prev: Shown | null, run: number, t: Millis, podName: string | undefined): boolean {
  return (
    !!prev &&
    prev.run === run &&
    prev.t === t &&
    prev.podName === podName &&
    prev.complete !== undefined &&
    t <= prev.complete
  );
}

export function useFrame(): Frame | null {
  const trace = usePlayground((s) => s.trace);
  const run = usePlayground((s) => s.run);
  const t = usePlayground((s) => s.t);
  const podName = usePodName();
  const shown = useRef<Shown | null>(null);
  return useMemo(() => {
    if (!trace) return null;
    const prev = shown.current;
    if (prev && keepsFrame(prev, run, t, podName)) {
      prev.complete = trace.complete;
      return prev.frame;
    }
    const frame = frameAt(trace, t, podName);
    shown.current = { run, t, podName, complete: trace.complete, frame };
    return frame;
  }, [trace, run, t, podName]);
}
