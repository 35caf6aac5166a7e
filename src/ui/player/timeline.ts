// Timeline markers: what happened when, coloured by kind. Kubernetes events say most of it
// (Started, Killing, Warning ...); container exits have no event, so they come from the snapshots
// (a new finishedAt, also when the container restarted at once and only lastState shows it).
import type { ContainerStatus, Millis, Trace } from '../../core/trace/types';
import { stateText } from '../diagram/containerState';

export type MarkerKind = 'warning' | 'exit' | 'start' | 'info';

export interface Marker {
  t: Millis;
  /** The most telling kind among what happened at t. */
  kind: MarkerKind;
  /** One line per thing that happened, in trace order (the first MARKER_TEXTS of them). */
  texts: string[];
  /** How many more things happened at t than `texts` holds. */
  more?: number;
}

/** Lines a marker keeps: a pod of 10,000 containers starts them all at one instant. */
export const MARKER_TEXTS = 12;

const RANK: Record<MarkerKind, number> = { warning: 3, exit: 2, start: 1, info: 0 };

const exitText = (s: ContainerStatus): string | null =>
  s.state === 'terminated'
    ? `${s.name}: ${stateText(s)}`
    : s.lastState
      ? `${s.name}: Terminated: ${s.lastState.reason} (${s.lastState.exitCode})`
      : null;

export function timelineMarkers(trace: Trace, podName: string | undefined): Marker[] {
  const byTime = new Map<Millis, Marker>();
  const add = (t: Millis, kind: MarkerKind, text: string) => {
    const m = byTime.get(t);
    if (!m) byTime.set(t, { t, kind, texts: [text] });
    else {
      if (m.texts.length < MARKER_TEXTS) m.texts.push(text);
      else m.more = (m.more ?? 0) + 1;
      if (RANK[kind] > RANK[m.kind]) m.kind = kind;
    }
  };
  const object = podName ? `pod/${podName}` : null;
  for (const e of trace.events) {
    if (object && e.object !== object) continue;
    const kind: MarkerKind =
      e.type === 'Warning'
        ? 'warning'
        : e.reason === 'Started'
          ? 'start'
          : e.reason === 'Killing'
            ? 'exit'
            : 'info';
    add(e.t, kind, `${e.type} ${e.reason}: ${e.message}`);
  }
  // An exit shows in the snapshots from when it happened until the next one: mark it once.
  const lastExit = new Map<string, Millis>();
  const exitsIn = (list: readonly ContainerStatus[]) => {
    for (const s of list) {
      const finished = s.state === 'terminated' ? s.finishedAt : (s.lastState?.finishedAt ?? null);
      if (finished === null || lastExit.get(s.name) === finished) continue;
      lastExit.set(s.name, finished);
      const text = exitText(s);
      if (text) add(finished, 'exit', text);
    }
  };
  for (const snap of trace.snapshots) {
    if (podName && snap.name !== podName) continue;
    exitsIn(snap.initContainerStatuses);
    exitsIn(snap.containerStatuses);
  }
  for (const a of trace.actions) add(a.t, 'info', `$ ${a.command}`);
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

/** Every time anything visible happens: events, snapshots, commands, logs and activity. */
export function busyTimes(trace: Trace): Millis[] {
  const times = new Set<Millis>();
  for (const list of [trace.snapshots, trace.events, trace.actions, trace.activity, trace.watch])
    for (const x of list) times.add(x.t);
  for (const pod of Object.values(trace.logs))
    for (const lines of Object.values(pod)) for (const l of lines) times.add(l.t);
  return [...times].sort((a, b) => a - b);
}

/** A quiet stretch longer than this is skipped when "skip waiting" is on. */
export const IDLE_GAP: Millis = 3000;
/** Land this long before the next thing, so it is seen happening. */
export const SKIP_LEAD: Millis = 1000;

/**
 * Where "skip waiting" moves the cursor: just before the next busy time when nothing happens for
 * longer than IDLE_GAP, else null (keep playing). What just happened stays on screen for SKIP_LEAD
 * first, so a skip never swallows the change it follows.
 */
export function skipTarget(times: readonly Millis[], t: Millis, until: Millis): Millis | null {
  let next = until;
  let prev = -Infinity;
  for (const x of times) {
    if (x > t) {
      next = x;
      break;
    }
    prev = x;
  }
  if (t - prev < SKIP_LEAD) return null;
  if (next - t <= IDLE_GAP) return null;
  return Math.min(until, next - SKIP_LEAD);
}
