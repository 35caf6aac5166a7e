import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';
import { insertSnippet } from './snippet-insert';
import { SNIPPETS, snippetById, type Snippet } from './snippets';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: busybox\n';

function insert(text: string, id: string): string {
  const out = insertSnippet(text, snippetById(id) as Snippet);
  expect(out).toBeDefined();
  return out as string;
}

describe('insertSnippet', () => {
  it('appends a container to spec.containers at its indentation', () => {
    expect(insert(POD, 'container')).toBe(
      `${POD}  - name: app\n    image: busybox:1.36\n    command: ['sh', '-c', 'echo Hello from the app; sleep 3600']\n`,
    );
    const indented = POD.replace(
      '  - name: a\n    image: busybox\n',
      '    - name: a\n      image: busybox\n',
    );
    const out = insert(indented, 'container');
    expect(out).toContain('      image: busybox\n    - name: app\n      image: busybox:1.36\n');
    expect(parseManifests(out).diagnostics).toEqual([]);
  });

  it('creates spec.initContainers and spec.volumes when missing, and works without a final newline', () => {
    const out = insert(POD.trimEnd(), 'shared-emptydir');
    expect(out).toContain('    image: busybox\n  - name: writer\n');
    expect(out).toMatch(/\n {2}volumes:\n {2}- name: shared-data\n {4}emptyDir: \{\}\n$/);
    expect(parseManifests(out).diagnostics).toEqual([]);
    const init = insert(POD, 'native-sidecar');
    expect(init).toContain(
      '  initContainers:\n  - name: log-agent\n    image: busybox:1.36\n    restartPolicy: Always\n',
    );
    expect(parseManifests(init).diagnostics).toEqual([]);
  });

  it('renames clashing container and volume names, mounts included', () => {
    const twice = insert(insert(POD, 'sidecar'), 'sidecar');
    expect(parseManifests(twice).diagnostics).toEqual([]);
    expect(twice).toContain('- name: log-writer-2\n');
    expect(twice).toContain('- name: app-logs-2\n      emptyDir: {}'.replace('      ', '    '));
    expect(twice.match(/- name: app-logs-2\n/g)).toHaveLength(3);
  });

  it('appends a Service as a new document', () => {
    const out = insert(POD, 'service');
    expect(out).toBe(`${POD}---\n${snippetById('service')?.document}`);
    expect(parseManifests(out).objects.map((o) => o.kind)).toEqual(['Pod', 'Service']);
  });

  it('puts pod parts into the Pod of a stream, and refuses when there is no block-style Pod', () => {
    const stream = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n${POD}`;
    expect(parseManifests(insert(stream, 'probes')).diagnostics).toEqual([]);
    expect(
      insertSnippet('kind: Pod\nspec: {containers: []}\n', snippetById('container') as Snippet),
    ).toBeUndefined();
    expect(insertSnippet('', snippetById('container') as Snippet)).toBeUndefined();
  });

  it('has one snippet per id and every snippet parses into a minimal pod', () => {
    expect(new Set(SNIPPETS.map((s) => s.id)).size).toBe(SNIPPETS.length);
    for (const s of SNIPPETS) expect(parseManifests(insert(POD, s.id)).diagnostics, s.id).toEqual([]);
  });
});
