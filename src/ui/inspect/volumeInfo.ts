// What is in a volume at t and who touched it, from the file activity up to t. The simulator records
// writes and reads (not contents), at most one per path per second, so this says "who wrote what".
import type { Activity, Millis } from '../../core/trace/types';

export interface VolumeFile {
  path: string;
  writers: string[];
  readers: string[];
  lastWrite: { t: Millis; container: string } | null;
  lastRead: { t: Millis; container: string } | null;
}

export function volumeFiles(
  activity: readonly Activity[],
  podName: string,
  volume: string,
  t: Millis,
): VolumeFile[] {
  const files = new Map<string, VolumeFile>();
  for (const a of activity) {
    if (a.t > t) break;
    if ((a.kind !== 'file-write' && a.kind !== 'file-read') || a.pod !== podName || a.volume !== volume)
      continue;
    let f = files.get(a.path);
    if (!f)
      files.set(a.path, (f = { path: a.path, writers: [], readers: [], lastWrite: null, lastRead: null }));
    const who = a.kind === 'file-write' ? f.writers : f.readers;
    if (!who.includes(a.container)) who.push(a.container);
    if (a.kind === 'file-write') f.lastWrite = { t: a.t, container: a.container };
    else f.lastRead = { t: a.t, container: a.container };
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
