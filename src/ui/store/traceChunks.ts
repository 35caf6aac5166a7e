// A big trace crosses from the simulation worker in several messages. The page pays for a structured
// clone when it reads a message, in one task: the trace of a 10,000-container pod (16 snapshots of
// 10,000 statuses, 20,000 events) took 0.5-1.4 s to read at once. Split into parts of a bounded number
// of objects, each message is a short task and the page stays responsive while the trace arrives.
// An ordinary trace is one part: nothing is copied or split.
import type { Activity, KubeEvent, LogLine, PodSnapshot, Trace, WatchRow } from '../../core/trace/types';

/** Objects (statuses, events, log lines...) per message, about 1-2 MB of trace. */
export const PART_BUDGET = 4000;

/** A slice of the trace's long lists; parts are joined in the order they were made. */
export interface TracePart {
  snapshots?: PodSnapshot[];
  events?: KubeEvent[];
  watch?: WatchRow[];
  activity?: Activity[];
  /** [pod, container, lines]: a container's lines may span parts. */
  logs?: [string, string, LogLine[]][];
}

type ListKey = 'events' | 'watch' | 'activity';
const LISTS: ListKey[] = ['events', 'watch', 'activity'];

const snapshotCost = (s: PodSnapshot) =>
  1 + s.conditions.length + s.initContainerStatuses.length + s.containerStatuses.length;

/** Everything splitTrace would cut: what a trace costs to clone, in objects. */
export function traceCost(trace: Trace): number {
  let cost = 0;
  for (const s of trace.snapshots) cost += snapshotCost(s);
  for (const key of LISTS) cost += trace[key].length;
  for (const pod of Object.values(trace.logs)) for (const lines of Object.values(pod)) cost += lines.length;
  return cost;
}

/**
 * The trace without its long lists (`head`) and those lists in parts of about `budget` objects, or
 * the trace itself and no parts when it is small.
 */
export function splitTrace(trace: Trace, budget = PART_BUDGET): { head: Trace; parts: TracePart[] } {
  if (traceCost(trace) <= budget) return { head: trace, parts: [] };
  const parts: TracePart[] = [{}];
  let room = budget;
  /** The part with room for `cost` more (a new one unless this one is empty). */
  const partFor = (cost: number): TracePart => {
    if (room <= 0 || (room < cost && room < budget)) {
      parts.push({});
      room = budget;
    }
    room -= cost;
    return parts[parts.length - 1];
  };
  /** As many of `items` from `i` as fit, at least one. */
  const slice = <T>(items: readonly T[], i: number): T[] => {
    const n = Math.max(1, Math.min(room, items.length - i));
    return items.slice(i, i + n);
  };
  for (const s of trace.snapshots) (partFor(snapshotCost(s)).snapshots ??= []).push(s);
  for (const key of LISTS) {
    const items: readonly unknown[] = trace[key];
    for (let i = 0; i < items.length;) {
      partFor(0);
      const piece = slice(items, i);
      const part = partFor(piece.length);
      ((part[key] ??= []) as unknown[]).push(...piece);
      i += piece.length;
    }
  }
  for (const [pod, byContainer] of Object.entries(trace.logs))
    for (const [container, lines] of Object.entries(byContainer)) {
      let i = 0;
      do {
        partFor(0);
        const piece = slice(lines, i);
        (partFor(Math.max(1, piece.length)).logs ??= []).push([pod, container, piece]);
        i += piece.length;
      } while (i < lines.length);
    }
  const head: Trace = { ...trace, snapshots: [], events: [], watch: [], activity: [], logs: {} };
  return { head, parts };
}

/** The trace splitTrace cut into `head` and `parts`, whole again. */
export function joinTrace(head: Trace, parts: readonly TracePart[]): Trace {
  if (parts.length === 0) return head;
  const trace: Trace = { ...head, snapshots: [], events: [], watch: [], activity: [], logs: {} };
  for (const part of parts) {
    if (part.snapshots) trace.snapshots.push(...part.snapshots);
    for (const key of LISTS) {
      const list = part[key];
      if (list) for (const item of list) (trace[key] as unknown[]).push(item);
    }
    for (const [pod, container, lines] of part.logs ?? []) {
      const byContainer = (trace.logs[pod] ??= {});
      const into = (byContainer[container] ??= []);
      for (const l of lines) into.push(l);
    }
  }
  return trace;
}
