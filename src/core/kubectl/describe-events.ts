// The Events section of `kubectl describe`, with the API's aggregation of repeated events
// (`5s (x4 over 40s)`), sorted by last occurrence as kubectl sorts them.
import type { KubeEvent, Millis } from '../trace/types';
import { formatAge } from './duration';
import { tabulate } from './tabwriter';

export interface AggregatedEvent extends KubeEvent {
  count: number;
  firstTimestamp: Millis;
  lastTimestamp: Millis;
}

/** Identical events (same object, field path, type, reason, source and message) become one. */
export function aggregateEvents(events: KubeEvent[], now: Millis): AggregatedEvent[] {
  const byKey = new Map<string, AggregatedEvent>();
  for (const e of events) {
    if (e.t > now) continue;
    const key = [e.object, e.fieldPath, e.type, e.reason, e.from, e.message].join('\u0000');
    const found = byKey.get(key);
    if (found) {
      found.count++;
      found.lastTimestamp = e.t;
    } else byKey.set(key, { ...e, count: 1, firstTimestamp: e.t, lastTimestamp: e.t });
  }
  // Stable sort by last occurrence (kubectl's SortableEvents).
  return [...byKey.values()]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.lastTimestamp - b.e.lastTimestamp || a.i - b.i)
    .map((x) => x.e);
}

export function eventAge(e: AggregatedEvent, now: Millis): string {
  const first = formatAge(now - e.firstTimestamp);
  return e.count > 1 ? `${formatAge(now - e.lastTimestamp)} (x${e.count} over ${first})` : first;
}

/** `Events:` block exactly as kubectl describe prints it. */
export function describeEvents(events: KubeEvent[], now: Millis): string {
  const list = aggregateEvents(events, now);
  if (list.length === 0) return 'Events:                <none>\n';
  const rows = [
    ['Type', 'Reason', 'Age', 'From', 'Message'],
    ['----', '------', '----', '----', '-------'],
    ...list.map((e) => [e.type, e.reason, eventAge(e, now), e.from, e.message.trim()]),
  ];
  return `Events:\n${tabulate(rows, 2, '  ')}\n`;
}
