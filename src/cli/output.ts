// The `simulate --json` document and the human-readable report, from a Trace.
import type { ContainerStatus, PodSnapshot, Trace } from '../core/trace/types';
import { formatTable } from '../core/kubectl/print-pod';
import { describeEvents } from '../core/kubectl/describe-events';

const sec = (ms: number) => ms / 1000;

function status(c: ContainerStatus) {
  return {
    name: c.name,
    state: c.state,
    reason: c.reason,
    message: c.message,
    exitCode: c.exitCode,
    started: c.started,
    ready: c.ready,
    restartCount: c.restartCount,
    lastState: c.lastState
      ? { state: 'terminated', reason: c.lastState.reason, exitCode: c.lastState.exitCode }
      : null,
  };
}

function snapshot(s: PodSnapshot) {
  return {
    t: sec(s.t),
    name: s.name,
    deleted: s.deleted,
    phase: s.phase,
    conditions: s.conditions.map((c) => ({
      type: c.type,
      status: c.status,
      reason: c.reason,
      message: c.message,
    })),
    initContainerStatuses: s.initContainerStatuses.map(status),
    containerStatuses: s.containerStatuses.map(status),
  };
}

export function toJson(trace: Trace, mainPod: string | null) {
  const logs: Record<string, { t: number; stream: string; line: string }[]> = {};
  for (const [pod, byContainer] of Object.entries(trace.logs)) {
    for (const [container, lines] of Object.entries(byContainer)) {
      const key = pod === mainPod || mainPod === null ? container : `${pod}/${container}`;
      logs[key] = lines.map((l) => ({ t: sec(l.t), stream: l.stream, line: l.line }));
    }
  }
  return {
    version: 1,
    until: sec(trace.until),
    actions: trace.actions.map((a) => ({
      t: sec(a.t),
      command: a.command,
      stdout: a.stdout,
      stderr: a.stderr,
      exitCode: a.exitCode,
    })),
    watch: trace.watch.map((w) => ({
      t: sec(w.t),
      name: w.name,
      ready: w.ready,
      status: w.status,
      restarts: w.restarts,
    })),
    events: trace.events.map((e) => ({
      t: sec(e.t),
      type: e.type,
      reason: e.reason,
      from: e.from,
      object: e.object,
      fieldPath: e.fieldPath,
      message: e.message,
    })),
    snapshots: trace.snapshots.map(snapshot),
    logs,
    notes: trace.notes.map((n) => ({ t: sec(n.t), message: n.message })),
  };
}

export function toHuman(trace: Trace): string {
  const out: string[] = [];
  out.push('$ kubectl get pod -w   (virtual time in the first column)');
  const rows = trace.watch.map((w) => [`${sec(w.t)}s`, w.name, w.ready, w.status, w.restarts, w.age]);
  out.push(formatTable(['T', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], rows).trimEnd());
  out.push('', `$ kubectl describe pod   (Events, as of t=${sec(trace.until)}s)`);
  out.push(describeEvents(trace.events, trace.until).trimEnd());
  for (const a of trace.actions) {
    out.push('', `# t=${sec(a.t)}s  $ ${a.command}`);
    if (a.stdout) out.push(a.stdout.trimEnd());
    if (a.stderr) out.push(a.stderr.trimEnd());
  }
  for (const n of trace.notes) out.push('', `note (t=${sec(n.t)}s): ${n.message}`);
  return out.join('\n') + '\n';
}
