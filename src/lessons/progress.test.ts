import { describe, expect, it } from 'vitest';
import {
  markDone,
  PROGRESS_KEY,
  readProgress,
  resetProgress,
  writeProgress,
  type KeyValueStorage,
} from './progress';

function memory(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('progress', () => {
  it('starts empty and round-trips through storage', () => {
    const storage = memory();
    expect(readProgress(storage)).toEqual({ done: [] });
    writeProgress(storage, markDone(markDone(resetProgress(), 'a'), 'b'));
    expect(readProgress(storage)).toEqual({ done: ['a', 'b'] });
  });

  it('marks an exercise done once', () => {
    const p = markDone({ done: ['a'] }, 'a');
    expect(p.done).toEqual(['a']);
  });

  it('reads corrupt or foreign data as nothing done', () => {
    expect(readProgress(memory({ [PROGRESS_KEY]: '{not json' }))).toEqual({ done: [] });
    expect(readProgress(memory({ [PROGRESS_KEY]: '{"done": [1, "x"]}' }))).toEqual({ done: ['x'] });
    expect(readProgress(memory({ [PROGRESS_KEY]: 'null' }))).toEqual({ done: [] });
    expect(readProgress(null)).toEqual({ done: [] });
  });

  it('survives a storage that throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readProgress(broken)).toEqual({ done: [] });
    expect(() => writeProgress(broken, { done: ['a'] })).not.toThrow();
  });
});
