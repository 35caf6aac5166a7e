// computeInitContainerActions and the app-container part of computePodActions (semantics spec
// sections 6.1, 7 and 8), as pure functions of what the kubelet last observed.
import type { ContainerSpec, PodSpecView } from './pod-spec';
import { policyRestarts, type ObservedContainer } from './status';

export interface ProbeView {
  /** startup probe result of the current instance: undefined = not yet known. */
  startup(name: string): 'success' | 'failure' | undefined;
  liveness(name: string): 'success' | 'failure';
}

export interface InitPlan {
  initialized: boolean;
  start: ContainerSpec[];
  /** Containers to kill and restart (sidecar failed its startup or liveness probe), with the message. */
  restart: { c: ContainerSpec; message: string }[];
  /** A regular init container failed under restartPolicy Never: the pod fails. */
  killPod: boolean;
}

export function computeInitActions(
  spec: PodSpecView,
  observed: Map<string, ObservedContainer>,
  podHasInitialized: boolean,
  probes: ProbeView,
): InitPlan {
  const plan: InitPlan = { initialized: podHasInitialized, start: [], restart: [], killPod: false };
  const init = spec.init;
  if (init.length === 0) return { ...plan, initialized: true };
  let prevInit = podHasInitialized;
  for (let i = init.length - 1; i >= 0; i--) {
    const c = init[i];
    const s = observed.get(c.name)?.latest ?? null;
    if (!s) {
      if (prevInit && c.kind === 'sidecar') plan.start.push(c);
      continue;
    }
    if (prevInit && c.kind === 'init') continue;
    if (s.state === 'running' || s.state === 'created') {
      if (c.kind === 'sidecar') {
        const startup = c.startupProbe ? probes.startup(c.name) : 'success';
        if (startup === 'failure') {
          plan.restart.push({ c, message: `Init container ${c.name} failed startup probe` });
        } else if (startup === 'success') {
          if (i === init.length - 1) plan.initialized = true;
          else if (!prevInit) plan.start.push(init[i + 1]);
          if (c.livenessProbe && probes.liveness(c.name) === 'failure') {
            plan.restart.push({ c, message: `Init container ${c.name} failed liveness probe` });
          }
        }
      }
    } else if (c.kind === 'sidecar') {
      plan.start.push(c);
    } else if (s.exitCode !== 0) {
      if (spec.restartPolicy === 'Never') return { ...plan, killPod: true, start: [] };
      plan.start.push(c);
    } else if (i === init.length - 1) {
      plan.initialized = true;
    } else {
      plan.start.push(init[i + 1]);
    }
    prevInit = true;
  }
  if (!prevInit) plan.start.push(init[0]);
  // Start in spec order (the walk above went from last to first).
  plan.start.sort((a, b) => a.index - b.index);
  return plan;
}

/** App containers to (re)start, and whether nothing is left to keep the pod alive. */
export function computeAppActions(
  spec: PodSpecView,
  observed: Map<string, ObservedContainer>,
): { start: ContainerSpec[]; keepCount: number } {
  const start: ContainerSpec[] = [];
  let keepCount = 0;
  for (const c of spec.apps) {
    const s = observed.get(c.name)?.latest ?? null;
    if (s?.state === 'running' || s?.state === 'created') keepCount++;
    else if (policyRestarts(spec, s)) start.push(c);
  }
  return { start, keepCount };
}
