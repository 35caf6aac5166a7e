// What a link in the address bar does when the page opens. The link's scenario replaces the
// editor's, but the learner's own (autosaved) work first goes to the history, so nothing is lost.
import { SEED_MANIFEST } from '../store/seed';
import type { TextStorage } from '../store/persist';
import type { PlaygroundStore } from '../store/store';
import { pushHistory } from './history';
import { readLinkHash, type LinkError, type Scenario } from './link';
import { applyScenario } from './scenario';

export type StartupLink =
  | { kind: 'none' }
  | { kind: 'opened'; scenario: Scenario; keptPrevious: boolean }
  | { kind: 'refused'; reason: LinkError };

export function openLinkAtStartup(
  store: PlaygroundStore,
  hash: string,
  opts: { storage: TextStorage | null; now: number; keepHistory: boolean },
): StartupLink {
  const seed = store.getState().seed;
  const link = readLinkHash(hash, seed);
  if (link.kind === 'none') return { kind: 'none' };
  if (link.kind === 'error') return { kind: 'refused', reason: link.reason };
  const { scenario } = link;
  const before = store.getState();
  const differs = before.text !== scenario.text || before.inputs.length > 0;
  const worthKeeping = before.text !== SEED_MANIFEST || before.inputs.length > 0;
  let keptPrevious = false;
  if (opts.keepHistory && differs && worthKeeping) {
    pushHistory(opts.storage, {
      savedAt: opts.now,
      text: before.text,
      inputs: before.inputs.map((i) => ({ ...i })),
    });
    keptPrevious = true;
  }
  applyScenario(store, scenario);
  return { kind: 'opened', scenario, keptPrevious };
}
