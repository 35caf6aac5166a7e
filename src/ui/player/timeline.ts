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
  /** One line per thing that happened, in trace order. */
  texts: string[];
}

const RANK: Record<MarkerKind, number> = { warning: 3, exit: 2, start: 1, info: 0 };

function exitText(s: ContainerStatus): string | null {
  if (s.state === 'terminated') return `${s.name}: ${stateText(s)}`;
  const last = s.lastState;
  return last ? `${s.name}: Terminated: ${last.reason} (${last.exitCode})` : null;
}

export function timelineMarkers(trace: Trace, podName: string | undefined): Marker[] {
  const items: { t: Millis; kind: MarkerKind; text: string }[] = [];
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
    items.push({ t: e.t, kind, text: `${e.type} ${e.reason}: ${e.message}` });
  }
  const seenExits = new Set<string>();
  for (const snap of trace.snapshots) {
    if (podName && snap.name !== podName) continue;
    for (const s of [...snap.initContainerStatuses, ...snap.containerStatuses]) {
      const finished = s.state === 'terminated' ? s.finishedAt : (s.lastState?.finishedAt ?? null);
      if (finished === null) continue;
      const key = `${s.name}@${finished}`;
      if (seenExits.has(key)) continue;
      seenExits.add(key);
      const text = s.state === 'terminated' ? exitText(s) : exitText({ ...s, state: 'waiting' });
      if (text) items.push({ t: finished, kind: 'exit', text });
    }
  }
  for (const a of trace.actions) items.push({ t: a.t, kind: 'info', text: `$ ${a.command}` });

  const byTime = new Map<Millis, Marker>();
  for (const item of items) {
    const m = byTime.get(item.t);
    if (!m) byTime.set(item.t, { t: item.t, kind: item.kind, texts: [item.text] });
    else {
      m.texts.push(item.text);
      if (RANK[item.kind] > RANK[m.kind]) m.kind = item.kind;
    }
  }
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
