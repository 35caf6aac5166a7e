import { describe, expect, it } from 'vitest';
import type { TextStorage } from '../store/persist';
import {
  entryTitle,
  HISTORY_LIMIT,
  HISTORY_STORAGE_KEY,
  loadHistory,
  pushHistory,
  removeHistory,
} from './history';

function memory(): TextStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: b\n  name: ${name}\n`;

describe('history', () => {
  it('keeps the newest first and at most ten entries', () => {
    const s = memory();
    for (let i = 0; i < 12; i++) pushHistory(s, { savedAt: i, text: pod(`p${i}`), inputs: [] });
    const list = loadHistory(s);
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0].text).toBe(pod('p11'));
    expect(list.at(-1)?.text).toBe(pod('p2'));
  });

  it('moves the same work to the top instead of duplicating it', () => {
    const s = memory();
    pushHistory(s, { savedAt: 1, text: pod('a'), inputs: [] });
    pushHistory(s, { savedAt: 2, text: pod('b'), inputs: [] });
    pushHistory(s, { savedAt: 3, text: pod('a'), inputs: [] });
    expect(loadHistory(s).map((e) => [e.savedAt, entryTitle(e.text)])).toEqual([
      [3, 'pod/a'],
      [2, 'pod/b'],
    ]);
  });

  it('does not keep blank work', () => {
    const s = memory();
    expect(pushHistory(s, { savedAt: 1, text: '  \n', inputs: [] })).toEqual([]);
  });

  it('removes an entry', () => {
    const s = memory();
    pushHistory(s, { savedAt: 1, text: pod('a'), inputs: [] });
    expect(removeHistory(s, 1)).toEqual([]);
    expect(loadHistory(s)).toEqual([]);
  });

  it('reads damaged storage as empty and skips malformed entries', () => {
    const s = memory();
    s.data.set(HISTORY_STORAGE_KEY, '{not json');
    expect(loadHistory(s)).toEqual([]);
    s.data.set(
      HISTORY_STORAGE_KEY,
      JSON.stringify([{ savedAt: 'x' }, { savedAt: 1, text: 'a', inputs: [] }]),
    );
    expect(loadHistory(s)).toEqual([{ savedAt: 1, text: 'a', inputs: [] }]);
    expect(loadHistory(null)).toEqual([]);
  });

  it('drops the oldest entries when storage is full', () => {
    const s = memory();
    pushHistory(s, { savedAt: 1, text: pod('a'), inputs: [] });
    const small: TextStorage = {
      getItem: s.getItem,
      setItem: (k, v) => {
        if (v.length > 120) throw new Error('QuotaExceededError');
        s.setItem(k, v);
      },
    };
    pushHistory(small, { savedAt: 2, text: pod('b'), inputs: [] });
    expect(loadHistory(s).map((e) => e.savedAt)).toEqual([2]);
  });
});

describe('entryTitle', () => {
  it('names the first object', () => {
    expect(entryTitle(pod('myapp-pod'))).toBe('pod/myapp-pod');
  });
  it('falls back to the first line', () => {
    expect(entryTitle('\n# my notes\nfoo')).toBe('# my notes');
  });
});
