// One container's view of files: a private root tree (fresh per container start) with volumes mounted
// into it. Errors carry errno names; applets turn them into busybox messages with errnoText().
import { normalizePath, splitPath } from './path';
import {
  byteLength,
  DEFAULT_DIR_MODE,
  DEFAULT_FILE_MODE,
  ensureDir,
  newDir,
  newFile,
  treeBytes,
  treesChanged,
  currentTreesVersion,
  isShared,
  unshare,
  fileBytes,
  type DirNode,
  type FileNode,
  type FsNode,
} from './tree';
import type { Mount, Volume } from './volume';

/** A single file may not grow beyond 1 MiB: keeps `yes > /data/f` from eating the tab's memory. Writes
 * past it fail with ENOSPC, as a full emptyDir would. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Errno =
  'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOSPC' | 'EROFS' | 'ENOTEMPTY' | 'EINVAL' | 'EBUSY';

const ERRNO_TEXT: Record<Errno, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EBUSY: 'Resource busy',
};

export function errnoText(code: Errno): string {
  return ERRNO_TEXT[code];
}

export class FsError extends Error {
  constructor(
    readonly code: Errno,
    readonly path: string,
  ) {
    super(`${path}: ${ERRNO_TEXT[code]}`);
  }
}

/** Where a path lives: the directory holding it, its name there, and the mount (null = image root). */
interface Located {
  parent: DirNode;
  name: string;
  mount: MountPoint | null;
  readOnly: boolean;
}

interface MountPoint {
  path: string;
  parts: string[];
  /** The directory holding the mount point, and its name there ('' for a mount at /). */
  parentPath: string;
  name: string;
  mount: Mount;
  /** The mounted node: a directory, or a single file for a file subPath mount. */
  node: FsNode;
}

export interface StatResult {
  kind: 'file' | 'dir';
  size: number;
  /** Permission bits, e.g. 0o644. */
  mode: number;
}

export class Filesystem {
  private readonly mounts: MountPoint[];

