import { describe, expect, it } from 'vitest';
import { applyMessages } from './apply';
import { parseManifests } from './parse';

const pod = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: app\n    image: busybox\n${extra}`;
const svc = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n  - port: 80\n`;
const run = (text: string, source = 'STDIN') => applyMessages(parseManifests(text, { source }), { source });

describe('applyMessages', () => {
  it('prints one created line per object, in stream order', () => {
    const out = run(
      `${pod('a')}---\n${svc('db')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n`,
    );
    expect(out.stdout).toBe('pod/a created\nservice/db created\nconfigmap/c created\nsecret/s created\n');
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    expect(out.applied.map((o) => o.name)).toEqual(['a', 'db', 'c', 's']);
  });

  it('existing objects are unchanged/configured', () => {
    const out = applyMessages(parseManifests(pod('a')), { existing: () => 'unchanged' });
    expect(out.stdout).toBe('pod/a unchanged\n');
  });

  it('strict decoding errors name the file', () => {
    const out = run(pod('a', '    comand: [sh]\n'), 'pod.yaml');
    expect(out.stderr).toBe(
      'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].comand"\n',
    );
  });

  it('valid objects are still created when another document fails, errors come last', () => {
    const out = run(`${pod('good')}---\n${pod('bad', '    imagePullPolicy: always\n')}`);
    expect(out.stdout).toBe('pod/good created\n');
    expect(out.stderr).toBe(
      'The Pod "bad" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"\n',
    );
    expect(out.exitCode).toBe(1);
  });

  it('several failing documents: each error as kubectl lists them', () => {
    const out = run(
      `${pod('a', '    imagePullPolicy: x\n    ports: [{containerPort: 0}]\n')}---\napiVersion: v1\nkind: Pood\nmetadata:\n  name: b\n`,
    );
    expect(out.stderr).toBe(
      'resource mapping not found for name: "b" namespace: "" from "STDIN": no matches for kind "Pood" in version "v1"\nensure CRDs are installed first\n' +
        'Error from server (Invalid): error when creating "STDIN": Pod "a" is invalid: [spec.containers[0].ports[0].containerPort: Required value, spec.containers[0].imagePullPolicy: Unsupported value: "x": supported values: "Always", "IfNotPresent", "Never"]\n',
    );
  });

  it('a YAML error stops the stream there', () => {
    const out = run(`${pod('a')}---\nkind: [\n---\n${pod('c')}`);
    expect(out.stdout).toBe('pod/a created\n');
    expect(out.stderr).toMatch(
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: line 1[01]: /,
    );
  });

  it('nothing to apply', () => {
    expect(run('# just a comment\n').stderr).toBe('error: no objects passed to apply\n');
  });

  it('interleaves warnings before the created line', () => {
    const out = run(
      pod(
        'w',
        '    ports: [{containerPort: 80}]\n  - name: b\n    image: busybox\n    ports: [{containerPort: 80}]\n',
      ),
    );
    expect(out.lines.map((l) => l.stream)).toEqual(['stderr', 'stdout']);
    expect(out.exitCode).toBe(0);
  });
});

describe('applyMessages: documents without kind', () => {
  it('prints the decoder error with sorted JSON', () => {
    const out = run('apiVersion: v1\nmetadata:\n  name: x\n');
    expect(out.stderr).toBe(
      `error: unable to decode "STDIN": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'\n`,
    );
  });
  it('an object without a name fails at the GET kubectl apply does first', () => {
    const out = run(
      'apiVersion: v1\nkind: Service\nmetadata:\n  labels: {a: b}\nspec:\n  ports: [{port: 80}]\n',
      'svc.yaml',
    );
    expect(out.stderr).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=services", GroupVersionKind: "/v1, Kind=Service"\nName: "", Namespace: "default"\nfrom server for: "svc.yaml": resource name may not be empty\n',
    );
  });
});

describe('applyMessages: kubectl create', () => {
  it('existing objects are AlreadyExists errors', () => {
    const out = applyMessages(parseManifests(`${pod('a')}---\n${pod('b')}`, { source: 'p.yaml' }), {
      source: 'p.yaml',
      verb: 'create',
      existing: (o) => (o.name === 'a' ? 'unchanged' : undefined),
    });
    expect(out.stdout).toBe('pod/b created\n');
    expect(out.stderr).toBe(
      'Error from server (AlreadyExists): error when creating "p.yaml": pods "a" already exists\n',
    );
  });
  it('a missing name reaches the API server', () => {
    const out = applyMessages(
      parseManifests('apiVersion: v1\nkind: Pod\nmetadata: {}\nspec:\n  containers: [{name: a, image: b}]\n'),
      {
        verb: 'create',
      },
    );
    expect(out.stderr).toBe(
      'The Pod "" is invalid: metadata.name: Required value: name or generateName is required\n',
    );
  });
});
