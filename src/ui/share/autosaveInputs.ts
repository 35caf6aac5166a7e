// Never lose work, console half: the editor text autosaves in the store; the console commands
// (timestamped inputs) are saved here, beside it, and restored at startup.
import type { TextStorage } from '../store/persist';
import type { PlaygroundStore } from '../store/store';
import { validateScenario } from './link';

export const INPUTS_STORAGE_KEY = 'podlab.inputs.v1';

/** Put back the saved console commands (validated like a link: storage is shared with other tabs). */
export function restoreInputs(store: PlaygroundStore, storage: TextStorage | null): void {
  let inputs: unknown;
  try {
    const raw = storage?.getItem(INPUTS_STORAGE_KEY);
    if (!raw) return;
    inputs = JSON.parse(raw);
  } catch {
    return; // blocked storage or damaged data: start without console commands
  }
  const checked = validateScenario({ v: 1, text: '', inputs, seed: 0, t: 0, panel: null });
  if (!checked || checked === 'tooLarge' || checked.inputs.length === 0) return;
  store.setState({ inputs: checked.inputs });
  store.getState().recompute();
}

/** Save the console commands whenever they change. Returns the unsubscribe function. */
export function autosaveInputs(store: PlaygroundStore, storage: TextStorage | null): () => void {
  return store.subscribe((s, prev) => {
    if (s.inputs === prev.inputs) return;
    try {
      storage?.setItem(INPUTS_STORAGE_KEY, JSON.stringify(s.inputs));
    } catch {
      // quota or blocked storage: the commands stay in memory
    }
  });
}
