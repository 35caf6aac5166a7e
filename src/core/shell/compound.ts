// while/until, for and case: kept apart from interp.ts to keep files small.
import type { CaseNode, ForNode, LoopNode } from './ast';
import { BreakLoop, ContinueLoop } from './control';
import { ExpandError, expandToString } from './expand';
import { CPU_SLICE, isSys, WriteError, type Gen } from './io';
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

export function* evalLoop(sh: Shell, node: LoopNode): Gen<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      // sh.tick(), inlined (one generator less per iteration).
      if (sh.proc.step()) yield CPU_SLICE;
      sh.condDepth++;
      try {
        // sh.evalList(node.cond), inlined with its fast path (see Shell.evalList; keep in step): a
        // loop like `until nslookup db; do echo waiting; sleep 2; done` then costs no generator per
        // iteration besides its commands' own.
        for (const item of node.cond.items) {
          const simple = sh.inlineCommand(item);
          if (simple?.t !== 'simple') {
            yield* sh.evalItem(item);
            continue;
          }
          if (sh.proc.step()) yield CPU_SLICE;
          let st: number;
          try {
            const run = sh.startSimple(simple);
            const guard = sh.launchGuard;
            if (typeof run === 'number') st = run;
            else if (isSys(run)) {
              yield run;
              st = 0;
            } else if (guard === null) st = yield* run;
            else {
              try {
                st = yield* run;
              } catch (e) {
                if (!(e instanceof WriteError)) throw e;
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
      } finally {
        sh.condDepth--;
      }
      if ((sh.status === 0) === node.until) break;
      try {
        // sh.evalList(node.body), inlined the same way.
        for (const item of node.body.items) {
          const simple = sh.inlineCommand(item);
          if (simple?.t !== 'simple') {
            yield* sh.evalItem(item);
            continue;
          }
          if (sh.proc.step()) yield CPU_SLICE;
          let st: number;
          try {
            const run = sh.startSimple(simple);
            const guard = sh.launchGuard;
            if (typeof run === 'number') st = run;
            else if (isSys(run)) {
              yield run;
              st = 0;
            } else if (guard === null) st = yield* run;
            else {
              try {
                st = yield* run;
              } catch (e) {
                if (!(e instanceof WriteError)) throw e;
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
        status = sh.status;
      } catch (e) {
        if (loopSignal(e) === 'break') break;
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
