// "Predict first": the right answer is read from the simulation, so it can never drift from what the
// learner then sees when stepping.
import type { Millis, Trace } from '../core/trace/types';
import { nextStatusChange } from './trace-queries';
import type { Prediction } from './types';

export interface PredictionAnswer {
  /** The STATUS the pod shows next (or keeps showing when nothing changes). */
  status: string;
  /** When to move the player to show it. */
  t: Millis;
  /** Nothing changes after `at`: the status stays. */
  stays: boolean;
}

export function predictionAnswer(trace: Trace, prediction: Prediction): PredictionAnswer {
  const next = nextStatusChange(trace, prediction.at);
  if (next) return { status: next.status, t: next.t, stays: false };
  const rows = trace.watch.filter((w) => w.t <= prediction.at);
  const status = rows.at(-1)?.status ?? '';
  return { status, t: Math.min(trace.until, prediction.at + 60_000), stays: true };
}
