// Which recorded action of a trace answers which console input. The simulator records the editor's
// apply at t=0 first, then every input in (t, order typed) order; identical commands typed at the same
// virtual time are told apart by their rank.
import type { SimInput } from '../../core/simulate';
import type { ActionResult, Trace } from '../../core/trace/types';

export function actionFor(trace: Trace, inputs: readonly SimInput[], input: SimInput): ActionResult | null {
  const index = inputs.indexOf(input);
  if (index < 0) return null;
  const rank = inputs.slice(0, index).filter((i) => i.t === input.t && i.command === input.command).length;
  const candidates = trace.actions.slice(1).filter((a) => a.t === input.t && a.command === input.command);
  return candidates[rank] ?? null;
}
