// Messages between the store and the simulation worker.
import type { SimInput } from '../../core/simulate';
import type { Millis, Trace } from '../../core/trace/types';

export interface SimRequest {
  id: number;
  text: string;
  inputs: SimInput[];
  until: Millis;
  seed?: number;
}

export type SimResponse = { id: number; trace: Trace } | { id: number; error: string };

type Pending = { resolve(t: Trace): void; reject(e: Error): void };

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
    if ('trace' in e.data) p.resolve(e.data.trace);
    else p.reject(new Error(e.data.error));
  };
  return (text: string, inputs: SimInput[], opts: { until: Millis; seed?: number }): Promise<Trace> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, inputs, until: opts.until, seed: opts.seed } satisfies SimRequest);
    });
}