  constructor(
    readonly root: DirNode,
    mounts: Mount[],
  ) {
    const points: MountPoint[] = [];
    for (const m of mounts) {
      const path = normalizePath('/', m.mountPath);
      const parts = splitPath(path);
      let node: FsNode = m.volume.root;
      if (m.subPath) {
        // The kubelet creates a missing subPath as a directory.
        const subParts = splitPath(normalizePath('/', m.subPath));
        const existing = lookupIn(m.volume.root, subParts);
        node = existing ?? ensureDir(m.volume.root, subParts) ?? newDir();
      }
      // Make the mount point visible in its parent directory listing.
      const parent = this.ensureOwnDir(root, parts.slice(0, -1));
      if (parent && parts.length > 0 && !parent.entries.has(parts[parts.length - 1]))
        parent.entries.set(parts[parts.length - 1], node.kind === 'dir' ? newDir() : newFile());
      const slash = path.lastIndexOf('/');
      const parentPath = path === '/' ? '' : slash === 0 ? '/' : path.slice(0, slash);
      points.push({ path, parts, parentPath, name: path.slice(slash + 1), mount: m, node });
    }
    // The mount points above may have added directories to shared volume trees.
    treesChanged();
    // Longest mount path first, so nested mounts win.
    this.mounts = points.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** Name of the volume holding `path`, or null for the container's own filesystem. */
  volumeOf(path: string): string | null {
    return this.mountAt(normalizePath('/', path))?.mount.volume.name ?? null;
  }

  stat(path: string): StatResult | null {
    const node = this.lookup(path);
    if (!node) return null;
    return node.kind === 'file'
      ? { kind: 'file', size: byteLength(node.content), mode: node.mode ?? DEFAULT_FILE_MODE }
      : { kind: 'dir', size: 4096, mode: node.mode ?? DEFAULT_DIR_MODE };
  }

  /** Change permission bits; EROFS on a read-only mount. */
  chmod(path: string, mode: number): void {
    const node = this.lookup(path);
    if (!node) throw new FsError(this.lookupError(path), path);
    const abs = normalizePath('/', path);
    if (this.mountAt(abs)?.mount.readOnly) throw new FsError('EROFS', path);
    (isShared(node) ? this.own(abs) : node).mode = mode;
    treesChanged();
  }

  exists(path: string): boolean {
    return this.lookup(path) !== null;
  }

  readFile(path: string): string {
    const node = this.lookup(path);
    if (!node) throw new FsError(this.lookupError(path), path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    return node.content;
  }

  /** Write (or append to) a file, creating it if its directory exists. */
  writeFile(path: string, content: string, append = false): void {
    const loc = this.locate(path);
    const existing = loc.parent.entries.get(loc.name);
    if (existing?.kind === 'dir') throw new FsError('EISDIR', path);
    if (loc.readOnly) throw new FsError('EROFS', path);
    const old = existing ? existing.content : '';
    const next = append ? old + content : content;
    const oldBytes = existing ? fileBytes(existing) : 0;
    const nextBytes = append ? oldBytes + byteLength(content) : byteLength(next);
    const delta = nextBytes - oldBytes;
    if (nextBytes > MAX_FILE_BYTES) throw new FsError('ENOSPC', path);
    const volume: Volume | undefined = loc.mount?.mount.volume;
    if (volume && delta > 0 && treeBytes(volume.root) + delta > volume.sizeLimitBytes)
      throw new FsError('ENOSPC', path);
    let node = existing ?? newFile(next);
    if (existing && isShared(existing)) {
      // A file of the image the container changes: its own copy from now on.
      node = unshare(existing);
      loc.parent.entries.set(loc.name, node);
    }
    node.content = next;
    node.sizeCache = { content: next, bytes: nextBytes };
    if (!existing) loc.parent.entries.set(loc.name, node);
    treesChanged();
  }

  mkdir(path: string, parents = false): void {
    const abs = normalizePath('/', path);
    if (parents) {
      const parts = splitPath(abs);
      for (let i = 1; i <= parts.length; i++) {
        const sub = '/' + parts.slice(0, i).join('/');
        const node = this.lookup(sub);
        if (node?.kind === 'file') throw new FsError('ENOTDIR', path);
        if (!node) this.mkdir(sub, false);
      }
      return;
    }
    const loc = this.locate(abs);
    if (loc.parent.entries.has(loc.name) || this.isMountPoint(abs)) throw new FsError('EEXIST', path);
    if (loc.readOnly) throw new FsError('EROFS', path);
    loc.parent.entries.set(loc.name, newDir());
    treesChanged();
  }

  /** Sorted names in a directory. */
  readdir(path: string): string[] {
    const node = this.lookup(path);
    if (!node) throw new FsError(this.lookupError(path), path);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.entries.keys()].sort();
  }

  /** Remove a file, or a directory (only when empty unless `recursive`). */
  remove(path: string, recursive = false): void {
    const abs = normalizePath('/', path);
    if (abs === '/' || this.isMountPoint(abs)) throw new FsError('EBUSY', path);
    const loc = this.locate(abs);
    const node = loc.parent.entries.get(loc.name);
    if (!node) throw new FsError('ENOENT', path);
    if (loc.readOnly) throw new FsError('EROFS', path);
    if (node.kind === 'dir' && node.entries.size > 0 && !recursive) throw new FsError('ENOTEMPTY', path);
    loc.parent.entries.delete(loc.name);
    treesChanged();
  }

  rename(from: string, to: string): void {
    const src = this.locate(from);
    const node = src.parent.entries.get(src.name);
    if (!node) throw new FsError('ENOENT', from);
    const dst = this.locate(to);
    if (src.readOnly || dst.readOnly) throw new FsError('EROFS', to);
    const target = dst.parent.entries.get(dst.name);
    if (target?.kind === 'dir' && node.kind === 'file') throw new FsError('EISDIR', to);
    src.parent.entries.delete(src.name);
    dst.parent.entries.set(dst.name, node);
    treesChanged();
  }

  /**
   * lookup(`${dir}/${name}`) for a normalized absolute `dir` and a plain `name` (no `/`, not `.` or
   * `..`), without building that path: $PATH searches ask this for every directory of $PATH. The
   * directories are remembered until a tree changes.
   */
  lookupChild(dir: string, name: string): FsNode | null {
    for (const m of this.mounts) if (m.name === name && m.parentPath === dir) return m.node;
    const version = currentTreesVersion();
    if (this.dirsVersion !== version) {
      this.dirs.clear();
      this.dirsVersion = version;
    }
    let node = this.dirs.get(dir);
    if (node === undefined) this.dirs.set(dir, (node = this.lookup(dir)));
    if (node?.kind !== 'dir') return null;
    return node.entries.get(name) ?? null;
  }

  private dirs = new Map<string, FsNode | null>();
  private dirsVersion = -1;

  /** The node at `path`, or null. */
  lookup(path: string): FsNode | null {
    const abs = normalizePath('/', path);
    const mp = this.mountAt(abs);
    if (!mp) return lookupFrom(this.root, abs, 0);
    if (abs.length === mp.path.length) return mp.node;
    if (mp.node.kind !== 'dir') return null;
    return lookupFrom(mp.node, abs, mp.path === '/' ? 0 : mp.path.length);
  }

  /**
   * The node at `abs` (a normalized path of the root tree that exists), made the container's own:
   * every shared directory on the way and the node itself are replaced by private copies.
   */
  private own(abs: string): FsNode {
    let cur: DirNode = this.root;
    let i = 1;
    while (i < abs.length) {
      let j = abs.indexOf('/', i);
      if (j < 0) j = abs.length;
      const name = abs.slice(i, j);
      let next = cur.entries.get(name)!;
      if (isShared(next)) cur.entries.set(name, (next = unshare(next)));
      if (j === abs.length) return next;
      cur = next as DirNode;
      i = j + 1;
    }
    return cur;
  }

  /** ensureDir in the root tree, making the directories on the way the container's own. */
  private ensureOwnDir(root: DirNode, parts: string[]): DirNode | null {
    let cur = root;
    for (const part of parts) {
      let next = cur.entries.get(part);
      if (!next) cur.entries.set(part, (next = newDir()));
      if (next.kind !== 'dir') return null;
      if (isShared(next)) cur.entries.set(part, (next = unshare(next)));
      cur = next;
    }
    return cur;
  }

  private lookupError(path: string): Errno {
    const parts = splitPath(normalizePath('/', path));
    for (let i = 1; i < parts.length; i++) {
      const n = this.lookup('/' + parts.slice(0, i).join('/'));
      if (n?.kind === 'file') return 'ENOTDIR';
      if (!n) break;
    }
    return 'ENOENT';
  }

  private isMountPoint(abs: string): boolean {
    return this.mounts.some((m) => m.path === abs);
  }

  /** The mount holding the normalized absolute path `abs` (the deepest one: mounts are sorted). */
  private mountAt(abs: string): MountPoint | null {
    for (const m of this.mounts) {
      const p = m.path;
      if (p === '/' || abs === p || (abs.startsWith(p) && abs.charCodeAt(p.length) === 47) /* / */) return m;
    }
    return null;
  }

  /** Find the parent directory of `path`; throws ENOENT/ENOTDIR if it does not exist. */
  private locate(path: string): Located {
    const abs = normalizePath('/', path);
    if (abs === '/') throw new FsError('EISDIR', path);
    const mp = this.mountAt(abs);
    const readOnly = mp?.mount.readOnly ?? false;
    const slash = abs.lastIndexOf('/');
    const name = abs.slice(slash + 1);
    if (mp && mp.path === abs) {
      // The path is the mount point itself: a file subPath mount, or a directory.
      const fake: DirNode = { kind: 'dir', entries: new Map([[name, mp.node]]) };
      return { parent: fake, name, mount: mp, readOnly };
    }
    const parentPath = slash === 0 ? '/' : abs.slice(0, slash);
    let parent = this.lookup(parentPath);
    if (!parent) throw new FsError(this.lookupError(abs), path);
    if (parent.kind !== 'dir') throw new FsError('ENOTDIR', path);
    // Every caller changes the parent (or a file in it): the container's own copy of it.
    if (isShared(parent)) parent = this.own(parentPath) as DirNode;
    return { parent, name, mount: mp, readOnly };
  }
}

/** The node below `dir` at the components of `abs` after index `from` (a `/` or the end). */
function lookupFrom(dir: DirNode, abs: string, from: number): FsNode | null {
  let cur: FsNode = dir;
  let i = from + 1;
  while (i < abs.length) {
    if (cur.kind !== 'dir') return null;
    let j = abs.indexOf('/', i);
    if (j < 0) j = abs.length;
    const next: FsNode | undefined = cur.entries.get(abs.slice(i, j));
    if (!next) return null;
    cur = next;
    i = j + 1;
  }
  return cur;
}

function lookupIn(dir: DirNode, parts: string[]): FsNode | null {
  let cur: FsNode = dir;
  for (const part of parts) {
    if (cur.kind !== 'dir') return null;
    const next: FsNode | undefined = cur.entries.get(part);
    if (!next) return null;
    cur = next;
  }
  return cur;
}

export type { FileNode };
