// The first screen of a first visit, computed when the app is built: the seed manifest's parse and
// trace. With it the page shows the simulated seed pod without loading the simulator (the worker
// starts when the learner first edits). The build computes it with the same core the worker runs,
// so it is exactly what the worker would answer; `vite dev` has none and always asks the worker.
import type { PlainParseResult } from '../../core/manifest/plain';
import type { Trace } from '../../core/trace/types';
import type { SimInput } from '../../core/simulate';
import { DEFAULT_SIM_SEED, type SimOptions } from './engine';

export interface SeedSnapshot {
  text: string;
  until: number;
  seed: number;
  parse: PlainParseResult;
  trace: Trace | null;
}

/** The snapshot answers only the exact question it was computed for. */
export function snapshotAnswers(
  s: SeedSnapshot | null,
  text: string,
  inputs: readonly SimInput[],
  opts: SimOptions,
): s is SeedSnapshot {
  return (
    !!s &&
    s.text === text &&
    inputs.length === 0 &&
    s.until === opts.until &&
    s.seed === (opts.seed ?? DEFAULT_SIM_SEED)
  );
}
