// The one store of the playground: source text → parse → (last valid) objects → trace, plus the player
// cursor. One direction: nothing here knows what a Pod means; the engine does.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ManifestObject, ParseResult } from '../../core/manifest/types';
import type { Millis, Trace } from '../../core/trace/types';
import { simulationUntil, type Engine, type SimInput } from './engine';
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
   * Parse the current text and, when it has no errors, simulate it: in the engine's worker when it
   * has one, unless `sync` (the first load, so the first paint already shows the simulation).
   */
  recompute(mode?: 'sync'): void;
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

const hasErrors = (p: ParseResult) => p.diagnostics.some((d) => d.severity === 'error');

export function createPlaygroundStore({
  engine,
  storage,
  initialText,
  seed = 1,
}: StoreOptions): PlaygroundStore {
  const { text, restored } = loadSource(storage, initialText ?? SEED_MANIFEST);
  let latestRequest = 0;

  const store = createStore<PlaygroundState>()((set, get) => {
    const until = () => get().trace?.until ?? 0;
    const moveTo = (t: Millis) => set({ t: clampTime(t, until()) });

    return {
      text,
      restored,
      parse: { objects: [], diagnostics: [] },
      objects: [],
      stale: false,
      trace: null,
      eventTimes: [],
      simError: null,
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

      recompute(mode) {
        const s = get();
        let parse: ParseResult;
        try {
          parse = engine.parse(s.text);
        } catch (e) {
          set({ simError: errorText(e), stale: s.trace !== null });
          return;
        }
        const request = ++latestRequest;
        if (hasErrors(parse)) {
          set({ parse, stale: s.trace !== null });
          return;
        }
        const opts = { until: simulationUntil(s.inputs), seed: s.seed };
        // Objects and trace change together, so the diagram never mixes a new spec with an old run.
        const accept = (trace: Trace) => {
          if (request !== latestRequest) return; // a newer edit superseded this run
          const { t, playing } = get();
          set({
            parse,
            objects: parse.objects,
            stale: false,
            trace,
            eventTimes: engine.eventTimes(trace),
            simError: null,
            t: clampTime(t, trace.until), // keep the learner's place in time
            playing: playing && t < trace.until,
          });
        };
        const fail = (e: unknown) => {
          if (request !== latestRequest) return;
          set({ parse, objects: parse.objects, stale: get().trace !== null, simError: errorText(e) });
        };
        if (engine.simulateText && mode !== 'sync') {
          set({ parse });
          engine.simulateText(s.text, s.inputs, opts).then(accept, fail);
          return;
        }
        try {
          accept(engine.simulate(parse.objects, s.inputs, opts));
        } catch (e) {
          fail(e);
        }
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
        moveTo(nextEventTime(s.eventTimes, s.t, until()));
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
        const r = advance(s.t, wallDeltaMs, s.speed, s.trace.until);
        set(r.ended ? { t: r.t, playing: false } : { t: r.t });
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

  store.getState().recompute('sync');
  return store;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
