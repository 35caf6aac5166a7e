// The UI language: detected once, switchable, remembered in localStorage.
import { useCallback } from 'react';
import { create } from 'zustand';
import type { MessageKey } from './en';
import { detectLang, translate, type Lang, type Params } from './translate';

export type { Lang, MessageKey, Params };
export { translate, detectLang, LANGS } from './translate';

export const LANG_STORAGE_KEY = 'podlab.lang';

function safeGet(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled (privacy mode): fall back to detection
  }
}

function initialLang(): Lang {
  const nav = globalThis.navigator;
  const langs = nav ? (nav.languages?.length ? nav.languages : [nav.language]) : [];
  return detectLang(safeGet(LANG_STORAGE_KEY), langs);
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const useLang = create<LangState>((set) => ({
  lang: initialLang(),
  setLang(lang) {
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // not saved; the switch still works for this visit
    }
    set({ lang });
  },
}));

export type T = (key: MessageKey, params?: Params) => string;

/** Hook: a translate function bound to the current language. */
export function useT(): T {
  const lang = useLang((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
