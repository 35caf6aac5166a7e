import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';
import { editDistance, quickFixes, type TextEdit } from './quickfix';
import type { Diagnostic } from './types';

/** Applies edits (non-overlapping) to a text, last first so earlier ranges stay valid. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.startLine, b.range.startColumn) - offset(a.range.startLine, a.range.startColumn),
  );
  let out = text;
  for (const e of sorted) {
    out =
      out.slice(0, offset(e.range.startLine, e.range.startColumn)) +
      e.text +
      out.slice(offset(e.range.endLine, e.range.endColumn));
  }
  return out;
}

function only(text: string, code: string): Diagnostic {
  const found = parseManifests(text).diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Fix the one diagnostic with `code`; the result must parse without any diagnostic. */
function fixed(text: string, code: string): string {
  const fixes = quickFixes(only(text, code), text);
  expect(fixes).toHaveLength(1);
  const out = applyEdits(text, fixes[0]!.edits);
  expect(parseManifests(out).diagnostics).toEqual([]);
  return out;
}

const HEAD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n';

describe('quickFixes', () => {
  it('fixes a misspelt field name against the schema at that path', () => {
    const text = `${HEAD}  containers:\n  - name: a\n    image: busybox:1.36\n    imagePullPolcy: Always\n    comand: ['sh']\n`;
    const first = parseManifests(text).diagnostics[0]!;
    const fix = quickFixes(first, text)[0]!;
    expect(fix.title).toBe('Change "imagePullPolcy" to "imagePullPolicy"');
    const once = applyEdits(text, fix.edits);
    expect(fixed(once, 'api/unknown-field')).toContain("    command: ['sh']\n");
  });

  it('fixes typos at other depths (metadata, probes) and keeps case-only slips', () => {
    expect(
      fixed(
        `apiVersion: v1\nkind: Pod\nmetadta:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: busybox\n`,
        'api/unknown-field',
      ),
    ).toContain('metadata:');
    const probe = `${HEAD}  containers:\n  - name: a\n    image: busybox\n    livenessProbe:\n      exec:\n        command: ['true']\n      periodSecond: 5\n`;
    expect(fixed(probe, 'api/unknown-field')).toContain('periodSeconds: 5');
    expect(fixed(`${HEAD}  containers:\n  - name: a\n    Image: busybox\n`, 'api/unknown-field')).toContain(
      '    image: busybox',
    );
  });

  it('offers no typo fix when nothing is close, when it is a tie, or when the name is already there', () => {
    const far = `${HEAD}  containers:\n  - name: a\n    image: busybox\n    colour: red\n`;
    expect(quickFixes(only(far, 'api/unknown-field'), far)).toEqual([]);
    const present = `${HEAD}  containers:\n  - name: a\n    image: busybox\n    command: [sh]\n    comand: [sh]\n`;
    expect(quickFixes(only(present, 'api/unknown-field'), present)).toEqual([]);
    // A name no longer than the distance could become anything.
    const short = `${HEAD}  containers:\n  - name: a\n    image: busybox\n    ab: []\n`;
    expect(quickFixes(only(short, 'api/unknown-field'), short)).toEqual([]);
  });

  it('adds the missing volume to existing spec.volumes, or creates spec.volumes', () => {
    const mount = `  containers:\n  - name: a\n    image: busybox\n    volumeMounts:\n    - name: data\n      mountPath: /data\n`;
    const created = fixed(`${HEAD}${mount}`, 'api/not-found');
    expect(created).toBe(`${HEAD}${mount}  volumes:\n  - name: data\n    emptyDir: {}\n`);
    const existing = `${HEAD}  volumes:\n    - name: other\n      emptyDir: {}\n${mount}`;
    expect(fixed(existing, 'api/not-found')).toContain(
      '    - name: other\n      emptyDir: {}\n    - name: data\n      emptyDir: {}\n  containers:',
    );
    const noNewline = `${HEAD}${mount}`.replace(/\n$/, '');
    expect(fixed(noNewline, 'api/not-found')).toMatch(/mountPath: \/data\n {2}volumes:\n/);
  });

  it('renames a duplicate container with a -2 suffix (or the next free one), keeping quotes', () => {
    const text = `${HEAD}  containers:\n  - name: a\n    image: busybox\n  - name: a-2\n    image: busybox\n  - name: "a"\n    image: busybox\n`;
    const fix = quickFixes(only(text, 'api/duplicate'), text)[0]!;
    expect(fix.title).toBe('Rename to "a-3"');
    expect(fixed(text, 'api/duplicate')).toContain('  - name: "a-3"\n');
    const init = `${HEAD}  initContainers:\n  - name: a\n    image: busybox\n  containers:\n  - name: a\n    image: busybox\n`;
    expect(fixed(init, 'api/duplicate')).toContain('  - name: a-2\n');
  });

  it('adds the missing image under the name, or fills an empty one', () => {
    const text = `${HEAD}  containers:\n  - name: a\n    command: [sleep, '5']\n`;
    expect(fixed(text, 'api/required')).toBe(
      `${HEAD}  containers:\n  - name: a\n    image: busybox:1.36\n    command: [sleep, '5']\n`,
    );
    const empty = `${HEAD}  containers:\n  - name: a\n    image: ""\n`;
    expect(fixed(empty, 'api/required')).toContain('    image: busybox:1.36\n');
    const init = `${HEAD}  initContainers:\n  - name: i\n  containers:\n  - name: a\n    image: busybox\n`;
    expect(fixed(init, 'api/required')).toContain('  - name: i\n    image: busybox:1.36\n');
  });

  it('works in a later document of the stream and gives nothing for other codes or stale text', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n---\n';
    expect(fixed(`${svc}${HEAD}  containers:\n  - name: a\n`, 'api/required')).toContain(
      'image: busybox:1.36',
    );
    const text = `${HEAD}  containers:\n  - name: a\n    image: busybox\n    comand: [sh]\n`;
    const d = only(text, 'api/unknown-field');
    expect(quickFixes(d, text.replace('comand', 'xomand'))).toEqual([]);
    expect(quickFixes({ ...d, code: 'api/invalid' }, text)).toEqual([]);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('comand', 'command')).toBe(1);
    expect(editDistance('imagePullPolcy', 'imagePullPolicy')).toBe(1);
    expect(editDistance('agrs', 'args')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
