import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
  - name: side
    image: nginx
`;

describe('parseManifests: objects and ranges', () => {
  it('parses a pod with defaults and no diagnostics', () => {
    const r = parseManifests(POD);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects).toHaveLength(1);
    const o = r.objects[0];
    expect([o.kind, o.name, o.namespace, o.docIndex]).toEqual(['Pod', 'web', 'default', 0]);
    expect(o.range.startLine).toBe(1);
  });

  it('rangeOf resolves field paths to 1-based, end-exclusive value ranges', () => {
    const o = parseManifests(POD).objects[0];
    expect(o.rangeOf('spec.containers[1].image')).toEqual({
      startLine: 11,
      startColumn: 12,
      endLine: 11,
      endColumn: 17,
    });
    expect(o.rangeOf('metadata.name')).toEqual({ startLine: 4, startColumn: 9, endLine: 4, endColumn: 12 });
    expect(o.rangeOf('spec.containers[0].command[2]')).toEqual({
      startLine: 9,
      startColumn: 27,
      endLine: 9,
      endColumn: 39,
    });
    expect(o.rangeOf('spec.containers[5].image')).toBeUndefined();
  });

  it('reads a stream and counts documents, skipping empty ones and non-Kubernetes mappings', () => {
    const text = `---\n${POD}---\n---\nexpect:\n  id: "1"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: "1"\n`;
    const r = parseManifests(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.objects.map((o) => `${o.kind}/${o.name}@${o.docIndex}`)).toEqual([
      'Pod/web@0',
      'ConfigMap/cfg@3',
    ]);
  });

  it('reports API errors at the offending value, or at the nearest existing ancestor', () => {
    const text = POD.replace('    image: busybox:1.36\n', '').replace(
      'image: nginx',
      'image: nginx\n    imagePullPolicy: always',
    );
    const r = parseManifests(text);
    expect(r.objects).toEqual([]);
    const [missing, policy] = r.diagnostics;
    expect(missing.message).toBe('spec.containers[0].image: Required value');
    expect(missing.code).toBe('api/required');
    expect(missing.path).toBe('spec.containers[0].image');
    expect(missing.range.startLine).toBe(7); // the container mapping
    expect(policy.code).toBe('api/not-supported');
    expect(policy.range).toEqual({ startLine: 11, startColumn: 22, endLine: 11, endColumn: 28 });
  });

  it('a warning does not block the object', () => {
    const text = POD.replace("command: ['sh', '-c', 'sleep 3600']", 'ports: [{containerPort: 80}]').replace(
      'image: nginx',
      'image: nginx\n    ports:\n    - containerPort: 80',
    );
    const r = parseManifests(text);
    expect(r.objects).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      [
        'warning',
        'api/warning',
        'spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]',
      ],
    ]);
    expect(r.objects[0].warnings).toEqual([
      'spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]',
    ]);
  });
});

describe('parseManifests: kinds', () => {
  it('unknown kind: kubectl mapping error on the kind value', () => {
    const r = parseManifests('apiVersion: v1\nkind: Pood\nmetadata:\n  name: myapp-pod\n');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].code).toBe('api/unknown-kind');
    expect(r.diagnostics[0].message).toBe(
      'resource mapping not found for name: "myapp-pod" namespace: "" from "STDIN": no matches for kind "Pood" in version "v1"\nensure CRDs are installed first',
    );
    expect(r.diagnostics[0].range).toEqual({ startLine: 2, startColumn: 7, endLine: 2, endColumn: 11 });
  });

  it('a known kind under a wrong version is reported on apiVersion', () => {
    const r = parseManifests('apiVersion: apps/v1\nkind: Pod\nmetadata:\n  name: x\n  namespace: dev\n', {
      source: 'pod.yaml',
    });
    expect(r.diagnostics[0].message).toContain(
      'namespace: "dev" from "pod.yaml": no matches for kind "Pod" in version "apps/v1"',
    );
    expect(r.diagnostics[0].range.startLine).toBe(1);
  });

  it('real kinds PodLab does not simulate get their own code', () => {
    const r = parseManifests('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n');
    expect(r.diagnostics[0].code).toBe('podlab/unsupported-kind');
  });

  it('kind without apiVersion is an error, not skipped', () => {
    const r = parseManifests('kind: Pod\nmetadata:\n  name: x\n');
    expect(r.diagnostics[0].code).toBe('api/missing-apiversion');
  });

  it('a top-level list is not an object', () => {
    expect(parseManifests('- a\n- b\n').diagnostics[0].code).toBe('api/not-an-object');
  });
});

describe('parseManifests: strict decoding', () => {
  it('one diagnostic per unknown field, at the key', () => {
    const text = POD.replace("command: ['sh', '-c', 'sleep 3600']", "comand: ['sh']").replace(
      'metadata:',
      'metadata:\n  lables: {a: b}',
    );
    const r = parseManifests(text);
    expect(r.objects).toEqual([]);
    expect(
      r.diagnostics.map((d) => [
        d.code,
        d.message,
        d.range.startLine,
        d.range.startColumn,
        d.range.endColumn,
      ]),
    ).toEqual([
      ['api/unknown-field', 'unknown field "metadata.lables"', 4, 3, 9],
      ['api/unknown-field', 'unknown field "spec.containers[0].comand"', 10, 5, 11],
    ]);
  });

  it('mis-indented fields are unknown where they land', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: busybox\n  command: [sh]\n';
    expect(parseManifests(text).diagnostics.map((d) => d.message)).toEqual(['unknown field "spec.command"']);
  });

  it('wrong value types use encoding/json wording', () => {
    const cases: Array<[string, string]> = [
      [
        '    ports: [{containerPort: "80"}]',
        'json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
      ],
      [
        '    command: sleep 10',
        'json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string',
      ],
      [
        '    env: [{name: PORT, value: 8080}]',
        'json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string',
      ],
      [
        '    env: [{name: DEBUG, value: yes}]',
        'json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string',
      ],
      [
        '    livenessProbe: true',
        'json: cannot unmarshal bool into Go struct field Container.spec.containers.livenessProbe of type v1.Probe',
      ],
      [
        '    args: [1, 2]',
        'json: cannot unmarshal number into Go struct field Container.spec.containers.args of type string',
      ],
      [
        '    ports: [{containerPort: 80.5}]',
        'json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
      ],
      [
        '    resources: {limits: {memory: 1Gb}}',
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      ],
      [
        '    readinessProbe: {tcpSocket: {port: true}}',
        'json: cannot unmarshal bool into Go value of type int32',
      ],
    ];
    for (const [line, message] of cases) {
      const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: busybox\n${line}\n`;
      const r = parseManifests(text);
      expect(r.diagnostics[0].message, line).toBe(message);
      expect(r.diagnostics[0].code).toBe('api/type');
      expect(r.diagnostics[0].range.startLine).toBe(9);
    }
  });

  it('accepts numbers for quantities and both forms of IntOrString', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n    image: busybox\n    resources: {limits: {cpu: 1, memory: 64Mi}}\n    ports: [{name: http, containerPort: 80}]\n    readinessProbe: {httpGet: {port: http}}\n    livenessProbe: {httpGet: {port: 80}}\n`;
    const r = parseManifests(text);
    expect(r.diagnostics).toEqual([]);
  });

  it('secret data must be base64', () => {
    const r = parseManifests(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  ok: aGVsbG8=\n  bad: hello\n',
    );
    expect(r.diagnostics.map((d) => d.message)).toEqual(['illegal base64 data at input byte 4']);
  });
});

describe('parseManifests: YAML problems', () => {
  const codeAndLine = (text: string) =>
    parseManifests(text).diagnostics.map((d) => [d.code, d.range.startLine]);

  it('tabs', () => {
    expect(codeAndLine('apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n')[0]).toEqual(['yaml/tab', 4]);
  });
  it('duplicate keys', () => {
    const r = parseManifests('apiVersion: v1\nkind: Pod\nkind: Pod\n');
    expect(r.diagnostics[0].code).toBe('yaml/duplicate-key');
    expect(r.diagnostics[0].message).toBe('duplicate key "kind": a key may appear only once in a mapping');
    expect(r.diagnostics[0].range.startLine).toBe(3);
  });
  it('duplicate keys deep in a list', () => {
    const r = parseManifests(`${POD}    image: other\n`);
    expect(r.diagnostics.map((d) => [d.code, d.range.startLine, d.range.startColumn])).toEqual([
      ['yaml/duplicate-key', 12, 5],
    ]);
    expect(r.objects).toEqual([]);
  });
  it('unclosed quotes', () => {
    expect(codeAndLine('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\n')[0]).toEqual([
      'yaml/unclosed-quote',
      4,
    ]);
  });
  it('bad indentation', () => {
    const r = parseManifests('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels: {}\n');
    expect(r.diagnostics[0].code).toBe('yaml/bad-indentation');
    expect(r.diagnostics[0].range.startLine).toBe(5);
    expect(r.objects).toEqual([]);
  });
  it('a broken document does not hide the others', () => {
    const r = parseManifests(`${POD}---\na: [\n`);
    expect(r.objects).toHaveLength(1);
    expect(r.diagnostics[0].docIndex).toBe(1);
  });
});

describe('parseManifests: hostile input', () => {
  it('refuses input over maxBytes with one diagnostic', () => {
    const r = parseManifests('a'.repeat(101), { maxBytes: 100 });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].code).toBe('yaml/too-large');
  });

  it('stops alias bombs', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = parseManifests(`apiVersion: v1\nkind: ConfigMap\n${lines.join('\n')}\n`);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['yaml/alias-limit']);
  });

  it('survives deep nesting', () => {
    const r = parseManifests(`${'['.repeat(20000)}${']'.repeat(20000)}`);
    expect(r.objects).toEqual([]);
  });

  it('never throws (fast-check, 2,000 inputs)', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom(
        'a',
        ':',
        ' ',
        '\n',
        '-',
        '\t',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        '&x',
        '*x',
        '#',
        '---\n',
        'kind: Pod\n',
        'apiVersion: v1\n',
        '  ',
        'spec:\n',
        'containers:\n',
        '- name: a\n',
        '!!',
        '|',
        '>',
        '%',
        '@',
        '[[[[[[[[[[',
        '- - - - - - - - ',
        '{a: {b: ',
        '          ',
        '?',
        ',',
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlish), (text) => {
        const r = parseManifests(text);
        expect(Array.isArray(r.objects)).toBe(true);
        for (const d of r.diagnostics) {
          expect(d.range.startLine).toBeGreaterThanOrEqual(1);
          expect(d.range.startColumn).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated valid manifests', () => {
    fc.assert(
      fc.property(fc.nat(POD.length), fc.string({ maxLength: 5 }), (at, insert) => {
        const r = parseManifests(POD.slice(0, at) + insert + POD.slice(at));
        expect(r.objects.length + r.diagnostics.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseManifests: YAML 1.1 like kubectl', () => {
  it('reads 0644 as octal (420)', () => {
    const text = `${POD}  volumes:\n  - name: cfg\n    configMap:\n      name: c\n      defaultMode: 0644\n`;
    const r = parseManifests(text);
    expect(r.diagnostics).toEqual([]);
    const pod = r.objects[0].object as { spec: { volumes: Array<{ configMap: { defaultMode: number } }> } };
    expect(pod.spec.volumes[0].configMap.defaultMode).toBe(420);
  });
  it('keeps dates as strings', () => {
    const r = parseManifests(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  day: 2024-01-01\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect((r.objects[0].object as { data: Record<string, unknown> }).data.day).toBe('2024-01-01');
  });
});
