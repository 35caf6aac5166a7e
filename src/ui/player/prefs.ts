// Player preferences that only the player reads: "skip waiting".
import { create } from 'zustand';

interface PlayerPrefs {
  skipWaiting: boolean;
  toggleSkipWaiting(): void;
}

export const usePlayerPrefs = create<PlayerPrefs>()((set) => ({
  skipWaiting: false,
  toggleSkipWaiting: () => set((s) => ({ skipWaiting: !s.skipWaiting })),
}));
