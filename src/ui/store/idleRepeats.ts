// A young simulation worker runs cold code: V8 first interprets the parser and the simulator and only
// optimises them after they have run a few times, so the first edits of a session took 2-4 times as
// long as later ones (a 40-container pod: 150 ms, then 100, 80... settling near 40). The worker
// therefore repeats a request it has just answered, in idle tasks, so the learner's next edit meets
// warm code. Repeats stop as soon as a new request arrives, happen only while the worker is young,
// and only for requests cheap enough that a request arriving during a repeat waits little (edits are
// at least the editor's debounce apart, 250 ms).

/** Repeats of each request, in idle tasks. */
export const REPEATS = 3;
/** Requests after which the worker's code is warm and repeats stop for good. */
export const YOUNG_REQUESTS = 20;
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
  let requests = 0;
  return {
    interrupt() {
      generation++;
    },
    after(request, textLength, ms) {
      if (++requests > YOUNG_REQUESTS || textLength > MAX_REPEAT_TEXT || ms > MAX_REPEAT_MS) return;
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
