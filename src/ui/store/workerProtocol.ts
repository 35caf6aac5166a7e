// Messages between the store and the simulation worker. Everything is plain data (structured clone):
// the parse result travels as a PlainParseResult and gets its `rangeOf` back on this side. A big
// trace comes as parts first, then the answer with the rest of it (traceChunks.ts).
import { fromPlainParse, type PlainParseResult } from '../../core/manifest/plain';
import type { SimInput } from '../../core/simulate';
import type { Trace } from '../../core/trace/types';
import type { Analysis, SimOptions } from './engine';
import { joinTrace, splitTrace, type TracePart } from './traceChunks';

export interface SimRequest extends SimOptions {
  id: number;
  text: string;
  inputs: SimInput[];
  /** Analyse to warm the worker up, answer nothing (the learner reached for the editor). */
  warmUp?: boolean;
}

export type SimResponse =
  /** The answer. Its parse is null when an early answer carried it already. */
  | { id: number; parse: PlainParseResult | null; trace: Trace | null; error?: string }
  | { id: number; failure: string }
  /** A slice of the trace the answer with this id will carry. */
  | { id: number; part: TracePart }
  /** What is final of the run so far (`trace.complete`), ahead of the answer. */
  | { id: number; early: { parse: PlainParseResult; trace: Trace } }
  /** A newer request arrived before this one's run was over: it has no answer. */
  | { id: number; superseded: true };

/** The worker's side: the answer, its big trace in parts ahead of it. */
export function postAnswer(
  post: (r: SimResponse) => void,
  id: number,
  answer: { parse: PlainParseResult | null; trace: Trace | null; error?: string },
): void {
  const { head, parts } = answer.trace ? splitTrace(answer.trace) : { head: null, parts: [] };
  for (const part of parts) post({ id, part });
  post({ id, parse: answer.parse, trace: head, ...(answer.error ? { error: answer.error } : {}) });
}

/** The worker's side: an early answer, its trace in parts ahead of it like an answer's. */
export function postEarly(
  post: (r: SimResponse) => void,
  id: number,
  early: { parse: PlainParseResult; trace: Trace },
): void {
  const { head, parts } = splitTrace(early.trace);
  for (const part of parts) post({ id, part });
  post({ id, early: { parse: early.parse, trace: head } });
}

type Pending = {
  resolve(a: Analysis): void;
  reject(e: Error): void;
  early?: (a: Analysis) => void;
  /** The parse of the early answer, which the answer then leaves out. */
  parse?: Analysis['parse'];
};

/** Why a request's promise rejects when a newer request superseded it (the store ignores it). */
export const SUPERSEDED = 'superseded by a newer request';

export interface WorkerClient {
  /** The analysis; `early` gets a partial one first when the run goes on past `opts.at`. */
  analyze(
    text: string,
    inputs: SimInput[],
    opts: SimOptions,
    early?: (a: Analysis) => void,
  ): Promise<Analysis>;
  /** Has the worker analyse this text ahead of the edits likely to follow; nothing comes back. */
  warmUp(text: string, inputs: SimInput[], opts: SimOptions): void;
}

/** A promise per request over one worker; replies are matched by id. */
export function workerClient(
  worker: Pick<Worker, 'postMessage'> & { onmessage: ((e: MessageEvent<SimResponse>) => void) | null },
): WorkerClient {
  const pending = new Map<number, Pending>();
  const parts = new Map<number, TracePart[]>();
  let nextId = 0;
  worker.onmessage = (e) => {
    const r = e.data;
    const p = pending.get(r.id);
    if (!p) return;
    if ('part' in r) {
      const list = parts.get(r.id);
      if (list) list.push(r.part);
      else parts.set(r.id, [r.part]);
      return;
    }
    if ('early' in r) {
      const received = parts.get(r.id) ?? [];
      parts.delete(r.id);
      p.parse = fromPlainParse(r.early.parse);
      p.early?.({ parse: p.parse, trace: joinTrace(r.early.trace, received) });
      return;
    }
    pending.delete(r.id);
    const received = parts.get(r.id) ?? [];
    parts.delete(r.id);
    if ('failure' in r) p.reject(new Error(r.failure));
    else if ('superseded' in r) p.reject(new Error(SUPERSEDED));
    else {
      const trace = r.trace && joinTrace(r.trace, received);
      const parse = r.parse ? fromPlainParse(r.parse) : p.parse;
      if (!parse) p.reject(new Error('the worker answered without a parse'));
      else p.resolve({ parse, trace, ...(r.error ? { error: r.error } : {}) });
    }
  };
  // The request on its way, so the same one asked again (an edit and its debounced recompute) waits for
  // it instead of simulating again and sending a second copy of a possibly huge trace.
  let inFlight: { request: Omit<SimRequest, 'id'>; answer: Promise<Analysis> } | null = null;
  const analyze = (
    text: string,
    inputs: SimInput[],
    opts: SimOptions,
    early?: (a: Analysis) => void,
  ): Promise<Analysis> => {
    const request = { text, inputs, until: opts.until, seed: opts.seed };
    if (inFlight && sameRequest(inFlight.request, request)) return inFlight.answer;
    const answer = new Promise<Analysis>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, early });
      worker.postMessage({ id, ...request, at: opts.at } satisfies SimRequest);
    });
    const entry = { request, answer };
    inFlight = entry;
    const done = () => {
      if (inFlight === entry) inFlight = null;
    };
    answer.then(done, done);
    return answer;
  };
  const warmUp = (text: string, inputs: SimInput[], opts: SimOptions) => {
    worker.postMessage({ id: ++nextId, text, inputs, until: opts.until, seed: opts.seed, warmUp: true });
  };
  return { analyze, warmUp };
}

const sameRequest = (a: Omit<SimRequest, 'id'>, b: Omit<SimRequest, 'id'>) =>
  a.text === b.text &&
  a.until === b.until &&
  a.seed === b.seed &&
  (a.inputs === b.inputs || JSON.stringify(a.inputs) === JSON.stringify(b.inputs));
