import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { detectLang, translate } from './translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const enKeys = Object.keys(en).sort();
    const koKeys = Object.keys(ko).sort();
    expect(koKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !koKeys.includes(k))).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const [k, v] of [...Object.entries(en), ...Object.entries(ko)]) {
      expect(v.trim(), k).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'problems.line', { line: 7 })).toBe('Line 7');
    expect(translate('ko', 'problems.line', { line: 7 })).toBe('7행');
  });

  it('leaves unknown placeholders visible', () => {
    expect(translate('en', 'problems.reveal', { line: 2 })).toBe('Show line 2: {message}');
  });

  it('returns the template without params', () => {
    expect(translate('en', 'player.play')).toBe('Play');
  });
});

describe('detectLang', () => {
  it('prefers the saved choice', () => {
    expect(detectLang('ko', ['en-US'])).toBe('ko');
    expect(detectLang('en', ['ko-KR'])).toBe('en');
  });

  it('ignores a saved value that is not a language', () => {
    expect(detectLang('fr', ['ko-KR'])).toBe('ko');
  });

  it('uses the first supported browser language', () => {
    expect(detectLang(null, ['fr-FR', 'ko-KR', 'en'])).toBe('ko');
    expect(detectLang(null, ['en-GB', 'ko'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(detectLang(null, ['de-DE'])).toBe('en');
    expect(detectLang(null, [])).toBe('en');
  });
});
