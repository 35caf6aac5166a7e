// A young simulation worker runs cold code: V8 first interprets the parser and the simulator and only
// optimises them after they have run a few times, so the first edits of a session took 2-4 times as
// long as later ones. When the learner reaches for the editor, the worker therefore analyses their
// text ahead of the first edit and repeats it a few times in idle tasks. Repeats stop as soon as a
// request arrives, and only cheap texts are repeated, so a request arriving during one waits little.

/** Repeats of the warm-up request, in idle tasks. */
export const REPEATS = 3;
/** Texts larger than this, or analyses slower than this, are never repeated. */
export const MAX_REPEAT_TEXT = 64 * 1024;
export const MAX_REPEAT_MS = 500;

export interface IdleRepeater<R> {
  /** A new request arrived: repeats of older ones stop. */
  interrupt(): void;
  /** Request `request` was analysed in `ms`: repeat it while idle when that is worth it. */
  after(request: R, textLength: number, ms: number): void;
}

export function idleRepeater<R>(
  run: (request: R) => void,
  schedule: (task: () => void) => void,
): IdleRepeater<R> {
  let generation = 0;
  return {
    interrupt() {
      generation++;
    },
    after(request, textLength, ms) {
      if (textLength > MAX_REPEAT_TEXT || ms > MAX_REPEAT_MS) return;
      const mine = generation;
      let left = REPEATS;
      const next = () => {
        if (generation !== mine || left === 0) return;
        left--;
        run(request);
        schedule(next);
      };
      schedule(next);
    },
  };
}
