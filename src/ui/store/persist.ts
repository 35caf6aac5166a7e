// Never lose work: the editor text lives in localStorage as well as in memory.

/** The part of the Storage API we use (so tests can pass a Map-backed fake). */
export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const SOURCE_STORAGE_KEY = 'podlab.source.v1';

export function loadSource(
  storage: TextStorage | null,
  fallback: string,
): { text: string; restored: boolean } {
  try {
    const saved = storage?.getItem(SOURCE_STORAGE_KEY);
    if (saved != null) return { text: saved, restored: saved !== fallback };
  } catch {
    // storage blocked: start from the fallback
  }
  return { text: fallback, restored: false };
}

export function saveSource(storage: TextStorage | null, text: string): void {
  try {
    storage?.setItem(SOURCE_STORAGE_KEY, text);
  } catch {
    // quota exceeded or storage blocked: keep working in memory
  }
}

/** localStorage when the browser lets us use it. */
export function browserStorage(): TextStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
