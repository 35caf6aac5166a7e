// Small questions a check asks of a trace: the pod at the end, when a container started or finished,
// what it logged. All pure reads of the Trace; no meaning is re-implemented here.
import { podRow } from '../core/kubectl/print-pod';
import { mainPodName } from '../core/trace/frame';
import type { ContainerStatus, LogLine, Millis, PodSnapshot, Trace } from '../core/trace/types';

export function podSnapshots(trace: Trace, pod = mainPodName(trace)): PodSnapshot[] {
  return trace.snapshots.filter((s) => s.name === pod && !s.deleted);
}

/** The pod's last state in the run (null if it never existed). */
export function finalPod(trace: Trace, pod?: string): PodSnapshot | null {
  const snaps = podSnapshots(trace, pod);
  return snaps.at(-1) ?? null;
}

/** STATUS as `kubectl get pod` prints it at the end of the run. */
export function finalStatus(trace: Trace, pod?: string): string | null {
  const snap = finalPod(trace, pod);
  return snap ? podRow(snap, trace.until).status : null;
}

export function containerIn(snap: PodSnapshot, name: string): ContainerStatus | null {
  return (
    snap.initContainerStatuses.find((c) => c.name === name) ??
    snap.containerStatuses.find((c) => c.name === name) ??
    null
  );
}

const fieldPathNames = (fieldPath: string | null) => /\{(.+)\}$/.exec(fieldPath ?? '')?.[1] ?? null;

/** Times of the kubelet's `Started container NAME` events for that container. */
export function startTimes(trace: Trace, container: string): Millis[] {
  return trace.events
    .filter((e) => e.reason === 'Started' && fieldPathNames(e.fieldPath) === container)
    .map((e) => e.t);
}

export function firstStart(trace: Trace, container: string): Millis | null {
  return startTimes(trace, container)[0] ?? null;
}

/** When the container first terminated with exit code 0 (an init container completing), or null. */
export function firstCompletion(trace: Trace, container: string, pod?: string): Millis | null {
  for (const snap of podSnapshots(trace, pod)) {
    const c = containerIn(snap, container);
    if (c?.state === 'terminated' && c.exitCode === 0) return c.finishedAt ?? snap.t;
  }
  return null;
}

export function totalRestarts(snap: PodSnapshot): number {
  return [...snap.initContainerStatuses, ...snap.containerStatuses].reduce((n, c) => n + c.restartCount, 0);
}

export function logLines(trace: Trace, container: string, pod = mainPodName(trace)): LogLine[] {
  return (pod && trace.logs[pod]?.[container]) || [];
}

/** Distinct STATUS values of the `get pod -w` rows, in order of first appearance. */
export function statusesSeen(trace: Trace, pod = mainPodName(trace)): string[] {
  const seen: string[] = [];
  for (const row of trace.watch) if (row.name === pod && !seen.includes(row.status)) seen.push(row.status);
  return seen;
}

/** The first `get pod -w` row after `at` whose STATUS differs from the one shown at `at`. */
export function nextStatusChange(
  trace: Trace,
  at: Millis,
  pod = mainPodName(trace),
): { t: Millis; status: string } | null {
  const rows = trace.watch.filter((w) => w.name === pod);
  const current = rows.filter((w) => w.t <= at).at(-1)?.status ?? null;
  const next = rows.find((w) => w.t > at && w.status !== current);
  return next ? { t: next.t, status: next.status } : null;
}

/** stdout of the first kubectl action whose command contains `fragment`. */
export function actionOutput(trace: Trace, fragment: string): string | null {
  return trace.actions.find((a) => a.command.includes(fragment))?.stdout ?? null;
}
