import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { eventTimes } from '../../core/trace/frame';
import { SOURCE_STORAGE_KEY, type TextStorage } from '../store/persist';
import { SEED_MANIFEST, SEED_SERVICES } from '../store/seed';
import { createPlaygroundStore } from '../store/store';
import { localEngine } from '../store/engine';
import { openLinkAtStartup } from './boot';
import { HISTORY_STORAGE_KEY, loadHistory } from './history';
import { codeFragment, scenarioFragment } from './link';

const engine = localEngine({ parse: parseManifests, simulate, eventTimes });

function memory(initial: Record<string, string> = {}): TextStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const MINE = SEED_MANIFEST.replace('myapp-pod', 'my-own-pod');
const SHARED = SEED_MANIFEST + SEED_SERVICES;

describe('openLinkAtStartup', () => {
  it('opens a whole scenario: text, inputs, seed, time', () => {
    const storage = memory();
    const store = createPlaygroundStore({ engine, storage });
    const inputs = [{ t: 20_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' }];
    const hash = scenarioFragment({ text: SEED_MANIFEST, inputs, seed: 3, t: 25_000, panel: 'logs' });
    const r = openLinkAtStartup(store, hash, { storage, now: 5, keepHistory: true });
    expect(r).toMatchObject({ kind: 'opened', keptPrevious: false, scenario: { panel: 'logs' } });
    const s = store.getState();
    expect(s.inputs).toEqual(inputs);
    expect(s.seed).toBe(3);
    expect(s.t).toBe(25_000);
    expect(s.trace?.actions.map((a) => a.command)).toContain(inputs[0].command);
    // The seed is not worth a history entry.
    expect(storage.data.has(HISTORY_STORAGE_KEY)).toBe(false);
  });

  it("keeps the learner's own work in the history before opening a link", () => {
    const storage = memory({ [SOURCE_STORAGE_KEY]: MINE });
    const store = createPlaygroundStore({ engine, storage });
    const r = openLinkAtStartup(store, codeFragment(SHARED), { storage, now: 42, keepHistory: true });
    expect(r).toMatchObject({ kind: 'opened', keptPrevious: true });
    expect(store.getState().text).toBe(SHARED);
    expect(storage.data.get(SOURCE_STORAGE_KEY)).toBe(SHARED);
    expect(loadHistory(storage)).toEqual([{ savedAt: 42, text: MINE, inputs: [] }]);
  });

  it('does not duplicate work that equals the link', () => {
    const storage = memory({ [SOURCE_STORAGE_KEY]: MINE });
    const store = createPlaygroundStore({ engine, storage });
    openLinkAtStartup(store, codeFragment(MINE), { storage, now: 1, keepHistory: true });
    expect(loadHistory(storage)).toEqual([]);
  });

  it('refuses a tampered link and leaves everything as it was', () => {
    const storage = memory({ [SOURCE_STORAGE_KEY]: MINE });
    const store = createPlaygroundStore({ engine, storage });
    const hash = scenarioFragment({ text: SHARED, inputs: [], seed: 1, t: 0, panel: null });
    const r = openLinkAtStartup(store, hash.slice(0, -8), { storage, now: 1, keepHistory: true });
    expect(r).toMatchObject({ kind: 'refused' });
    expect(store.getState().text).toBe(MINE);
    expect(loadHistory(storage)).toEqual([]);
  });

  it('ignores other fragments', () => {
    const store = createPlaygroundStore({ engine, storage: null });
    expect(openLinkAtStartup(store, '#top', { storage: null, now: 1, keepHistory: true })).toEqual({
      kind: 'none',
    });
  });
});
