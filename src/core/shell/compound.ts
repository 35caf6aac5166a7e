// while/until, for and case: kept apart from interp.ts to keep files small.
import type { CaseNode, ForNode, LoopNode } from './ast';
import { BreakLoop, ContinueLoop } from './control';
import { expandToString } from './expand';
import type { Gen } from './io';
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
      if (sh.proc.step()) yield { k: 'cpu', ms: 100 };
      sh.condDepth++;
      let c: number;
      try {
        c = yield* sh.evalList(node.cond);
      } finally {
        sh.condDepth--;
      }
      if ((c === 0) === node.until) break;
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
