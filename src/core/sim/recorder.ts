// Collects what a simulation produces into a Trace. Snapshots and watch rows are only recorded when
// something visible changed, so the trace stays small for long runs.
import { podRow } from '../kubectl/print-pod';
import { jsonEqual } from './json-equal';
import type { Activity, KubeEvent, LogLine, Millis, PodSnapshot, Trace } from '../trace/types';

/** Bounds that keep a hostile or endless run from exhausting memory (documented in docs/limits). */
export const MAX_LOG_LINES_PER_CONTAINER = 5_000;
export const MAX_EVENTS = 20_000;
export const MAX_ACTIVITY = 20_000;
export const MAX_LINE_LENGTH = 4_096;
const LOG_DROP_CHUNK = 500;

export class TraceRecorder {
  readonly trace: Trace;
  /** The last recorded snapshot of each pod (recorded snapshots are never changed afterwards). */
  private lastSnapshot = new Map<string, PodSnapshot>();
  private partial = new Map<string, string>();

  constructor(seed: number, until: Millis) {
    this.trace = {
      version: 1,
      seed,
      until,
      actions: [],
      watch: [],
      events: [],
      snapshots: [],
      logs: {},
      activity: [],
      services: [],
      notes: [],
    };
  }

  event(e: KubeEvent): void {
    if (this.trace.events.length >= MAX_EVENTS) return;
    this.trace.events.push(e);
  }

  /** Records the pod object if it changed; prints a watch row for every recorded change. */
  snapshot(s: PodSnapshot, forceRow = false): void {
    const last = this.lastSnapshot.get(s.name);
    const changed = last === undefined || !jsonEqual(last, s, 't');
    if (changed) {
      this.lastSnapshot.set(s.name, s);
      this.trace.snapshots.push(s);
    }
    if (changed || forceRow) {
      const row = podRow(s, s.t);
      this.trace.watch.push({ t: s.t, ...row });
    }
  }

  /** Appends container output; text is split into lines, a trailing partial line waits for its end. */
  log(
    pod: string,
    container: string,
    stream: 'stdout' | 'stderr',
    text: string,
    t: Millis,
    instance: number,
  ) {
    const key = `${pod}/${container}/${stream}`;
    const parts = ((this.partial.get(key) ?? '') + text).split('\n');
    this.partial.set(key, parts.pop() ?? '');
    for (const part of parts) this.pushLine(pod, container, { t, stream, line: part, instance });
  }

  /** Flushes a partial last line (a process exited without a trailing newline). */
  flushLog(pod: string, container: string, t: Millis, instance: number) {
    for (const stream of ['stdout', 'stderr'] as const) {
      const key = `${pod}/${container}/${stream}`;
      const rest = this.partial.get(key);
      if (!rest) continue;
      this.partial.set(key, '');
      this.pushLine(pod, container, { t, stream, line: rest, instance });
    }
  }

  private pushLine(pod: string, container: string, line: LogLine) {
    const lines = ((this.trace.logs[pod] ??= {})[container] ??= []);
    // Drop the oldest lines in chunks (one shift per line would make long runs quadratic).
    if (lines.length >= MAX_LOG_LINES_PER_CONTAINER + LOG_DROP_CHUNK) lines.splice(0, LOG_DROP_CHUNK);
    lines.push(
      line.line.length > MAX_LINE_LENGTH ? { ...line, line: line.line.slice(0, MAX_LINE_LENGTH) } : line,
    );
  }

  activity(a: Activity): void {
    if (this.trace.activity.length >= MAX_ACTIVITY) return;
    this.trace.activity.push(a);
  }

  note(t: Millis, message: string): void {
    this.trace.notes.push({ t, message });
  }
}
