import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic, ParseResult } from '../../core/manifest/types';
import { seedPod, seedTrace } from '../test-fixtures/seed.fixture';
import { localEngine, type Analysis, type Engine } from './engine';
import { SOURCE_STORAGE_KEY, type TextStorage } from './persist';
import { SEED_MANIFEST } from './seed';
import { createPlaygroundStore } from './store';

const badKind: Diagnostic = {
  severity: 'error',
  code: 'api/unknown-kind',
  message: 'no matches for kind "Pood" in version "v1"',
  docIndex: 0,
  range: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 11 },
};

/** A test engine: text containing "Pood" has an error; any other text is the seed Pod. */
function testEngine(): Engine & { simulate: ReturnType<typeof vi.fn> } {
  const simulate = vi.fn(() => seedTrace);
  const engine = localEngine({
    parse: (text: string): ParseResult =>
      text.includes('Pood')
        ? { objects: [], diagnostics: [badKind] }
        : { objects: [seedPod], diagnostics: [] },
    simulate,
    eventTimes: () => [0, 1000, 3000, 4000, 5000],
  });
  return { ...engine, simulate };
}

function memoryStorage(initial: Record<string, string> = {}): TextStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('createPlaygroundStore', () => {
  it('starts from the seed manifest and simulates it right away', () => {
    const engine = testEngine();
    const s = createPlaygroundStore({ engine, storage: memoryStorage() }).getState();
    expect(s.text).toBe(SEED_MANIFEST);
    expect(s.restored).toBe(false);
    expect(s.trace).toBe(seedTrace);
    expect(s.objects).toEqual([seedPod]);
    expect(s.stale).toBe(false);
    expect(engine.simulate).toHaveBeenCalledWith([seedPod], [], { until: 600_000, seed: 1 });
  });

  it('hands the engine the current text to warm up with when the learner reaches for the editor', () => {
    const warmUp = vi.fn();
    const store = createPlaygroundStore({ engine: { ...testEngine(), warmUp }, storage: memoryStorage() });
    store.getState().setText('kind: Pod # edited');
    store.getState().warmUp();
    expect(warmUp).toHaveBeenCalledWith('kind: Pod # edited', [], { until: 600_000, seed: 1, at: 0 });
  });

  it('restores saved text instead of the seed', () => {
    const storage = memoryStorage({ [SOURCE_STORAGE_KEY]: 'kind: Pod # mine' });
    const s = createPlaygroundStore({ engine: testEngine(), storage }).getState();
    expect(s.text).toBe('kind: Pod # mine');
    expect(s.restored).toBe(true);
  });

  it('autosaves every text change', () => {
    const storage = memoryStorage();
    const store = createPlaygroundStore({ engine: testEngine(), storage });
    store.getState().setText('apiVersion: v1');
    expect(storage.data.get(SOURCE_STORAGE_KEY)).toBe('apiVersion: v1');
  });

  it('keeps the last valid simulation, marked stale, while the text has errors', () => {
    const engine = testEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    store.getState().setText('kind: Pood');
    store.getState().recompute();
    const s = store.getState();
    expect(s.stale).toBe(true);
    expect(s.trace).toBe(seedTrace);
    expect(s.objects).toEqual([seedPod]);
    expect(s.parse.diagnostics).toEqual([badKind]);
    expect(engine.simulate).toHaveBeenCalledTimes(1);
  });

  it('is not stale when no valid text was ever seen', () => {
    const storage = memoryStorage({ [SOURCE_STORAGE_KEY]: 'kind: Pood' });
    const s = createPlaygroundStore({ engine: testEngine(), storage }).getState();
    expect(s.stale).toBe(false);
    expect(s.trace).toBeNull();
    expect(s.parse.diagnostics).toEqual([badKind]);
  });

  it('clears the stale mark when the text is fixed', () => {
    const store = createPlaygroundStore({ engine: testEngine(), storage: memoryStorage() });
    store.getState().setText('kind: Pood');
    store.getState().recompute();
    store.getState().setText('kind: Pod');
    store.getState().recompute();
    expect(store.getState().stale).toBe(false);
    expect(store.getState().parse.diagnostics).toEqual([]);
  });

  it('keeps the player time across a recompute, clamped to the new trace', () => {
    const engine = testEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    store.getState().setTime(4200);
    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    expect(store.getState().t).toBe(4200);

    engine.simulate.mockReturnValue({ ...seedTrace, until: 2000 });
    store.getState().setText('kind: Pod\n\n');
    store.getState().recompute();
    expect(store.getState().t).toBe(2000);
  });

  it('reports a simulation crash without dropping the last trace', () => {
    const engine = testEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    engine.simulate.mockImplementation(() => {
      throw new Error('budget exceeded');
    });
    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    expect(store.getState().simError).toBe('budget exceeded');
    expect(store.getState().trace).toBe(seedTrace);
  });
});

