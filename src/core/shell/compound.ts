// while/until, for and case: kept apart from interp.ts to keep files small.
import type { CaseNode, ForNode, LoopNode } from './ast';
import { BreakLoop, ContinueLoop } from './control';
import { ExpandError, expandToString } from './expand';
import { CPU_SLICE, isStaged, isSys, WriteError, type Gen } from './io';
import type { Shell } from './interp';

/** What a break/continue thrown out of a loop body means for this loop (re-thrown for outer loops). */
function loopSignal(e: unknown): 'break' | 'continue' {
  if (e instanceof BreakLoop || e instanceof ContinueLoop) {
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e instanceof BreakLoop ? 'break' : 'continue';
  }
  throw e;
}

/**
 * while/until. The loop depth is raised here, before the generator runs (nothing happens in between:
 * callers iterate the generator at once): a long-running loop's generator then starts with code V8
 * has type feedback for, instead of deoptimising on its first line every time it is entered again.
 */
export function evalLoop(sh: Shell, node: LoopNode): Gen<number> {
  sh.loopDepth++;
  return loop(sh, node);
}

function* loop(sh: Shell, node: LoopNode): Gen<number> {
  let status = 0;
  try {
    iterations: for (;;) {
      // sh.tick(), inlined (one generator less per iteration).
      if (sh.proc.step()) yield CPU_SLICE;
      // Two passes, the condition then the body, each sh.evalList(list) inlined with its fast path
      // (see Shell.evalList; keep in step): a loop like `until nslookup db; do echo waiting; sleep 2;
      // done` then costs no generator per iteration besides its commands' own. A helper generator
      // shared by the two lists would be two more generators per iteration: it made `while true; do
      // :; done` 1.7 times as slow, where these two passes cost it under 10%.
      for (let inBody = false; ; inBody = true) {
        if (!inBody) sh.condDepth++;
        try {
          // Indexed loops: a for-of iterator would be one more object per list, kept across suspensions.
          const items = (inBody ? node.body : node.cond).items;
          for (let k = 0; k < items.length; k++) {
            const item = items[k];
            const plan = sh.inlineCommand(item);
            if (plan?.cmd.t !== 'simple') {
              yield* sh.evalItem(item);
              continue;
            }
            if (sh.proc.step()) yield CPU_SLICE;
            let st: number;
            try {
              const run = sh.startSimple(plan.cmd, plan);
              const guard = sh.launchGuard;
              if (typeof run === 'number') st = run;
              else if (isSys(run)) {
                yield run;
                st = 0;
              } else {
                // Write failures become `name: write error: ...` when launch set a guard.
                try {
                  if (isStaged(run)) {
                    yield run.sys;
                    st = run.finish();
                  } else st = yield* run;
                } catch (e) {
                  if (guard === null || !(e instanceof WriteError)) throw e;
                  st = yield* sh.writeFailed(guard, e);
                }
              }
            } catch (e) {
              if (!(e instanceof ExpandError)) throw e;
              yield* sh.expandFailed(e);
              throw e;
            }
            if (sh.endSimple(st)) yield* sh.afterSimple(st);
          }
        } catch (e) {
          // break/continue in the condition or the body are this loop's (`while break; do …` ends it).
          if (loopSignal(e) === 'break') break iterations;
          continue iterations;
        } finally {
          if (!inBody) sh.condDepth--;
        }
        if (inBody) {
          status = sh.status;
          break;
        }
        if ((sh.status === 0) === node.until) break iterations;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return (sh.status = status);
}

export function* evalFor(sh: Shell, node: ForNode): Gen<number> {
  const items = node.words === null ? [...sh.positional] : yield* sh.expandFields(node.words);
  let status = 0;
  sh.loopDepth++;
  try {
    for (const item of items) {
      if (sh.proc.step()) yield { k: 'cpu', ms: 100 };
      sh.setVar(node.name, item);
      try {
        status = yield* sh.evalList(node.body);
      } catch (e) {
        if (loopSignal(e) === 'break') break;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return (sh.status = status);
}

export function* evalCase(sh: Shell, node: CaseNode): Gen<number> {
  const word = yield* expandToString(sh, node.word);
  for (const item of node.items) {
    if (yield* sh.matchCase(word, item.patterns)) {
      return item.body ? yield* sh.evalList(item.body) : (sh.status = 0);
    }
  }
  return (sh.status = 0);
}
