import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { eventTimes } from '../../core/trace/frame';
import type { TextStorage } from '../store/persist';
import { createPlaygroundStore } from '../store/store';
import { localEngine } from '../store/engine';
import { autosaveInputs, INPUTS_STORAGE_KEY, restoreInputs } from './autosaveInputs';

const engine = localEngine({ parse: parseManifests, simulate, eventTimes });
function memory(initial: Record<string, string> = {}): TextStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const CMD = 'kubectl create service clusterip myservice --tcp=80:9376';

describe('console inputs autosave', () => {
  it('saves inputs as they change and restores them into a new store', () => {
    const storage = memory();
    const store = createPlaygroundStore({ engine, storage });
    autosaveInputs(store, storage);
    store.setState({ t: 12_000 });
    store.getState().addInput(CMD);
    expect(JSON.parse(storage.data.get(INPUTS_STORAGE_KEY) ?? '[]')).toEqual([{ t: 12_000, command: CMD }]);

    const next = createPlaygroundStore({ engine, storage });
    restoreInputs(next, storage);
    expect(next.getState().inputs).toEqual([{ t: 12_000, command: CMD }]);
    expect(next.getState().trace?.actions.map((a) => a.command)).toContain(CMD);
  });

  it('ignores damaged or malicious saved data', () => {
    for (const raw of ['{oops', '[{"t":-5,"command":"x"}]', '{"t":1}', '[]']) {
      const storage = memory({ [INPUTS_STORAGE_KEY]: raw });
      const store = createPlaygroundStore({ engine, storage });
      restoreInputs(store, storage);
      expect(store.getState().inputs).toEqual([]);
    }
  });
});
