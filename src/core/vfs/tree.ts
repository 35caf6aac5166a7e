// The in-memory node tree shared by image roots and volumes. Content is a JS string: the simulated
// programs only ever produce text, and byte sizes are counted as UTF-8.

export interface FileNode {
  kind: 'file';
  content: string;
  /** Permission bits (0o644 when absent). */
  mode?: number;
  /** Byte size of `content`, cached (checked against the content it was computed for): appends to a
   * big file must not re-count it every time. */
  sizeCache?: { content: string; bytes: number };
}

export interface DirNode {
  kind: 'dir';
  entries: Map<string, FsNode>;
  /** Permission bits (0o755 when absent). */
  mode?: number;
}

export const DEFAULT_FILE_MODE = 0o644;
export const DEFAULT_DIR_MODE = 0o755;

export type FsNode = FileNode | DirNode;

/** Nodes of image templates, shared by every container root made from them (see runtime/images.ts):
 * never modified. A Filesystem copies such a node, and the directories above it, before changing it. */
const sharedNodes = new WeakSet<FsNode>();

/** Marks `node` and everything below it as shared (see sharedNodes). */
export function markShared(node: FsNode): void {
  sharedNodes.add(node);
  if (node.kind === 'dir') for (const child of node.entries.values()) markShared(child);
}

export function isShared(node: FsNode): boolean {
  return sharedNodes.has(node);
}

/** A private copy of a shared node: a file's content and mode, a directory's entries (still shared). */
export function unshare<T extends FsNode>(node: T): T {
  const copy: FsNode =
    node.kind === 'file' ? newFile(node.content) : { kind: 'dir', entries: new Map(node.entries) };
  if (node.mode !== undefined) copy.mode = node.mode;
  return copy as T;
}

/** Counts changes to trees a Filesystem can see (every write, mkdir, remove, rename, chmod, mount).
 * Caches of lookups (commands found in $PATH) are valid while it stays the same. Only a cache key:
 * no result depends on its value. */
let treesVersion = 0;

export function treesChanged(): void {
  treesVersion++;
}

export function currentTreesVersion(): number {
  return treesVersion;
}

export function newDir(): DirNode {
  return { kind: 'dir', entries: new Map() };
}

export function newFile(content = ''): FileNode {
  return { kind: 'file', content };
}

/** UTF-8 byte length, without TextEncoder (not in the core's lib). */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Total bytes of all files below `dir`. */
export function fileBytes(f: FileNode): number {
  if (f.sizeCache?.content !== f.content) f.sizeCache = { content: f.content, bytes: byteLength(f.content) };
  return f.sizeCache.bytes;
}

export function treeBytes(dir: DirNode): number {
  let n = 0;
  for (const child of dir.entries.values()) n += child.kind === 'file' ? fileBytes(child) : treeBytes(child);
  return n;
}

/** Create the directories of `parts` below `dir` (like mkdir -p); returns the last one, or null when a
 * file is in the way. */
export function ensureDir(dir: DirNode, parts: string[]): DirNode | null {
  let cur = dir;
  for (const part of parts) {
    let next = cur.entries.get(part);
    if (!next) {
      next = newDir();
      cur.entries.set(part, next);
    }
    if (next.kind !== 'dir') return null;
    cur = next;
  }
  return cur;
}

/** Put `files` (relative or absolute path -> content) into `dir`, creating parent directories. */
export function populate(dir: DirNode, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/').filter((s) => s !== '');
    if (parts.length === 0) continue;
    const parent = ensureDir(dir, parts.slice(0, -1));
    if (parent) parent.entries.set(parts[parts.length - 1], newFile(content));
  }
}

export function cloneTree(dir: DirNode): DirNode {
  const out = newDir();
  for (const [name, child] of dir.entries)
    out.entries.set(
      name,
      child.kind === 'file' ? { ...newFile(child.content), mode: child.mode } : cloneTree(child),
    );
  out.mode = dir.mode;
  return out;
}
