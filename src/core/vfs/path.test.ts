import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePath } from './path';

/** The plain definition: split, drop empty and `.`, pop on `..`. */
function reference(cwd: string, p: string): string {
  const full = p.startsWith('/') ? p : `${cwd}/${p}`;
  const out: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

const piece = fc.constantFrom('/', '.', '..', '...', 'a', 'b', '.a', 'a.', 'x.y', '//', './', '/.');
const path = fc.array(piece, { maxLength: 7 }).map((ps) => ps.join(''));

describe('normalizePath', () => {
  it('agrees with the split-and-pop definition (its fast path returns normal paths unchanged)', () => {
    fc.assert(
      fc.property(path, path, (cwd, p) => {
        expect(normalizePath(cwd, p)).toBe(reference(cwd, p));
        expect(normalizePath('/', p)).toBe(reference('/', p));
      }),
      { numRuns: 50_000, seed: 11 },
    );
  });
});
