// The one store of the playground: source text → parse → (last valid) objects → trace, plus the player
// cursor. One direction: nothing here knows what a Pod means; the engine does.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ManifestObject, ParseResult } from '../../core/manifest/types';
import type { Millis, Trace } from '../../core/trace/types';
import {
  DEFAULT_SIM_SEED,
  errorText,
  simulationUntil,
  type Analysis,
  type Engine,
  type SimInput,
} from './engine';
import { loadSource, saveSource, type TextStorage } from './persist';
import {
  advance,
  clampTime,
  fasterSpeed,
  nextEventTime,
  prevEventTime,
  slowerSpeed,
  type Speed,
} from './player';
import { SEED_MANIFEST } from './seed';

export interface PlaygroundState {
  text: string;
  /** The text came from localStorage rather than the seed. */
  restored: boolean;
  parse: ParseResult;
  /** The objects of the last text without errors: what the simulation shows. */
  objects: ManifestObject[];
  /** The text has errors, so the trace is of an older, valid text. */
  stale: boolean;
  trace: Trace | null;
  /** Which analysis the trace answers: an early trace and the whole one that replaces it share it. */
  run: number;
  eventTimes: Millis[];
  simError: string | null;
  inputs: SimInput[];
  seed: number;
  t: Millis;
  playing: boolean;
  speed: Speed;
  /** The diagram node the learner clicked (its source lines are highlighted in the editor). */
  selected: string | null;

