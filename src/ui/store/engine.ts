// What the store needs from the core. The real engine is wired in `realEngine.ts`; tests pass a
// small engine over a hand-made trace.
import type { ManifestObject, ParseResult } from '../../core/manifest/types';
import type { SimInput } from '../../core/simulate';
import type { Millis, Trace } from '../../core/trace/types';

export type { SimInput };

export interface Engine {
  parse(text: string): ParseResult;
  simulate(objects: ManifestObject[], inputs: SimInput[], opts: { until: Millis; seed?: number }): Trace;
  /** Sorted distinct times where something changed. */
  eventTimes(trace: Trace): Millis[];
  /**
   * Optional: parse and simulate the text off the main thread (a Web Worker). The store then keeps
   * the UI responsive while typing and drops results that a newer edit has superseded.
   */
  simulateText?(text: string, inputs: SimInput[], opts: { until: Millis; seed?: number }): Promise<Trace>;
}

/** Ten virtual minutes always; more when inputs come late, so their effect is visible. */
export const MIN_UNTIL: Millis = 600_000;
export const AFTER_LAST_INPUT: Millis = 300_000;

export function simulationUntil(inputs: readonly SimInput[]): Millis {
  const lastInput = inputs.reduce((m, i) => Math.max(m, i.t), 0);
  return Math.max(MIN_UNTIL, lastInput + AFTER_LAST_INPUT);
}
