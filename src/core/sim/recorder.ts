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

/** A container's log as logOf hands it out (opaque). */
export type ContainerLog = object;

interface LogState {
  pod: string;
  container: string;
  stdout: string;
  stderr: string;
  lines: LogLine[] | null;
}

export class TraceRecorder {
  readonly trace: Trace;
  /** The last recorded snapshot of each pod (recorded snapshots are never changed afterwards). */
  private lastSnapshot = new Map<string, PodSnapshot>();
  /** Per container: the pending partial line of each stream, and its lines once it has any. */
  private logStates = new Map<string, LogState>();
  /** Short texts of whole lines already split (see append); the line strings are shared. */
  private splitCache = new Map<string, readonly string[]>();
  private eventsCapped = false;

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
    if (this.trace.events.length < MAX_EVENTS) this.trace.events.push(e);
    else if (!this.eventsCapped) {
      // Said once, where the gap starts, so the Events tab and `describe` are not silently incomplete.
      this.eventsCapped = true;
      this.note(
        e.t,
        `The simulation keeps the first ${MAX_EVENTS.toString().replace(/\B(?=(\d{3})+$)/g, ',')} events; later events are not recorded.`,
      );
    }
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
    this.append(this.logState(pod, container), stream, text, t, instance);
  }

  /** One container's log, for logTo: its state found once, not on every write. */
  logOf(pod: string, container: string): ContainerLog {
    return this.logState(pod, container);
  }

  /** `log` to a container's log from logOf. */
  logTo(log: ContainerLog, stream: 'stdout' | 'stderr', text: string, t: Millis, instance: number): void {
    this.append(log as LogState, stream, text, t, instance);
  }

  /** Flushes a partial last line (a process exited without a trailing newline). */
  flushLog(pod: string, container: string, t: Millis, instance: number) {
    const state = this.logState(pod, container);
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = state[stream];
      if (!rest) continue;
      state[stream] = '';
      this.pushLine(state, { t, stream, line: rest, instance });
    }
  }

  private logState(pod: string, container: string): LogState {
    const key = `${pod}/${container}`;
    let state = this.logStates.get(key);
    if (!state) this.logStates.set(key, (state = { pod, container, stdout: '', stderr: '', lines: null }));
    return state;
  }

  private append(state: LogState, stream: 'stdout' | 'stderr', text: string, t: Millis, instance: number) {
    if (state[stream] === '') {
      // Whole lines written again and again (a waiting loop's messages): split once.
      const lines = this.splitCache.get(text);
      if (lines !== undefined) {
        for (let i = 0; i < lines.length; i++) this.pushLine(state, { t, stream, line: lines[i], instance });
        return;
      }
      if (text.length <= 256 && text.endsWith('\n')) {
        const split = text.slice(0, -1).split('\n');
        if (this.splitCache.size >= 256) this.splitCache.clear();
        this.splitCache.set(text, split);
        for (let i = 0; i < split.length; i++) this.pushLine(state, { t, stream, line: split[i], instance });
        return;
      }
    }
    let nl = text.indexOf('\n');
    if (nl < 0) {
      state[stream] += text;
      return;
    }
    // The first line completes what was pending; the rest after the last newline waits.
    this.pushLine(state, { t, stream, line: state[stream] + text.slice(0, nl), instance });
    let start = nl + 1;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      this.pushLine(state, { t, stream, line: text.slice(start, nl), instance });
      start = nl + 1;
    }
    state[stream] = text.slice(start);
  }

  private pushLine(state: LogState, line: LogLine) {
    const lines = (state.lines ??= (this.trace.logs[state.pod] ??= {})[state.container] ??= []);
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
