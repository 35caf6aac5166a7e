// Monaco must stay out of the first-load JS: only the lazy chunk (MonacoManifestEditor) may import it.
// This walks the static, non-type imports reachable from index.ts (what the app bundles eagerly).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Module specifiers of a file's value imports (`import type` and `import()` excluded). */
function staticValueImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /^\s*(import|export)\s+(?!type\b)([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) specifiers.push(match[3]);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

function eagerGraph(entry: string): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of staticValueImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier.replace(/\?.*$/, ''));
        if (target) queue.push(target);
      } else {
        packages.add(specifier);
      }
    }
  }
  return { files: [...seen], packages: [...packages] };
}

describe('the eager part of src/ui/editor', () => {
  const { files, packages } = eagerGraph(join(here, 'index.ts'));

  it('finds the modules index.ts loads eagerly', () => {
    expect(files.some((f) => f.endsWith('ManifestPreview.tsx'))).toBe(true);
    expect(files.some((f) => f.endsWith('revealLine.ts'))).toBe(true);
  });

  it('does not reach Monaco, monaco-yaml or the big schema', () => {
    expect(packages.filter((p) => p.startsWith('monaco'))).toEqual([]);
    expect(
      files.filter((f) => /MonacoManifestEditor|monacoSetup|monacoEnvironment|k8s-schema/.test(f)),
    ).toEqual([]);
  });

  it('the lazy editor chunk is what loads Monaco', () => {
    const lazy = eagerGraph(join(here, 'MonacoManifestEditor.tsx'));
    expect(lazy.packages).toContain('monaco-editor/esm/vs/editor/editor.api');
    expect(lazy.packages).not.toContain('monaco-editor');
  });
});