  setText(text: string): void;
  /**
   * Replace the whole text (a lesson, a share link, an imported file) and simulate it. Unlike an
   * edit, the old run is dropped at once: until the new one arrives, nothing of another manifest is
   * shown as if it were this one.
   */
  replaceText(text: string): void;
  /** A text is being analysed elsewhere (the worker); its result replaces this state when it comes. */
  computing: boolean;
  /**
   * Parse the current text and, when it has no errors, simulate it (in the engine's worker: the
   * result comes later, and only the latest request's result is kept).
   */
  recompute(): void;
  /** Resolves once the latest recompute has its result. */
  settled(): Promise<void>;
  /** The learner reached for the editor or the console: get the engine ready for an edit. */
  warmUp(): void;
  setTime(t: Millis): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepNext(): void;
  stepPrev(): void;
  toStart(): void;
  toEnd(): void;
  faster(): void;
  slower(): void;
  setSpeed(s: Speed): void;
  /** Advance the clock by a slice of wall time (called from requestAnimationFrame). */
  tick(wallDeltaMs: number): void;
  select(nodeId: string | null): void;
  /**
   * A console command at the player's time: it joins the inputs and the trace is recomputed from
   * t=0 with it. Returns the input, whose answer is the matching action of the next trace.
   */
  addInput(command: string, stdin?: string): SimInput;
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

export interface StoreOptions {
  engine: Engine;
  storage: TextStorage | null;
  /** Text to use when nothing is saved. */
  initialText?: string;
  seed?: number;
}

export function createPlaygroundStore({
  engine,
  storage,
  initialText,
  seed = DEFAULT_SIM_SEED,
}: StoreOptions): PlaygroundStore {
  const { text, restored } = loadSource(storage, initialText ?? SEED_MANIFEST);
  let latestRequest = 0;
  /** What the latest request asked: the same question again is not asked twice. */
  let asked: { text: string; inputs: SimInput[]; seed: number } | null = null;

  const store = createStore<PlaygroundState>()((set, get) => {
    const until = () => get().trace?.until ?? 0;
    /** The latest time the shown trace knows: its end, or where an early, partial trace stops. */
    const known = () => get().trace?.complete ?? until();
    /** A time past what an early trace knows, asked for while the whole run is on its way, and where
     * the time stopped meanwhile (if the time moved from there since, the request is dropped). */
    let wanted: { t: Millis; heldAt: Millis } | null = null;
    // Without a run yet (one is on its way from the worker), the time waits for it: accept() clamps it.
    // Past the end of an early trace, the time stops there and moves on when the whole run comes.
    const moveTo = (t: Millis) => {
      const trace = get().trace;
      const next = trace ? clampTime(t, known()) : Math.max(0, t);
      wanted = trace?.complete !== undefined && t > trace.complete ? { t, heldAt: next } : null;
      set({ t: next });
    };

    return {
      text,
      restored,
      parse: { objects: [], diagnostics: [] },
      objects: [],
      stale: false,
      trace: null,
      run: 0,
      eventTimes: [],
      simError: null,
      computing: false,
      inputs: [],
      seed,
      t: 0,
      playing: false,
      speed: 1,
      selected: null,

      setText(next) {
        if (next === get().text) return;
        saveSource(storage, next);
        set({ text: next, restored: false });
      },

      replaceText(next) {
        get().setText(next);
        set({ trace: null, objects: [], eventTimes: [], stale: false, simError: null, selected: null });
        asked = null; // the run was dropped: ask again even for the same text
        get().recompute();
      },

      recompute() {
        const s = get();
        // An edit's debounced recompute after a lesson, a link or the test hook already asked: the
        // answer shown, or on its way, stands (a failed run may be asked again).
        if (
          asked &&
          asked.text === s.text &&
          asked.inputs === s.inputs &&
          asked.seed === s.seed &&
          !s.simError
        )
          return;
        asked = { text: s.text, inputs: s.inputs, seed: s.seed };
        const request = ++latestRequest;
        const opts = { until: simulationUntil(s.inputs), seed: s.seed, at: s.t };
        // Objects and trace change together, so the diagram never mixes a new spec with an old run.
        // An early answer (a partial trace, exact up to a little past the learner's time) is shown
        // at once; the whole run replaces it when it comes, and only then is the store settled.
        const accept = ({ parse, trace, error }: Analysis, early = false) => {
          if (request !== latestRequest) return; // a newer edit superseded this run
          if (!trace) {
            // The text has errors (keep showing the last valid run, marked stale) or the run failed.
            const failed = error !== undefined;
            set({
              parse,
              ...(failed ? { objects: parse.objects, simError: error } : {}),
              stale: get().trace !== null,
              computing: false,
            });
            return;
          }
          const { playing } = get();
          let t = get().t;
          if (!early && wanted !== null) {
            if (wanted.heldAt === t) t = wanted.t;
            wanted = null;
          }
          set({
            parse,
            objects: parse.objects,
            stale: false,
            trace,
            run: request,
            eventTimes: engine.eventTimes(trace),
            simError: null,
            computing: early,
            t: clampTime(t, trace.complete ?? trace.until), // keep the learner's place in time
            playing: playing && t < trace.until,
          });
        };
        const fail = (e: unknown) => {
          if (request !== latestRequest) return;
          set({ simError: errorText(e), stale: get().trace !== null, computing: false });
        };
        let answer: Analysis | Promise<Analysis>;
        try {
          answer = engine.analyze(s.text, s.inputs, opts, (a) => accept(a, true));
        } catch (e) {
          fail(e);
          return;
        }
        if ('then' in answer) {
          set({ computing: true });
          answer.then(accept, fail);
        } else accept(answer);
      },

      settled: () =>
        new Promise<void>((resolve) => {
          if (!get().computing) return resolve();
          const stop = store.subscribe((st) => {
            if (st.computing) return;
            stop();
            resolve();
          });
        }),

      warmUp() {
        const s = get();
        engine.warmUp?.(s.text, s.inputs, { until: simulationUntil(s.inputs), seed: s.seed, at: s.t });
      },

      setTime: moveTo,
      play() {
        if (!get().trace) return;
        // Playing from the very end restarts, like a media player.
        if (get().t >= until()) set({ t: 0 });
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      stepNext() {
        const s = get();
        set({ playing: false });
        moveTo(nextEventTime(s.eventTimes, s.t, known()));
      },
      stepPrev() {
        const s = get();
        set({ playing: false });
        moveTo(prevEventTime(s.eventTimes, s.t));
      },
      toStart: () => set({ t: 0, playing: false }),
      toEnd() {
        set({ playing: false });
        moveTo(until());
      },
      faster: () => set({ speed: fasterSpeed(get().speed) }),
      slower: () => set({ speed: slowerSpeed(get().speed) }),
      setSpeed: (speed) => set({ speed }),
      tick(wallDeltaMs) {
        const s = get();
        if (!s.playing || !s.trace) return;
        // Playing past an early trace's end waits there for the whole run (a moment), still playing.
        const r = advance(s.t, wallDeltaMs, s.speed, known());
        set(r.ended && s.trace.complete === undefined ? { t: r.t, playing: false } : { t: r.t });
      },
      select: (selected) => set({ selected }),
      addInput(command, stdin) {
        const input: SimInput =
          stdin === undefined ? { t: get().t, command } : { t: get().t, command, stdin };
        set({ inputs: [...get().inputs, input] });
        get().recompute();
        return input;
      },
    };
  });

  store.getState().recompute();
  return store;
}
