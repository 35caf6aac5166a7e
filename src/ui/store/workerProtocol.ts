// Messages between the store and the simulation worker. Everything is plain data (structured clone):
// the parse result travels as a PlainParseResult and gets its `rangeOf` back on this side.
import { fromPlainParse, type PlainParseResult } from '../../core/manifest/plain';
import type { SimInput } from '../../core/simulate';
import type { Trace } from '../../core/trace/types';
import type { Analysis, SimOptions } from './engine';

export interface SimRequest extends SimOptions {
  id: number;
  text: string;
  inputs: SimInput[];
}

export type SimResponse =
  | { id: number; parse: PlainParseResult; trace: Trace | null; error?: string }
  | { id: number; failure: string };

type Pending = { resolve(a: Analysis): void; reject(e: Error): void };

/** A promise per request over one worker; replies are matched by id. */
export function workerClient(
  worker: Pick<Worker, 'postMessage'> & { onmessage: ((e: MessageEvent<SimResponse>) => void) | null },
) {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  worker.onmessage = (e) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    const r = e.data;
    if ('failure' in r) p.reject(new Error(r.failure));
    else
      p.resolve({ parse: fromPlainParse(r.parse), trace: r.trace, ...(r.error ? { error: r.error } : {}) });
  };
  return (text: string, inputs: SimInput[], opts: SimOptions): Promise<Analysis> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, inputs, until: opts.until, seed: opts.seed } satisfies SimRequest);
    });
}
