// A tiny translation layer: two dictionaries with the same keys and `{name}` placeholders.
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ko };

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Saved choice first, then the browser's language, then English. */
export function detectLang(saved: string | null, navigatorLanguages: readonly string[]): Lang {
  if (saved === 'en' || saved === 'ko') return saved;
  for (const l of navigatorLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}
