// frameAt: everything a view shows at virtual time t, read from the trace (the player is a cursor).
import type {
  Activity,
  KubeEvent,
  LogLine,
  Millis,
  PodSnapshot,
  ServiceRecord,
  Trace,
  WatchRow,
} from './types';

export interface Frame {
  t: Millis;
  pod: PodSnapshot | null;
  watch: WatchRow[];
  events: KubeEvent[];
  /** By container: lines written up to t. */
  logs: Record<string, LogLine[]>;
  /** What happened in the last ACTIVITY_WINDOW ms, for animation. */
  activity: Activity[];
  services: ServiceRecord[];
  /** Containers whose process was found looping without ever sleeping, with when (the simulator then
   * stops interpreting it: it burns CPU until killed). */
  spinning: Record<string, Millis>;
}

export const ACTIVITY_WINDOW: Millis = 1500;

/** Index of the last element with time <= t in a list sorted by time (-1 if none). */
export function lastAtOrBefore<T extends { t: Millis }>(items: T[], t: Millis): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const upTo = <T extends { t: Millis }>(items: T[], t: Millis) => items.slice(0, lastAtOrBefore(items, t) + 1);

/** The pod the views focus on: the named one, else the first pod in the trace. */
export function mainPodName(trace: Trace): string | null {
  return trace.snapshots[0]?.name ?? null;
}

export function frameAt(trace: Trace, t: Millis, podName?: string): Frame {
  const name = podName ?? mainPodName(trace);
  const snaps = name ? trace.snapshots.filter((s) => s.name === name) : [];
  const i = lastAtOrBefore(snaps, t);
  const pod = i >= 0 ? snaps[i] : null;
  const logs: Record<string, LogLine[]> = {};
  // Only containers that had written by t: a trace cut earlier (an early answer) has the same frame.
  for (const [container, lines] of Object.entries((name && trace.logs[name]) || {})) {
    const written = upTo(lines, t);
    if (written.length > 0) logs[container] = written;
  }
  const from = lastAtOrBefore(trace.activity, t - ACTIVITY_WINDOW) + 1;
  const to = lastAtOrBefore(trace.activity, t) + 1;
  return {
    t,
    pod: pod && pod.deleted ? null : pod,
    watch: upTo(trace.watch, t).filter((w) => !name || w.name === name),
    events: upTo(trace.events, t),
    logs,
    activity: trace.activity.slice(from, to),
    services: servicesAt(trace, t),
    spinning: spinningAt(trace, name, t),
  };
}

/** The Services that exist at t, as they are at t: a later deletion is not known yet. */
function servicesAt(trace: Trace, t: Millis): ServiceRecord[] {
  const out: ServiceRecord[] = [];
  for (const s of trace.services) {
    if (s.createdAt > t || (s.deletedAt !== null && s.deletedAt <= t)) continue;
    out.push(s.deletedAt === null ? s : { ...s, deletedAt: null });
  }
  return out;
}

const spins = new WeakMap<Trace, Extract<Trace['activity'][number], { kind: 'cpu-spin' }>[]>();

function spinningAt(trace: Trace, pod: string | null, t: Millis): Record<string, Millis> {
  let list = spins.get(trace);
  if (!list) {
    list = trace.activity.filter((a): a is Extract<typeof a, { kind: 'cpu-spin' }> => a.kind === 'cpu-spin');
    spins.set(trace, list);
  }
  const out: Record<string, Millis> = {};
  for (const a of list) if (a.t <= t && a.pod === pod) out[a.container] = a.t;
  return out;
}

/** Sorted distinct times at which something visible changed (for step / timeline markers). */
export function eventTimes(trace: Trace): Millis[] {
  const times = new Set<Millis>();
  for (const s of trace.snapshots) times.add(s.t);
  for (const e of trace.events) times.add(e.t);
  for (const a of trace.actions) times.add(a.t);
  return [...times].sort((a, b) => a - b);
}
