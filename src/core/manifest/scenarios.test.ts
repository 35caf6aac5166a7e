// The public scenario files: every manifest parses to the right object; the validation scenarios'
// `expect` blocks give kubectl's exact stderr.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyMessages } from './apply';
import { parseManifests } from './parse';

const DIR = '/work/shared/scenarios';
const files = (() => {
  try {
    return readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
})();

interface Action {
  do: string;
  stdout?: string;
  stderr?: string;
  exit_code?: number;
}

function expectBlock(text: string): { actions?: Action[] } {
  const docs = text.split(/^---$/m);
  return (parse(docs[docs.length - 1]) as { expect: { actions?: Action[] } }).expect;
}

describe.skipIf(files.length === 0)('scenario files', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = parseManifests(text, { source: file });
    const manifest = parse(text.split(/^---$/m)[0]) as { kind: string; metadata: { name: string } };
    const apply = expectBlock(text).actions?.find((a) => a.do.startsWith('kubectl apply'));
    const out = applyMessages(result, { source: file });
    if (apply?.exit_code === 1) {
      expect(result.objects).toEqual([]);
      // kubectl's fatal() ends every message with a newline; the scenario's one-liners omit it.
      expect(out.stderr.replace(/\n$/, '')).toBe(String(apply.stderr).replace(/\n$/, ''));
      expect(out.exitCode).toBe(1);
    } else {
      expect(result.objects.map((o) => `${o.kind}/${o.name}`)).toEqual([
        `${manifest.kind}/${manifest.metadata.name}`,
      ]);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      if (apply?.stdout) expect(out.stdout).toBe(`${apply.stdout}\n`);
      expect(out.stderr).toBe(apply?.stderr ? `${apply.stderr}\n` : '');
      expect(out.exitCode).toBe(0);
    }
  });

  it('covers the three validation scenarios', () => {
    expect(files.filter((f) => /^3[013]-/.test(f))).toHaveLength(3);
  });
});
