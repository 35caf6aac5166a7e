// Finding a command: busybox applets are files in /bin whose content marks them as applets; any other
// file found by path is run as a shell script.
import type { Applet, AppletCtx } from './applet';
import type { Gen } from './io';
import { APPLETS } from './applets/registry';
import type { Filesystem } from '../vfs/filesystem';
import { basename, normalizePath } from '../vfs/path';
import { currentTreesVersion } from '../vfs/tree';

/** Content of an applet's file in an image (a stand-in for the busybox binary hard link). */
export const APPLET_MARKER = '\u007fELF busybox applet\n';

export type FoundCommand =
  | { kind: 'applet'; applet: string; run: Applet; path: string }
  | { kind: 'script'; text: string; path: string }
  | { kind: 'missing' }
  | { kind: 'denied' };

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Commands already found, per filesystem, while no tree has changed: a loop looks up the same few
 * names thousands of times, each through every $PATH directory. Keyed cwd -> PATH -> name (nested
 * maps: the PATH string is the same object every time, so hashing it is free). */
interface FoundMemo {
  version: number;
  size: number;
  byCwd: Map<string, Map<string, Map<string, FoundCommand>>>;
}
const foundCache = new WeakMap<Filesystem, FoundMemo>();

/** Where `name` is found through `path` (a $PATH value); the result is shared: do not change it. */
export function findCommand(fs: Filesystem, name: string, path: string, cwd = '/'): FoundCommand {
  const version = currentTreesVersion();
  let memo = foundCache.get(fs);
  // A new version, or a script trying endless names: start over.
  if (!memo || memo.version !== version || memo.size >= 256)
    foundCache.set(fs, (memo = { version, size: 0, byCwd: new Map() }));
  let byPath = memo.byCwd.get(cwd);
  if (!byPath) memo.byCwd.set(cwd, (byPath = new Map()));
  let byName = byPath.get(path);
  if (!byName) byPath.set(path, (byName = new Map()));
  let result = byName.get(name);
  if (!result) {
    byName.set(name, (result = searchCommand(fs, name, path, cwd)));
    memo.size++;
  }
  return result;
}

/** The directories of a $PATH value, normalized from `cwd`, per (cwd, PATH): split once. */
const pathDirs = new Map<string, Map<string, string[]>>();

function dirsOf(path: string, cwd: string): string[] {
  let byPath = pathDirs.get(cwd);
  if (!byPath || byPath.size >= 64) pathDirs.set(cwd, (byPath = new Map()));
  let dirs = byPath.get(path);
  if (!dirs)
    byPath.set(path, (dirs = (path || DEFAULT_PATH).split(':').map((d) => normalizePath(cwd, d || '.'))));
  return dirs;
}

function searchCommand(fs: Filesystem, name: string, path: string, cwd: string): FoundCommand {
  if (name === '') return { kind: 'missing' };
  if (name.includes('/')) return searchIn(fs, name, [normalizePath(cwd, name)]);
  // A plain name: `DIR/name` is already normal when DIR is (`.` and `..` go the long way).
  if (name === '.' || name === '..')
    return searchIn(
      fs,
      name,
      (path || DEFAULT_PATH).split(':').map((d) => normalizePath(cwd, `${d || '.'}/${name}`)),
    );
  for (const d of dirsOf(path, cwd)) {
    const node = fs.lookupChild(d, name);
    if (!node || node.kind === 'dir') continue;
    const p = (d === '/' ? '/' : d + '/') + name;
    if (node.content === APPLET_MARKER) {
      if (Object.hasOwn(APPLETS, name)) return { kind: 'applet', applet: name, run: APPLETS[name], path: p };
      continue;
    }
    return { kind: 'script', text: node.content, path: p };
  }
  return { kind: 'missing' };
}

function searchIn(fs: Filesystem, name: string, candidates: string[]): FoundCommand {
  for (const p of candidates) {
    const node = fs.lookup(p);
    if (!node) continue;
    if (node.kind === 'dir') {
      if (name.includes('/')) return { kind: 'denied' };
      continue;
    }
    if (node.content === APPLET_MARKER) {
      const applet = basename(p);
      if (Object.hasOwn(APPLETS, applet)) return { kind: 'applet', applet, run: APPLETS[applet], path: p };
      continue;
    }
    return { kind: 'script', text: node.content, path: p };
  }
  return { kind: 'missing' };
}

/**
 * exec(3) inside a process: run argv in place (docker-entrypoint's `exec "$@"`, `env CMD`). Returns
 * the program's own generator (not one wrapping it), so a container's PID 1 is one level shallower
 * every time it suspends and resumes.
 */
export function runArgv(ctx: AppletCtx, argv: string[]): Gen<number> {
  const path = ctx.env.find(([k]) => k === 'PATH')?.[1] ?? DEFAULT_PATH;
  const found = findCommand(ctx.kernel.fs, argv[0] ?? '', path, ctx.cwd);
  if (found.kind === 'missing' || found.kind === 'denied') return execNotFound(ctx, argv[0]);
  if (found.kind === 'script')
    return APPLETS.sh({ ...ctx, name: 'sh', argv: ['sh', found.path, ...argv.slice(1)] });
  return found.run({ ...ctx, name: found.applet, argv });
}

function* execNotFound(ctx: AppletCtx, name: string | undefined): Gen<number> {
  yield* ctx.stderr.write(`${ctx.name}: exec: ${name}: not found\n`);
  return 127;
}