describe('simulating in a worker', () => {
  /** An engine whose answers come when the test resolves them (a worker, as the app has). */
  function asyncEngine() {
    const sync = testEngine();
    const calls: {
      text: string;
      at: number | undefined;
      resolve(t: typeof seedTrace): void;
      early(t: typeof seedTrace): void;
      reject(e: Error): void;
    }[] = [];
    const engine: Engine = {
      eventTimes: sync.eventTimes,
      analyze: (text, inputs, opts, early) =>
        new Promise<Analysis>((resolve, reject) => {
          const answer = sync.analyze(text, inputs, opts) as Analysis;
          // A text with errors has no trace, whatever the test resolves it with.
          calls.push({
            text,
            at: opts.at,
            resolve: (trace) => resolve({ ...answer, trace: answer.trace && trace }),
            early: (trace) => early?.({ ...answer, trace }),
            reject,
          });
        }),
    };
    return { engine, calls };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('asks the same question only once (a debounced recompute after the text was already asked)', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    store.getState().recompute();
    expect(calls.map((c) => c.text)).toEqual([SEED_MANIFEST, 'kind: Pod\n']);
    calls[1].resolve(seedTrace);
    await store.getState().settled();
    store.getState().recompute();
    expect(calls).toHaveLength(2);
    // Replacing the text with the same text drops the run: it is asked again.
    store.getState().replaceText('kind: Pod\n');
    expect(calls).toHaveLength(3);
    expect(store.getState().computing).toBe(true);
  });

  it('shows an early, partial answer at once and keeps computing until the whole run comes', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    calls[0].resolve(seedTrace);
    await store.getState().settled();
    store.getState().setTime(3000);
    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    expect(calls[1].at).toBe(3000); // the worker covers the learner's time first
    const partial = { ...seedTrace, until: 600_000, complete: 13_000 };
    calls[1].early(partial);
    expect(store.getState()).toMatchObject({ trace: partial, computing: true, t: 3000, stale: false });
    let settled = false;
    void store
      .getState()
      .settled()
      .then(() => (settled = true));
    // Time stops where the early trace does: nothing later is known yet...
    store.getState().setTime(50_000);
    expect(store.getState().t).toBe(13_000);
    // Playing on waits there, still playing, for the whole run.
    store.getState().setTime(12_000);
    store.getState().play();
    for (let i = 0; i < 6; i++) store.getState().tick(250);
    expect(store.getState()).toMatchObject({ t: 13_000, playing: true });
    const whole = { ...seedTrace, until: 600_000 };
    calls[1].resolve(whole);
    await flush();
    expect(settled).toBe(true);
    expect(store.getState()).toMatchObject({ trace: whole, computing: false, playing: true });
    store.getState().tick(250);
    expect(store.getState().t).toBe(13_250);
  });

  it('moves on to a time asked for past the early trace once the whole run comes', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    calls[0].early({ ...seedTrace, until: 600_000, complete: 10_000 });
    store.getState().setTime(120_000);
    expect(store.getState().t).toBe(10_000);
    calls[0].resolve({ ...seedTrace, until: 600_000 });
    await store.getState().settled();
    expect(store.getState().t).toBe(120_000);
    // Moving the time again meanwhile (back to the start) drops the request.
    store.getState().setText('kind: Pod # 2\n');
    store.getState().recompute();
    calls[1].early({ ...seedTrace, until: 600_000, complete: 10_000 });
    store.getState().setTime(300_000);
    store.getState().toStart();
    calls[1].resolve({ ...seedTrace, until: 600_000 });
    await store.getState().settled();
    expect(store.getState().t).toBe(0);
    // A time within what is known is simply taken: nothing is pending afterwards.
    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    calls[2].early({ ...seedTrace, until: 600_000, complete: 130_000 });
    store.getState().setTime(5_000);
    calls[2].resolve({ ...seedTrace, until: 600_000 });
    await store.getState().settled();
    expect(store.getState().t).toBe(5_000);
  });

  it('shows the result when the worker answers, and says it is computing until then', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    expect(store.getState()).toMatchObject({ trace: null, computing: true });
    calls[0].resolve(seedTrace);
    await store.getState().settled();
    expect(store.getState()).toMatchObject({ trace: seedTrace, computing: false, objects: [seedPod] });

    store.getState().setText('kind: Pod\n');
    store.getState().recompute();
    expect(calls.map((c) => c.text)).toEqual([SEED_MANIFEST, 'kind: Pod\n']);
    const next = { ...seedTrace, until: 900_000 };
    calls[1].resolve(next);
    await flush();
    expect(store.getState().trace).toBe(next);
  });

  it('drops a result that a newer edit superseded', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    calls[0].resolve(seedTrace);
    store.getState().setText('kind: Pod # one');
    store.getState().recompute();
    store.getState().setText('kind: Pod # two');
    store.getState().recompute();
    const two = { ...seedTrace, until: 700_000 };
    calls[2].resolve(two);
    calls[1].resolve({ ...seedTrace, until: 800_000 });
    await flush();
    expect(store.getState().trace).toBe(two);
  });

  it('drops a pending result once the text has errors', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    calls[0].resolve(seedTrace);
    await flush();
    store.getState().setText('kind: Pod # one');
    store.getState().recompute();
    store.getState().setText('kind: Pood');
    store.getState().recompute();
    calls[1].resolve({ ...seedTrace, until: 800_000 });
    calls[2].resolve(seedTrace);
    await flush();
    expect(store.getState()).toMatchObject({ trace: seedTrace, stale: true });
  });

  it('reports a worker failure', async () => {
    const { engine, calls } = asyncEngine();
    const store = createPlaygroundStore({ engine, storage: memoryStorage() });
    calls[0].resolve(seedTrace);
    await flush();
    store.getState().setText('kind: Pod # one');
    store.getState().recompute();
    calls[1].reject(new Error('budget'));
    await flush();
    expect(store.getState()).toMatchObject({ simError: 'budget', trace: seedTrace });
  });
});

