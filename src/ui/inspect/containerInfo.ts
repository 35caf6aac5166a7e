// What the inspect panel says about one container at t: its state history (from the snapshots),
// its environment and mounts (from the manifest) and its log by run.
import type { Container, EnvVar } from 'kubernetes-types/core/v1';
import type { ContainerStatus, LogLine, Millis, PodSnapshot } from '../../core/trace/types';
import { stateText } from '../diagram/containerState';

export interface HistoryEntry {
  t: Millis;
  /** `Waiting: PodInitializing`, `Running`, `Terminated: Error (1)`, as on the diagram node. */
  state: string;
  restartCount: number;
  ready: boolean;
}

export function statusIn(snap: PodSnapshot, name: string): ContainerStatus | undefined {
  return [...snap.initContainerStatuses, ...snap.containerStatuses].find((s) => s.name === name);
}

/** Each change of the container's state, readiness or restart count in the snapshots up to t. */
export function stateHistory(
  snapshots: readonly PodSnapshot[],
  podName: string,
  name: string,
  t: Millis,
): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const snap of snapshots) {
    if (snap.t > t) break;
    if (snap.name !== podName) continue;
    const s = statusIn(snap, name);
    if (!s) continue;
    const entry = { t: snap.t, state: stateText(s), restartCount: s.restartCount, ready: s.ready };
    const prev = out[out.length - 1];
    if (
      !prev ||
      prev.state !== entry.state ||
      prev.restartCount !== entry.restartCount ||
      prev.ready !== entry.ready
    )
      out.push(entry);
  }
  return out;
}

/** Every exit code the container ended with up to t, oldest first (from state and lastState). */
export function exitCodes(
  snapshots: readonly PodSnapshot[],
  podName: string,
  name: string,
  t: Millis,
): { t: Millis; code: number; reason: string }[] {
  const seen = new Map<Millis, { t: Millis; code: number; reason: string }>();
  for (const snap of snapshots) {
    if (snap.t > t) break;
    if (snap.name !== podName) continue;
    const s = statusIn(snap, name);
    if (s?.state === 'terminated' && s.finishedAt !== null)
      seen.set(s.finishedAt, { t: s.finishedAt, code: s.exitCode ?? 0, reason: s.reason ?? '' });
    if (s?.lastState)
      seen.set(s.lastState.finishedAt, {
        t: s.lastState.finishedAt,
        code: s.lastState.exitCode,
        reason: s.lastState.reason,
      });
  }
  return [...seen.values()].sort((a, b) => a.t - b.t);
}

/** One `Environment:` entry as `kubectl describe pod` prints it: the name and its value column. */
export function envEntry(e: EnvVar): [string, string] {
  const from = e.valueFrom;
  if (e.value !== undefined) return [e.name, e.value];
  if (from?.fieldRef) return [e.name, `(v1:${from.fieldRef.fieldPath})`];
  if (from?.configMapKeyRef) {
    const r = from.configMapKeyRef;
    return [
      e.name,
      `<set to the key '${r.key}' of config map '${r.name}'>  Optional: ${r.optional ?? false}`,
    ];
  }
  if (from?.secretKeyRef) {
    const r = from.secretKeyRef;
    return [e.name, `<set to the key '${r.key}' in secret '${r.name}'>  Optional: ${r.optional ?? false}`];
  }
  return [e.name, ''];
}

/** `env` then `envFrom` (describe's "Environment Variables from:"), in spec order. */
export function envEntries(c: Container): [string, string][] {
  const entries = (c.env ?? []).map(envEntry);
  for (const f of c.envFrom ?? []) {
    const ref = f.configMapRef ?? f.secretRef;
    if (!ref) continue;
    const kind = f.configMapRef ? 'ConfigMap' : 'Secret';
    const prefix = f.prefix ? ` with prefix '${f.prefix}'` : '';
    entries.push([ref.name ?? '', `${kind}${prefix}  Optional: ${ref.optional ?? false}`]);
  }
  return entries;
}

/** `/var/log from logs (rw)`, sorted, as in `kubectl describe pod`'s Mounts. */
export function mountLines(c: Container): string[] {
  return (c.volumeMounts ?? [])
    .map(
      (m) =>
        `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path="${m.subPath}"` : ''})`,
    )
    .sort();
}

export interface LogRuns {
  /** The run whose log `kubectl logs` shows at t. */
  current: { instance: number; lines: LogLine[] } | null;
  /** The run before it (`kubectl logs --previous`). */
  previous: { instance: number; lines: LogLine[] } | null;
}

export function logRuns(lines: readonly LogLine[], restartCount: number): LogRuns {
  const run = (instance: number) => ({ instance, lines: lines.filter((l) => l.instance === instance) });
  return {
    current: lines.length || restartCount ? run(restartCount) : null,
    previous: restartCount > 0 ? run(restartCount - 1) : null,
  };
}
