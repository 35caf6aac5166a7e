import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyMessages } from './apply';
import { parseManifests } from './parse';

type Spec = Record<string, unknown>;
const app = (extra: Spec = {}): Spec => ({ name: 'app', image: 'busybox:1.36', ...extra });
const podYaml = (spec: Spec, name = 'p', metadata: Spec = {}): string =>
  stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name, ...metadata }, spec });

/** The field errors kubectl would list, in order. */
function errorsOf(text: string): string[] {
  const r = parseManifests(text);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
}

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const INIT_FORBIDDEN = 'Forbidden: may not be set for init containers without restartPolicy=Always';

const CASES: Array<[string, string, string[]]> = [
  ['V1 no containers', podYaml({ containers: [] }), ['spec.containers: Required value']],
  ['V1 spec missing', podYaml(undefined as unknown as Spec), ['spec.containers: Required value']],
  [
    'V2 container name missing',
    podYaml({ containers: [{ image: 'busybox' }] }),
    ['spec.containers[0].name: Required value'],
  ],
  [
    'V3 container name invalid',
    podYaml({ containers: [app({ name: 'Web_Server' })] }),
    [`spec.containers[0].name: Invalid value: "Web_Server": ${LABEL_MSG}`],
  ],
  [
    'V3 container name too long',
    podYaml({ containers: [app({ name: 'a'.repeat(64) })] }),
    [`spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`],
  ],
  [
    'V4 image missing',
    podYaml({ containers: [{ name: 'app' }] }),
    ['spec.containers[0].image: Required value'],
  ],
  [
    'V4 image empty',
    podYaml({ containers: [app({ image: '' })] }),
    ['spec.containers[0].image: Required value'],
  ],
  [
    'V5 duplicate app names',
    podYaml({ containers: [app({ name: 'web' }), app({ name: 'web' })] }),
    ['spec.containers[1].name: Duplicate value: "web"'],
  ],
  [
    'V6 init duplicates app',
    podYaml({ initContainers: [app()], containers: [app()] }),
    ['spec.initContainers[0].name: Duplicate value: "app"'],
  ],
  [
    'V6 init duplicates init',
    podYaml({ initContainers: [app({ name: 'setup' }), app({ name: 'setup' })], containers: [app()] }),
    ['spec.initContainers[1].name: Duplicate value: "setup"'],
  ],
  [
    'V7 duplicate volume',
    podYaml({
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'data', emptyDir: {} },
      ],
      containers: [app()],
    }),
    ['spec.volumes[1].name: Duplicate value: "data"'],
  ],
  [
    'V7/V8 invalid volume name also breaks its mounts',
    podYaml({
      volumes: [{ name: 'Shared-Data', emptyDir: {} }],
      containers: [app({ volumeMounts: [{ name: 'Shared-Data', mountPath: '/d' }] })],
    }),
    [
      `spec.volumes[0].name: Invalid value: "Shared-Data": ${LABEL_MSG}`,
      'spec.containers[0].volumeMounts[0].name: Not found: "Shared-Data"',
    ],
  ],
  [
    'V9 mount of an undeclared volume',
    podYaml({ containers: [app({ volumeMounts: [{ name: 'shared', mountPath: '/data' }] })] }),
    ['spec.containers[0].volumeMounts[0].name: Not found: "shared"'],
  ],
  [
    'V9 in an init container',
    podYaml({
      initContainers: [app({ name: 'init', volumeMounts: [{ name: 'shared', mountPath: '/data' }] })],
      containers: [app()],
    }),
    ['spec.initContainers[0].volumeMounts[0].name: Not found: "shared"'],
  ],
  [
    'V10 mountPath required',
    podYaml({ volumes: [{ name: 'v', emptyDir: {} }], containers: [app({ volumeMounts: [{ name: 'v' }] })] }),
    ['spec.containers[0].volumeMounts[0].mountPath: Required value'],
  ],
  [
    'V10 mountPath unique',
    podYaml({
      volumes: [
        { name: 'a', emptyDir: {} },
        { name: 'b', emptyDir: {} },
      ],
      containers: [
        app({
          volumeMounts: [
            { name: 'a', mountPath: '/data' },
            { name: 'b', mountPath: '/data' },
          ],
        }),
      ],
    }),
    ['spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique'],
  ],
  [
    'V11 containerPort 0',
    podYaml({ containers: [app({ ports: [{ containerPort: 0 }] })] }),
    ['spec.containers[0].ports[0].containerPort: Required value'],
  ],
  [
    'V11 containerPort out of range',
    podYaml({ containers: [app({ ports: [{ containerPort: 70000 }] })] }),
    [
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ],
  ],
  [
    'V11 hostPort out of range',
    podYaml({ containers: [app({ ports: [{ containerPort: 80, hostPort: -1 }] })] }),
    ['spec.containers[0].ports[0].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive'],
  ],
  [
    'V12 duplicate port name',
    podYaml({
      containers: [
        app({
          ports: [
            { name: 'http', containerPort: 80 },
            { name: 'http', containerPort: 81 },
          ],
        }),
      ],
    }),
    ['spec.containers[0].ports[1].name: Duplicate value: "http"'],
  ],
  [
    'V12 port name too long and upper case',
    podYaml({ containers: [app({ ports: [{ name: 'Very-Long-Port-Name', containerPort: 80 }] })] }),
    [
      'spec.containers[0].ports[0].name: Invalid value: "Very-Long-Port-Name": must be no more than 15 characters',
      'spec.containers[0].ports[0].name: Invalid value: "Very-Long-Port-Name": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ],
  ],
  [
    'V12 port name digits only',
    podYaml({ containers: [app({ ports: [{ name: '8080', containerPort: 80 }] })] }),
    ['spec.containers[0].ports[0].name: Invalid value: "8080": must contain at least one letter (a-z)'],
  ],
  [
    'V13 protocol',
    podYaml({ containers: [app({ ports: [{ containerPort: 80, protocol: 'HTTP' }] })] }),
    [
      'spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ],
  ],
  [
    'V14 hostPort conflict',
    podYaml({
      containers: [
        app({ ports: [{ containerPort: 80, hostPort: 8080 }] }),
        app({ name: 'b', ports: [{ containerPort: 81, hostPort: 8080 }] }),
      ],
    }),
    ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'],
  ],
  [
    'V16 restartPolicy',
    podYaml({ restartPolicy: 'always', containers: [app()] }),
    ['spec.restartPolicy: Unsupported value: "always": supported values: "Always", "OnFailure", "Never"'],
  ],
  [
    'V17 init liveness/lifecycle',
    podYaml({
      initContainers: [
        app({
          name: 'init',
          livenessProbe: { exec: { command: ['true'] } },
          lifecycle: { postStart: { exec: { command: ['true'] } } },
        }),
      ],
      containers: [app()],
    }),
    [
      `spec.initContainers[0].lifecycle: ${INIT_FORBIDDEN}`,
      `spec.initContainers[0].livenessProbe: ${INIT_FORBIDDEN}`,
    ],
  ],
  [
    'V17 init startupProbe',
    podYaml({
      initContainers: [app({ name: 'init', startupProbe: { tcpSocket: { port: 80 } } })],
      containers: [app()],
    }),
    [`spec.initContainers[0].startupProbe: ${INIT_FORBIDDEN}`],
  ],
  [
    'V18 startup successThreshold',
    podYaml({ containers: [app({ startupProbe: { exec: { command: ['true'] }, successThreshold: 3 } })] }),
    ['spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1'],
  ],
  [
    'V19 no handler',
    podYaml({ containers: [app({ readinessProbe: { periodSeconds: 5 } })] }),
    ['spec.containers[0].readinessProbe: Required value: must specify a handler type'],
  ],
  [
    'V19 two handlers',
    podYaml({
      containers: [app({ readinessProbe: { exec: { command: ['true'] }, httpGet: { port: 80 } } })],
    }),
    ['spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type'],
  ],
  [
    'V20 exec without command',
    podYaml({ containers: [app({ livenessProbe: { exec: {} } })] }),
    ['spec.containers[0].livenessProbe.exec.command: Required value'],
  ],
  [
    'V20 httpGet port 0',
    podYaml({ containers: [app({ readinessProbe: { httpGet: { port: 0 } } })] }),
    [
      'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ],
  ],
  [
    'V20 httpGet named port that is a number in quotes',
    podYaml({ containers: [app({ readinessProbe: { httpGet: { port: '8080' } } })] }),
    [
      'spec.containers[0].readinessProbe.httpGet.port: Invalid value: "8080": must contain at least one letter (a-z)',
    ],
  ],
  [
    'V21 negative period',
    podYaml({ containers: [app({ livenessProbe: { exec: { command: ['true'] }, periodSeconds: -1 } })] }),
    ['spec.containers[0].livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0'],
  ],
  [
    'V22 readiness terminationGracePeriodSeconds',
    podYaml({
      containers: [
        app({ readinessProbe: { exec: { command: ['true'] }, terminationGracePeriodSeconds: 10 } }),
      ],
    }),
    [
      'spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes',
    ],
  ],
  [
    'V23 imagePullPolicy',
    podYaml({ containers: [app({ imagePullPolicy: 'always' })] }),
    [
      'spec.containers[0].imagePullPolicy: Unsupported value: "always": supported values: "Always", "IfNotPresent", "Never"',
    ],
  ],
  [
    'V24 env name',
    podYaml({ containers: [app({ env: [{ value: 'x' }] })] }),
    ['spec.containers[0].env[0].name: Required value'],
  ],
  [
    'env name with =',
    podYaml({ containers: [app({ env: [{ name: 'A=B', value: 'x' }] })] }),
    [
      `spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    ],
  ],
  [
    'env valueFrom empty',
    podYaml({ containers: [app({ env: [{ name: 'A', valueFrom: {} }] })] }),
    [
      'spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
    ],
  ],
  [
    'env configMapKeyRef without key',
    podYaml({ containers: [app({ env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm' } } }] })] }),
    ['spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Required value'],
  ],
  [
    'preStop sleep longer than the grace period',
    podYaml({
      terminationGracePeriodSeconds: 10,
      containers: [app({ lifecycle: { preStop: { sleep: { seconds: 20 } } } })],
    }),
    [
      'spec.containers[0].lifecycle.preStop.sleep: Invalid value: 20: must be non-negative and less than terminationGracePeriodSeconds (10)',
    ],
  ],
  [
    'postStart without a handler',
    podYaml({ containers: [app({ lifecycle: { postStart: {} } })] }),
    ['spec.containers[0].lifecycle.postStart: Required value: must specify a handler type'],
  ],
  [
    'V25 activeDeadlineSeconds',
    podYaml({ activeDeadlineSeconds: 0, containers: [app()] }),
    ['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive'],
  ],
  [
    'V26 pod name',
    podYaml({ containers: [app()] }, 'My-Pod'),
    [`metadata.name: Invalid value: "My-Pod": ${SUBDOMAIN_MSG}`],
  ],
  [
    'dnsPolicy',
    podYaml({ dnsPolicy: 'clusterfirst', containers: [app()] }),
    [
      'spec.dnsPolicy: Unsupported value: "clusterfirst": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ],
  ],
  [
    'terminationMessagePolicy',
    podYaml({ containers: [app({ terminationMessagePolicy: 'Logs' })] }),
    [
      'spec.containers[0].terminationMessagePolicy: Unsupported value: "Logs": supported values: "File", "FallbackToLogsOnError"',
    ],
  ],
  [
    'request above limit',
    podYaml({ containers: [app({ resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } })] }),
    [
      'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
    ],
  ],
  [
    'unknown resource name',
    podYaml({ containers: [app({ resources: { limits: { cpuu: '1' } } })] }),
    [
      'spec.containers[0].resources.limits[cpuu]: Invalid value: "cpuu": must be a standard resource type or fully qualified',
      'spec.containers[0].resources.limits[cpuu]: Invalid value: "cpuu": must be a standard resource for containers',
    ],
  ],
  [
    'configMap volume without name',
    podYaml({ volumes: [{ name: 'cfg', configMap: {} }], containers: [app()] }),
    ['spec.volumes[0].configMap.name: Required value'],
  ],
  [
    'two volume sources',
    podYaml({ volumes: [{ name: 'v', emptyDir: {}, configMap: { name: 'c' } }], containers: [app()] }),
    ['spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type'],
  ],
  [
    'label value',
    podYaml({ containers: [app()] }, 'p', { labels: { app: 'my app' } }),
    [
      `metadata.labels: Invalid value: "my app": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ],
  ],
  [
    'sidecar probes are validated like app probes',
    podYaml({
      initContainers: [
        app({
          name: 'side',
          restartPolicy: 'Always',
          livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 },
        }),
      ],
      containers: [app()],
    }),
    ['spec.initContainers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1'],
  ],
  [
    'service name DNS-1035',
    stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: '1svc' },
      spec: { ports: [{ port: 80 }] },
    }),
    [`metadata.name: Invalid value: "1svc": ${DNS1035_MSG}`],
  ],
  [
    'service without ports',
    stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc' },
      spec: { selector: { app: 'x' } },
    }),
    ['spec.ports: Required value'],
  ],
  [
    'service ports need names when several',
    stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc' },
      spec: { ports: [{ port: 80 }, { port: 81 }] },
    }),
    ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
  ],
  [
    'service type',
    stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc' },
      spec: { type: 'Internal', ports: [{ port: 80 }] },
    }),
    [
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ],
  ],
  [
    'service port out of range',
    stringify({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc' },
      spec: { ports: [{ port: 70000, targetPort: 80 }] },
    }),
    ['spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive'],
  ],
  [
    'configmap key',
    stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { 'my key': 'v' } }),
    [
      `data[my key]: Invalid value: "my key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    ],
  ],
  [
    'configmap name',
    stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'My_CM' }, data: {} }),
    [`metadata.name: Invalid value: "My_CM": ${SUBDOMAIN_MSG}`],
  ],
  [
    'missing metadata.name',
    stringify({ apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { containers: [app()] } }),
    ['metadata.name: Required value: name or generateName is required'],
  ],
];

describe('API validation messages (table)', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES)('%s', (_title, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
    expect(parseManifests(text).objects).toEqual([]);
  });
});

describe('kubectl stderr for invalid objects', () => {
  it('one error: single line', () => {
    const out = applyMessages(parseManifests(podYaml({ containers: [{ name: 'app' }] }, 'web')));
    expect(out.stderr).toBe('The Pod "web" is invalid: spec.containers[0].image: Required value\n');
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toBe('');
  });

  it('several errors: bullet list with the trailing space after the colon', () => {
    const out = applyMessages(
      parseManifests(podYaml({ restartPolicy: 'never', containers: [{ name: 'App' }] }, 'web')),
    );
    expect(out.stderr).toBe(
      'The Pod "web" is invalid: \n' +
        `* spec.containers[0].name: Invalid value: "App": ${LABEL_MSG}\n` +
        '* spec.containers[0].image: Required value\n' +
        '* spec.restartPolicy: Unsupported value: "never": supported values: "Always", "OnFailure", "Never"\n',
    );
  });

  it('V27/V28 (1.34): container restartPolicy values are dropped, not rejected', () => {
    const r = parseManifests(
      podYaml({
        initContainers: [app({ name: 'init', restartPolicy: 'OnFailure' })],
        containers: [app({ restartPolicy: 'Never' })],
      }),
    );
    expect(r.diagnostics).toEqual([]);
    const pod = r.objects[0].object as { spec: { initContainers: object[]; containers: object[] } };
    expect(pod.spec.initContainers[0]).not.toHaveProperty('restartPolicy');
    expect(pod.spec.containers[0]).not.toHaveProperty('restartPolicy');
  });
});

describe('diagnostic ranges point at the offending source', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: my app
spec:
  volumes:
  - name: data
    emptyDir: {}
  containers:
  - name: app
    image: busybox
    ports:
    - containerPort: 70000
    volumeMounts:
    - name: shared
      mountPath: /data
  - name: app
    image: busybox
`;
  const diags = parseManifests(text).diagnostics;
  const at = (path: string) => diags.find((d) => d.path === path)?.range;

  it('label value inside the labels mapping', () => {
    expect(at('metadata.labels')).toEqual({ startLine: 6, startColumn: 10, endLine: 6, endColumn: 16 });
  });
  it('port number', () => {
    expect(at('spec.containers[0].ports[0].containerPort')).toEqual({
      startLine: 15,
      startColumn: 22,
      endLine: 15,
      endColumn: 27,
    });
  });
  it('volume mount name', () => {
    expect(at('spec.containers[0].volumeMounts[0].name')?.startLine).toBe(17);
  });
  it('duplicate container name', () => {
    expect(at('spec.containers[1].name')).toEqual({
      startLine: 19,
      startColumn: 11,
      endLine: 19,
      endColumn: 14,
    });
  });
  it('every diagnostic has a path and the API code of its type', () => {
    expect(diags.map((d) => d.code)).toEqual([
      'api/invalid',
      'api/invalid',
      'api/not-found',
      'api/duplicate',
    ]);
  });
});