describe('player actions', () => {
  const make = () => createPlaygroundStore({ engine: testEngine(), storage: memoryStorage() });

  it('steps between event times and pauses', () => {
    const store = make();
    store.getState().play();
    store.getState().stepNext();
    expect(store.getState()).toMatchObject({ t: 1000, playing: false });
    store.getState().stepNext();
    expect(store.getState().t).toBe(3000);
    store.getState().stepPrev();
    expect(store.getState().t).toBe(1000);
  });

  it('jumps to the start and the end', () => {
    const store = make();
    store.getState().toEnd();
    expect(store.getState().t).toBe(600_000);
    store.getState().toStart();
    expect(store.getState().t).toBe(0);
  });

  it('advances only while playing, and stops at the end', () => {
    const store = make();
    store.getState().tick(100);
    expect(store.getState().t).toBe(0);
    store.getState().setSpeed(10);
    store.getState().play();
    store.getState().tick(100);
    expect(store.getState().t).toBe(1000);
    store.getState().setTime(599_900);
    store.getState().tick(100);
    expect(store.getState()).toMatchObject({ t: 600_000, playing: false });
  });

  it('restarts from zero when play is pressed at the end', () => {
    const store = make();
    store.getState().toEnd();
    store.getState().togglePlay();
    expect(store.getState()).toMatchObject({ t: 0, playing: true });
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('changes speed within the allowed steps', () => {
    const store = make();
    store.getState().faster();
    store.getState().faster();
    expect(store.getState().speed).toBe(5);
    store.getState().slower();
    expect(store.getState().speed).toBe(2);
  });

  it('remembers the selected diagram node', () => {
    const store = make();
    store.getState().select('container:init-mydb');
    expect(store.getState().selected).toBe('container:init-mydb');
    store.getState().select(null);
    expect(store.getState().selected).toBe(null);
  });
});
