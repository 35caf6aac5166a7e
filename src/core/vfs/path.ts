// Path arithmetic for the virtual filesystem. Paths are POSIX; there are no symlinks, so `..` can be
// resolved lexically.

/** Is `p` already absolute and normalized: no empty, `.` or `..` component, no trailing slash? */
function isNormalized(p: string): boolean {
  if (p.charCodeAt(0) !== 47 /* / */) return false;
  if (p.length === 1) return true;
  for (let i = 0; i < p.length; i++) {
    if (p.charCodeAt(i) !== 47) continue;
    // A component starts at i + 1: it must not be empty, `.` or `..`.
    const a = i + 1 < p.length ? p.charCodeAt(i + 1) : 47;
    if (a === 47) return false;
    if (a !== 46 /* . */) continue;
    const b = i + 2 < p.length ? p.charCodeAt(i + 2) : 47;
    if (b === 47) return false;
    if (b === 46 && (i + 3 >= p.length || p.charCodeAt(i + 3) === 47)) return false;
  }
  return true;
}

/** Absolute, normalized form of `p` seen from `cwd` (`/a/./b/../c` -> `/a/c`). */
export function normalizePath(cwd: string, p: string): string {
  // Most paths a script uses are already normal: return them as they are, without splitting.
  if (isNormalized(p)) return p;
  const full = p.startsWith('/') ? p : `${cwd}/${p}`;
  if (full !== p && isNormalized(full)) return full;
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
