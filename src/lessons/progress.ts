// Which exercises a learner has finished, kept in localStorage-like storage (injected, so tests and
// the core stay DOM-free). Unknown or corrupt data reads as "nothing done" rather than failing.
export const PROGRESS_KEY = 'podlab.lessons.progress';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Progress {
  done: string[];
}

export function readProgress(storage: KeyValueStorage | null): Progress {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (!raw) return { done: [] };
    const data: unknown = JSON.parse(raw);
    const done = (data as { done?: unknown })?.done;
    return { done: Array.isArray(done) ? done.filter((x): x is string => typeof x === 'string') : [] };
  } catch {
    return { done: [] };
  }
}

export function writeProgress(storage: KeyValueStorage | null, progress: Progress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // storage full or disabled: progress lives for this visit only
  }
}

export function markDone(progress: Progress, id: string): Progress {
  return progress.done.includes(id) ? progress : { done: [...progress.done, id] };
}

export function resetProgress(): Progress {
  return { done: [] };
}
