// Recent scenarios, so replacing the editor's content (opening a link, importing a file, restoring
// an older one) never loses work: what was there goes here first. Newest first, at most 10, in
// localStorage. Entries are read back as untrusted data (another tab or version may have written).
import type { TextStorage } from '../store/persist';
import type { ScenarioInput } from './link';

export interface HistoryEntry {
  /** Wall-clock ms when it was put aside. */
  savedAt: number;
  text: string;
  inputs: ScenarioInput[];
}

export const HISTORY_STORAGE_KEY = 'podlab.history.v1';
export const HISTORY_LIMIT = 10;

const sameWork = (a: Omit<HistoryEntry, 'savedAt'>, b: Omit<HistoryEntry, 'savedAt'>) =>
  a.text === b.text && JSON.stringify(a.inputs) === JSON.stringify(b.inputs);

function isEntry(x: unknown): x is HistoryEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.savedAt === 'number' &&
    typeof e.text === 'string' &&
    Array.isArray(e.inputs) &&
    e.inputs.every(
      (i: unknown) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as ScenarioInput).t === 'number' &&
        typeof (i as ScenarioInput).command === 'string',
    )
  );
}

export function loadHistory(storage: TextStorage | null): HistoryEntry[] {
  try {
    const raw = storage?.getItem(HISTORY_STORAGE_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

function saveHistory(storage: TextStorage | null, entries: HistoryEntry[]): void {
  // Oldest entries go first when the quota is tight: better fewer entries than none.
  for (let n = entries.length; n > 0; n--) {
    try {
      storage?.setItem(HISTORY_STORAGE_KEY, JSON.stringify(entries.slice(0, n)));
      return;
    } catch {
      // quota: try with fewer
    }
  }
}

/**
 * Put `work` at the top of the history (moving it up if it is already there). Blank work is not
 * worth keeping. Returns the new list.
 */
export function pushHistory(storage: TextStorage | null, work: HistoryEntry): HistoryEntry[] {
  const current = loadHistory(storage);
  if (work.text.trim() === '') return current;
  const next = [work, ...current.filter((e) => !sameWork(e, work))].slice(0, HISTORY_LIMIT);
  saveHistory(storage, next);
  return next;
}

export function removeHistory(storage: TextStorage | null, savedAt: number): HistoryEntry[] {
  const next = loadHistory(storage).filter((e) => e.savedAt !== savedAt);
  saveHistory(storage, next);
  if (next.length === 0) {
    try {
      storage?.setItem(HISTORY_STORAGE_KEY, '[]');
    } catch {
      // nothing to keep anyway
    }
  }
  return next;
}

/** A short name for an entry: the first object's kind/name, else its first non-empty line. */
export function entryTitle(text: string): string {
  const kind = /^kind:\s*(\S+)/m.exec(text)?.[1];
  const name = /^metadata:\s*\n(?:[ \t]+.*\n)*?[ \t]+name:\s*['"]?([^'"\s#]+)/m.exec(text)?.[1];
  if (kind && name) return `${kind.toLowerCase()}/${name}`;
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.trim().slice(0, 60);
}
