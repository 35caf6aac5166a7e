// What the store needs from the core: text in, parse result and trace out. The app's engine
// (`realEngine.ts`) answers from a simulation worker; tests and Node tools use `localEngine`, which
// runs the core in the same thread and answers synchronously.
import type { ManifestObject, ParseResult } from '../../core/manifest/types';
import type { SimInput } from '../../core/simulate';
import type { Millis, Trace } from '../../core/trace/types';

export type { SimInput };

export interface SimOptions {
  until: Millis;
  seed?: number;
  /** The time the learner looks at: an engine that answers early (the worker) covers it first. */
  at?: Millis;
}

/**
 * What one text simulates to: its parse, and its trace when the parse has no errors (or why the
 * simulation failed: `error`, with `trace` null). An early analysis (see Engine.analyze) has a
 * partial trace: `trace.complete` says up to when it is final.
 */
export interface Analysis {
  parse: ParseResult;
  trace: Trace | null;
  error?: string;
}

export interface Engine {
  /**
   * Parse the text and, when it has no errors, simulate it. A promise when the work happens
   * elsewhere (a Web Worker): the store then drops results that a newer edit has superseded. Such an
   * engine may first hand `early` a partial analysis, exact up to some time past `opts.at`.
   */
  analyze(
    text: string,
    inputs: SimInput[],
    opts: SimOptions,
    early?: (a: Analysis) => void,
  ): Analysis | Promise<Analysis>;
  /** Sorted distinct times where something changed. */
  eventTimes(trace: Trace): Millis[];
  /**
   * Optional hint that edits of this text are likely soon (the learner reached for the editor or
   * console): the engine may get ready, e.g. start its worker and analyse the text ahead of time.
   */
  warmUp?(text: string, inputs: SimInput[], opts: SimOptions): void;
}

export const hasErrors = (p: ParseResult) => p.diagnostics.some((d) => d.severity === 'error');

export interface LocalEngine extends Engine {
  analyze(text: string, inputs: SimInput[], opts: SimOptions): Analysis;
}

/** An engine over the core's functions, in this thread (passed in so this file stays light). */
export function localEngine(core: {
  parse(text: string): ParseResult;
  simulate(objects: ManifestObject[], inputs: SimInput[], opts: SimOptions): Trace;
  eventTimes(trace: Trace): Millis[];
}): LocalEngine {
  return {
    analyze(text, inputs, opts) {
      const parse = core.parse(text);
      if (hasErrors(parse)) return { parse, trace: null };
      try {
        return { parse, trace: core.simulate(parse.objects, inputs, { until: opts.until, seed: opts.seed }) };
      } catch (e) {
        return { parse, trace: null, error: errorText(e) };
      }
    },
    eventTimes: core.eventTimes,
  };
}

/** The playground's PRNG seed unless a share link carries another (lessons' checks use it too). */
export const DEFAULT_SIM_SEED = 1;

/** Ten virtual minutes always; more when inputs come late, so their effect is visible. */
export const MIN_UNTIL: Millis = 600_000;
export const AFTER_LAST_INPUT: Millis = 300_000;

export function simulationUntil(inputs: readonly SimInput[]): Millis {
  const lastInput = inputs.reduce((m, i) => Math.max(m, i.t), 0);
  return Math.max(MIN_UNTIL, lastInput + AFTER_LAST_INPUT);
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
