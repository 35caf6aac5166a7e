import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineExceedingNesting } from './depth-guard';
import { parseManifests } from './parse';

describe('nesting guard', () => {
  it('accepts ordinary manifests, including shell brackets in block scalars', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x  # [comment\nspec:\n  containers:\n  - name: a\n    command:\n    - sh\n    - -c\n    - |\n      if [ -f /x ]; then echo \${A:-b}; fi\n`;
    expect(lineExceedingNesting(text)).toBe(0);
  });
  it('flags deep flow, block and compact nesting at the right line', () => {
    expect(lineExceedingNesting(`a: 1\nb: ${'['.repeat(300)}`)).toBe(2);
    expect(lineExceedingNesting(`${'- '.repeat(300)}x`)).toBe(1);
    expect(lineExceedingNesting(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'))).toBe(
      201,
    );
  });
  it('parseManifests refuses with one diagnostic, in either order of hostile inputs', () => {
    for (const text of ['['.repeat(20000), `${'- '.repeat(20000)}x`, `${'{a: '.repeat(5000)}1`]) {
      const r = parseManifests(text);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['yaml/too-deep']);
    }
  });
  it('the public scenarios are far from the limit', () => {
    const dir = '/work/shared/scenarios';
    const files = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    for (const f of files) expect(lineExceedingNesting(readFileSync(`${dir}/${f}`, 'utf8'), 20)).toBe(0);
  });
});
