// The `kubectl get pod` row, computed as the API server's printPod does (semantics spec section 16).
import type { ContainerStatus, Millis, PodSnapshot } from '../trace/types';
import { formatAge } from './duration';
import { tabulate } from './tabwriter';

export interface PodRow {
  name: string;
  ready: string;
  status: string;
  restarts: string;
  age: string;
}

const conditionTrue = (pod: PodSnapshot, type: string) =>
  pod.conditions.some((c) => c.type === type && c.status === 'True');

function terminatedReason(c: ContainerStatus): string {
  if (c.reason) return c.reason;
  return `ExitCode:${c.exitCode ?? 0}`;
}

/** STATUS, READY and RESTARTS of a pod at time `now` (RESTARTS' "(5s ago)" depends on it). */
export function podRow(pod: PodSnapshot, now: Millis): PodRow {
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: Millis | null = null;
  let lastSidecarRestart: Millis | null = null;
  const total = pod.readyTotal;
  let ready = 0;
  let reason: string = pod.reason ?? pod.phase;
  const later = (a: Millis | null, b: Millis) => (a === null || b > a ? b : a);

  let initializing = false;
  pod.initContainerStatuses.forEach((c, i) => {
    if (initializing) return;
    restarts += c.restartCount;
    if (c.lastState) lastRestart = later(lastRestart, c.lastState.finishedAt);
    if (c.kind === 'sidecar') {
      sidecarRestarts += c.restartCount;
      if (c.lastState) lastSidecarRestart = later(lastSidecarRestart, c.lastState.finishedAt);
    }
    if (c.state === 'terminated' && c.exitCode === 0) return;
    if (c.kind === 'sidecar' && c.started) {
      if (c.ready) ready++;
      return;
    }
    if (c.state === 'terminated') {
      reason = c.reason ? `Init:${c.reason}` : `Init:ExitCode:${c.exitCode ?? 0}`;
    } else if (c.state === 'waiting' && c.reason && c.reason !== 'PodInitializing') {
      reason = `Init:${c.reason}`;
    } else {
      reason = `Init:${i}/${pod.initContainerStatuses.length}`;
    }
    initializing = true;
  });

  if (!initializing || conditionTrue(pod, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    for (const c of [...pod.containerStatuses].reverse()) {
      restarts += c.restartCount;
      if (c.lastState) lastRestart = later(lastRestart, c.lastState.finishedAt);
      if (c.state === 'waiting' && c.reason) reason = c.reason;
      else if (c.state === 'terminated') reason = terminatedReason(c);
      else if (c.ready && c.state === 'running') {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
  }

  if (pod.deletionTimestamp !== null && pod.phase !== 'Succeeded' && pod.phase !== 'Failed')
    reason = 'Terminating';

  let restartText = String(restarts);
  if (restarts !== 0 && lastRestart !== null) restartText += ` (${formatAge(now - lastRestart)} ago)`;
  return {
    name: pod.name,
    ready: `${ready}/${total}`,
    status: reason,
    restarts: restartText,
    age: formatAge(now - pod.createdAt),
  };
}

/** Rows laid out as kubectl get prints them: columns padded to the widest cell plus 3 spaces. */
export function formatTable(header: string[], rows: string[][]): string {
  return tabulate([header, ...rows], 3) + '\n';
}

export const POD_HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];

export const podRowCells = (r: PodRow) => [r.name, r.ready, r.status, r.restarts, r.age];
