// How the simulation worker answers one request. A big pod's whole run takes a while (a 40-container
// crash loop: 10-30 ms warm, several times that cold), but the learner looks at one moment: so the
// worker first runs a few virtual seconds past the learner's time and answers with that early,
// partial trace (exact up to where it got), then runs the rest in slices of a few milliseconds. Between
// slices a newer request (the next edit) can arrive: the old run is then dropped, since the store
// would drop its answer anyway.
import { toPlainParse } from '../../core/manifest/plain';
import type { ManifestObject, ParseResult } from '../../core/manifest/types';
import type { SimulationRun } from '../../core/simulate';
import { errorText, hasErrors, type SimInput } from './engine';
import { postAnswer, postEarly, type SimRequest, type SimResponse } from './workerProtocol';

/** Virtual time past the learner's time that the early answer covers. */
export const EARLY_AHEAD = 10_000;
/** Wall time a slice of the rest of the run may take before the worker looks at its messages. */
export const SLICE_MS = 8;
/** Virtual time run between two looks at the wall clock. */
export const SLICE_STEP = 5_000;

export interface JobDeps {
  parse(text: string): ParseResult;
  start(objects: ManifestObject[], inputs: SimInput[], opts: { until: number; seed?: number }): SimulationRun;
  post(r: SimResponse): void;
  /** Wall clock, ms. */
  now(): number;
  /** Runs `task` in a later task, after messages that arrived meanwhile. */
  later(task: () => void): void;
}

/**
 * Answers `request`: early (when the run goes on past the learner's time), then whole, unless
 * `current()` turns false between slices (a newer request arrived). `finished` gets the wall time the
 * analysis took, once it ends either way.
 */
export function runJob(
  request: SimRequest,
  deps: JobDeps,
  current: () => boolean,
  finished: (ms: number) => void,
): void {
  const startedAt = deps.now();
  const { id } = request;
  const quiet = request.warmUp === true; // analysed to warm the worker up: nothing is answered
  const post = (r: SimResponse) => {
    if (!quiet) deps.post(r);
  };
  let parse: ParseResult;
  try {
    parse = deps.parse(request.text);
  } catch (e) {
    // A bug, not a mistake in the text: the page says the analysis failed.
    post({ id, failure: errorText(e) });
    finished(deps.now() - startedAt);
    return;
  }
  if (hasErrors(parse)) {
    postAnswer(post, id, { parse: toPlainParse(parse), trace: null });
    finished(deps.now() - startedAt);
    return;
  }
  let run: SimulationRun;
  let over: boolean;
  let sentEarly = false;
  const fail = (e: unknown) => {
    postAnswer(post, id, { parse: toPlainParse(parse), trace: null, error: errorText(e) });
    finished(deps.now() - startedAt);
  };
  try {
    run = deps.start(parse.objects, request.inputs, { until: request.until, seed: request.seed });
    over = run.runTo(Math.max(0, request.at ?? 0) + EARLY_AHEAD);
    if (!over && !quiet) {
      postEarly(post, id, { parse: toPlainParse(parse), trace: run.trace() });
      sentEarly = true;
    }
  } catch (e) {
    fail(e);
    return;
  }
  const slice = () => {
    if (!current()) {
      post({ id, superseded: true });
      finished(deps.now() - startedAt);
      return;
    }
    const sliceStart = deps.now();
    try {
      while (!over && deps.now() - sliceStart < SLICE_MS) over = run.runTo(run.reached + SLICE_STEP);
      if (!over) return deps.later(slice);
      // After an early answer the page already has the parse: the whole answer does not carry it again.
      postAnswer(post, id, { parse: sentEarly ? null : toPlainParse(parse), trace: run.trace() });
    } catch (e) {
      fail(e);
      return;
    }
    finished(deps.now() - startedAt);
  };
  slice();
}
