// Light and dark: follow the system unless the learner picks one. The choice is an attribute on
// <html> (`data-theme`), which share.css maps to the same colour variables app.css defines.
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'podlab.theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function savedChoice(): ThemeChoice {
  try {
    const saved = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return CHOICES.includes(saved as ThemeChoice) ? (saved as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Whether the page ends up dark for a choice. */
export function isDark(choice: ThemeChoice, systemDark: boolean): boolean {
  return choice === 'dark' || (choice === 'system' && systemDark);
}

/** Monaco themes itself from the system setting; tell it when the learner overrides that. */
function themeEditor(choice: ThemeChoice): void {
  if (!globalThis.document?.querySelector('.monaco-editor')) return;
  const dark = isDark(choice, prefersDark());
  void import('monaco-editor/esm/vs/editor/editor.api').then((m) =>
    m.editor.setTheme(dark ? 'vs-dark' : 'vs'),
  );
}

export function applyTheme(choice: ThemeChoice): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  themeEditor(choice);
}

/** Theme each editor as it appears (Monaco loads lazily, and presenter mode opens one on demand). */
export function themeEditorsAsTheyAppear(): void {
  if (typeof MutationObserver === 'undefined' || !globalThis.document?.body) return;
  new MutationObserver((mutations) => {
    const choice = useTheme.getState().choice;
    if (choice === 'system') return;
    const added = mutations.some((m) =>
      [...m.addedNodes].some((n) => n instanceof Element && n.classList.contains('monaco-editor')),
    );
    if (added) themeEditor(choice);
  }).observe(globalThis.document.body, { childList: true, subtree: true });
  // The editor follows system changes by itself; a forced choice wins right after it.
  globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const choice = useTheme.getState().choice;
    if (choice !== 'system') setTimeout(() => themeEditor(choice), 0);
  });
}

interface ThemeState {
  choice: ThemeChoice;
  setChoice(choice: ThemeChoice): void;
}

export const useTheme = create<ThemeState>((set) => ({
  choice: savedChoice(),
  setChoice(choice) {
    try {
      globalThis.localStorage?.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // not remembered; still applied for this visit
    }
    applyTheme(choice);
    set({ choice });
  },
}));

export { CHOICES as THEME_CHOICES };
