// The frame at the player's time: one frameAt() per time change, shared by every panel.
import { useMemo } from 'react';
import { frameAt, type Frame } from '../../core/trace/frame';
import { usePlayground } from '../store';

export function usePodName(): string | undefined {
  return usePlayground((s) => s.objects.find((o) => o.kind === 'Pod')?.name);
}

export function useFrame(): Frame | null {
  const trace = usePlayground((s) => s.trace);
  const t = usePlayground((s) => s.t);
  const podName = usePodName();
  return useMemo(() => (trace ? frameAt(trace, t, podName) : null), [trace, t, podName]);
}
