// The app's store instance and the hook components read it through.
import { useStore } from 'zustand';
import { browserStorage } from './persist';
import { realEngine } from './realEngine';
import { createPlaygroundStore, type PlaygroundState } from './store';
import { currentView } from '../share/mode';

export type { PlaygroundState } from './store';

// An embed (`?embed`, in someone's course page) shows its link's scenario and never autosaves over
// the learner's own work.
export const playground = createPlaygroundStore({
  engine: realEngine,
  storage: currentView().mode === 'embed' ? null : browserStorage(),
});

export function usePlayground<T>(selector: (s: PlaygroundState) => T): T {
  return useStore(playground, selector);
}

/** Test hook (e2e): set the editor text and recompute at once, read the state. */
export interface PodlabTestHook {
  setText(text: string): void;
  getState(): PlaygroundState;
}

export function installTestHook(target: { __podlab?: PodlabTestHook }): void {
  target.__podlab = {
    setText(text) {
      playground.getState().setText(text);
      playground.getState().recompute();
    },
    getState: () => playground.getState(),
  };
}
