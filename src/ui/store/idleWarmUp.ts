// A young simulation worker runs cold code: V8 first interprets the parser and the simulator and only
// optimises them after they have run a few times, so the first edits of a session took 2-4 times as
// long as later ones. When the learner first reaches for the editor, the worker therefore analyses
// their text ahead of the first edit, then, in idle tasks, repeats it a few times and analyses the
// built-in examples once (the parser, the kubelet and the shell over many shapes of pod). The work
// stops as soon as a request arrives; each task is one small analysis, so that request waits little.

/** Repeats of the learner's text. */
export const REPEATS = 3;
/** Texts larger than this, or analyses slower than this, are not repeated. */
export const MAX_REPEAT_TEXT = 64 * 1024;
export const MAX_REPEAT_MS = 500;

export interface IdleRunner<R> {
  /** A request arrived: the idle work stops for good. */
  interrupt(): void;
  /** Runs `items`, one per idle task. */
  start(items: readonly R[]): void;
}

export function idleRunner<R>(run: (item: R) => void, schedule: (task: () => void) => void): IdleRunner<R> {
  let generation = 0;
  return {
    interrupt() {
      generation++;
    },
    start(items) {
      const mine = generation;
      let i = 0;
      const next = () => {
        if (generation !== mine || i === items.length) return;
        run(items[i++]);
        schedule(next);
      };
      schedule(next);
    },
  };
}

/** What the worker warms up with after analysing the learner's text in `ms`: the examples go as
 * `example` makes them into requests. */
export function warmUpItems<R extends { text: string }>(
  request: R,
  ms: number,
  examples: readonly string[],
  example: (text: string) => R,
): R[] {
  const own =
    request.text.length <= MAX_REPEAT_TEXT && ms <= MAX_REPEAT_MS ? Array(REPEATS).fill(request) : [];
  return [...own, ...examples.map(example)];
}
