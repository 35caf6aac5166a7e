// A tiny Vite plugin: after the build, write sw.js with the list of every file the build emitted
// plus the public folder's files. No PWA plugin: the whole mechanism is this file and
// serviceWorkerSource.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './serviceWorkerSource';

export const SERVICE_WORKER_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out; // no public folder
  }
  for (const name of names) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(filesUnder(path)) : out.concat(path);
  }
  return out;
}

/** The files to precache: the bundle's (minus source maps) and the public folder's, sorted. */
export function precacheList(bundleFiles: readonly string[], publicFiles: readonly string[]): string[] {
  const keep = (f: string) => !f.endsWith('.map') && f !== SERVICE_WORKER_FILE;
  return [...new Set([...bundleFiles, ...publicFiles].filter(keep))].sort();
}

export function precacheServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'podlab-precache-service-worker',
    apply: 'build',
    // After Vite's own HTML plugin, so index.html is in the bundle we list.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicPaths = publicDir ? filesUnder(publicDir) : [];
      const publicFiles = publicPaths.map((p) => relative(publicDir, p).split(sep).join('/'));
      const files = precacheList(Object.keys(bundle), publicFiles);
      // The version changes whenever any file does, so a new build replaces the old cache.
      const hash = createHash('sha256');
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      for (const p of publicPaths.sort()) hash.update(readFileSync(p));
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: serviceWorkerSource(version, files),
      });
    },
  };
}
