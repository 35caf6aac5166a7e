// Path arithmetic for the virtual filesystem. Paths are POSIX; there are no symlinks, so `..` can be
// resolved lexically.

/** Absolute, normalized form of `p` seen from `cwd` (`/a/./b/../c` -> `/a/c`). */
export function normalizePath(cwd: string, p: string): string {
  const full = p.startsWith('/') ? p : `${cwd}/${p}`;
  const out: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Components of an absolute normalized path (`/` -> []). */
export function splitPath(abs: string): string[] {
  return abs.split('/').filter((s) => s !== '');
}

export function basename(p: string): string {
  const parts = p.split('/').filter((s) => s !== '');
  return parts.length === 0 ? '/' : parts[parts.length - 1];
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return trimmed.slice(0, i);
}
