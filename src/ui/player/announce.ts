// What a screen reader hears when time moves: containers and the pod row that changed, in
// Kubernetes' words ("init-mydb: Completed", "myapp-pod: Init:1/2").
import type { ContainerStatus, PodSnapshot } from '../../core/trace/types';

/** The short name of a container state: its reason when it has one, else the state. */
export function shortState(s: ContainerStatus): string {
  if (s.reason) return s.reason;
  return s.state === 'running'
    ? 'Running'
    : s.state === 'waiting'
      ? 'Waiting'
      : `ExitCode:${s.exitCode ?? 0}`;
}

function states(pod: PodSnapshot | null): Map<string, string> {
  const m = new Map<string, string>();
  if (!pod) return m;
  for (const s of [...pod.initContainerStatuses, ...pod.containerStatuses]) {
    m.set(s.name, `${shortState(s)}${s.restartCount ? ` (${s.restartCount})` : ''}`);
  }
  return m;
}

/**
 * Messages for what changed between two moments. `prevStatus`/`status` are the pod rows' STATUS
 * column. Going back in time announces the state you land on the same way.
 */
export function announcements(
  prev: { pod: PodSnapshot | null; status: string | null },
  next: { pod: PodSnapshot | null; status: string | null },
): string[] {
  const out: string[] = [];
  const before = states(prev.pod);
  for (const [name, text] of states(next.pod)) {
    if (before.get(name) !== text) out.push(`${name}: ${text}`);
  }
  if (next.pod && next.status && next.status !== prev.status) out.push(`${next.pod.name}: ${next.status}`);
  return out;
}
