// while/until, for and case: kept apart from interp.ts to keep files small.
import type { CaseNode, ForNode, LoopNode } from './ast';
import { BreakLoop, ContinueLoop } from './control';
import { expandToString } from './expand';
import type { Gen } from './io';
import type { Shell } from './interp';

/** Run one loop body; returns 'break' / 'continue' / null, re-throwing for outer loops. */
function* body(sh: Shell, run: () => Gen<number>): Gen<'break' | 'continue' | null> {
  try {
    yield* run();
    return null;
  } catch (e) {
    if (e instanceof BreakLoop) {
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return 'break';
    }
    if (e instanceof ContinueLoop) {
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return 'continue';
    }
    throw e;
  } finally {
    void sh;
  }
}

export function* evalLoop(sh: Shell, node: LoopNode): Gen<number> {
  let status = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      yield* sh.tick();
      sh.condDepth++;
      let c: number;
      try {
        c = yield* sh.evalList(node.cond);
      } finally {
        sh.condDepth--;
      }
      if ((c === 0) === node.until) break;
      const r = yield* body(sh, function* () {
        return (status = yield* sh.evalList(node.body));
      });
      if (r === 'break') break;
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
      yield* sh.tick();
      sh.setVar(node.name, item);
      const r = yield* body(sh, function* () {
        return (status = yield* sh.evalList(node.body));
      });
      if (r === 'break') break;
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
