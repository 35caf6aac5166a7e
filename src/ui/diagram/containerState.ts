// How a container status reads on its diagram node: Kubernetes' own words (state + reason), plus a
// colour class. Nothing here decides state; it only names what the trace says.
import type { ContainerStatus } from '../../core/trace/types';

export type StateClass = 'none' | 'waiting' | 'running' | 'ready' | 'completed' | 'failed';

/** Waiting reasons that mean something went wrong (red), as opposed to "not yet" (amber). */
const TROUBLE_REASONS = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
  'PreStartHookError',
  'PostStartHookError',
]);

/** `Running`, `Waiting: PodInitializing`, `Terminated: Completed (0)`, `Waiting: CrashLoopBackOff`. */
export function stateText(s: ContainerStatus): string {
  switch (s.state) {
    case 'running':
      return 'Running';
    case 'waiting':
      return s.reason ? `Waiting: ${s.reason}` : 'Waiting';
    case 'terminated': {
      const code = s.exitCode ?? 0;
      return s.reason ? `Terminated: ${s.reason} (${code})` : `Terminated (${code})`;
    }
  }
}

export function stateClass(s: ContainerStatus | undefined): StateClass {
  if (!s) return 'none';
  switch (s.state) {
    case 'running':
      return s.ready ? 'ready' : 'running';
    case 'waiting':
      return s.reason && TROUBLE_REASONS.has(s.reason) ? 'failed' : 'waiting';
    case 'terminated':
      return s.exitCode === 0 ? 'completed' : 'failed';
  }
}
