// The console's transcript: what was typed, at which virtual time, and what it answered. An answer is
// frozen once it arrives (a terminal never rewrites what it printed), even if a later edit
// recomputes the trace.
import type { SimInput } from '../../core/simulate';
import type { Millis, Trace } from '../../core/trace/types';
import { followLinesBetween, streamOf, watchContinuation, watchRowsBetween } from '../../core/kubectl/stream';
import type { ShellSession } from './shell';

export type Stream = NonNullable<ReturnType<typeof streamOf>>;

export interface Entry {
  id: number;
  prompt: string;
  /** The text as typed (a heredoc with its body). */
  typed: string;
  input: SimInput | null;
  stdout: string;
  stderr: string;
  resolved: boolean;
  stream: Stream | null;
  /** Player time when Ctrl+C stopped the stream (null while it runs). */
  stoppedAt: Millis | null;
  /** The streamed lines, frozen when the stream stopped. */
  streamed: string[];
  /** Set on an `exec -it ... -- sh` entry: the session it opens once it answered successfully. */
  opens: ShellSession | null;
  /** Lines typed in a shell session: the answer is shown without per-line exec noise. */
  inShell: boolean;
  /** Dim informational text (completion candidates, session notes). */
  note: string;
  /** A command kubectl keeps waiting on (delete until the pod is gone, a long exec): the virtual time
   * it returns, null if it never does within the run; undefined for commands that return at once. */
  waitUntil?: Millis | null;
  /** The answer came with an early, partial trace that ends before the command returns: waitUntil is
   * filled in from the whole trace. */
  returnUnknown?: boolean;
}

let nextId = 1;

export function newEntry(fields: Partial<Entry> & Pick<Entry, 'prompt' | 'typed'>): Entry {
  return {
    id: nextId++,
    input: null,
    stdout: '',
    stderr: '',
    resolved: true,
    stream: null,
    stoppedAt: null,
    streamed: [],
    opens: null,
    inShell: false,
    note: '',
    ...fields,
  };
}

/** Lines a running (or stopped) stream shows at player time t. */
export function streamLines(entry: Entry, trace: Trace | null, t: Millis): string[] {
  if (!entry.stream || !entry.input || !entry.resolved || !trace) return entry.streamed;
  if (entry.stoppedAt !== null) return entry.streamed;
  if (entry.stderr && !entry.stdout && entry.stream.kind === 'watch') return [];
  const from = entry.input.t;
  if (entry.stream.kind === 'watch') {
    return watchContinuation(entry.stdout, watchRowsBetween(trace, entry.stream.names, from, t));
  }
  if (entry.stderr.includes('Error from server')) return [];
  return followLinesBetween(trace, entry.stream, from, t);
}

/** The entry whose stream is still running, if any (only the newest can be). */
export function runningStream(entries: readonly Entry[]): Entry | null {
  const last = entries.at(-1);
  return last && last.stream && last.stoppedAt === null ? last : null;
}

/** May the newest entry hold the prompt (a stream, or a command kubectl waits on)? */
export function mayHoldPrompt(entries: readonly Entry[]): boolean {
  const last = entries.at(-1);
  return !!last && last.stoppedAt === null && (last.stream !== null || last.waitUntil !== undefined);
}

/** The entry holding the prompt at player time t: a running stream, or a command still waiting. */
export function busyEntry(entries: readonly Entry[], t: Millis): Entry | null {
  const stream = runningStream(entries);
  if (stream) return stream;
  const last = entries.at(-1);
  if (!last || last.stoppedAt !== null || last.waitUntil === undefined) return null;
  return last.waitUntil === null || t < last.waitUntil ? last : null;
}
