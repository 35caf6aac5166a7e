// Hand-made data for UI unit tests only (never imported by app code): the docs seed Pod with its two
// init containers, and a short trace where both Services exist from t=0.
import type { ManifestObject, Pod, Service } from '../../core/manifest/types';
import type { ContainerStatus, PodSnapshot, Trace } from '../../core/trace/types';

const range = { startLine: 1, startColumn: 1, endLine: 20, endColumn: 1 };

export function podObject(spec: Pod['spec'], name = 'myapp-pod'): ManifestObject {
  const object: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec };
  return { kind: 'Pod', name, namespace: 'default', docIndex: 0, object, range, rangeOf: () => undefined };
}

export function serviceObject(name: string, docIndex: number): ManifestObject {
  const object: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { ports: [{ protocol: 'TCP', port: 80, targetPort: 9376 }] },
  };
  return { kind: 'Service', name, namespace: 'default', docIndex, object, range, rangeOf: () => undefined };
}

export const seedPod = podObject({
  containers: [
    {
      name: 'myapp-container',
      image: 'busybox:1.28',
      command: ['sh', '-c', 'echo The app is running! && sleep 3600'],
    },
  ],
  initContainers: [
    {
      name: 'init-myservice',
      image: 'busybox:1.28',
      command: ['sh', '-c', 'until nslookup myservice; do sleep 2; done'],
    },
    {
      name: 'init-mydb',
      image: 'busybox:1.28',
      command: ['sh', '-c', 'until nslookup mydb; do sleep 2; done'],
    },
  ],
});

export function status(
  name: string,
  kind: ContainerStatus['kind'],
  over: Partial<ContainerStatus>,
): ContainerStatus {
  return {
    name,
    kind,
    image: 'busybox:1.28',
    state: 'waiting',
    reason: 'PodInitializing',
    message: null,
    exitCode: null,
    startedAt: null,
    finishedAt: null,
    started: false,
    ready: false,
    restartCount: 0,
    lastState: null,
    ...over,
  };
}

function snapshot(t: number, over: Partial<PodSnapshot>): PodSnapshot {
  return {
    t,
    name: 'myapp-pod',
    namespace: 'default',
    uid: 'uid-1',
    nodeName: 'node-1',
    podIP: null,
    createdAt: 0,
    deletionTimestamp: null,
    deleted: false,
    phase: 'Pending',
    reason: null,
    readyTotal: 1,
    conditions: [],
    initContainerStatuses: [],
    containerStatuses: [],
    ...over,
  };
}

const running = (t: number) => ({ state: 'running' as const, reason: null, startedAt: t, started: true });
const completed = (s: number, f: number) => ({
  state: 'terminated' as const,
  reason: 'Completed',
  exitCode: 0,
  startedAt: s,
  finishedAt: f,
  ready: true,
});

export const seedTrace: Trace = {
  version: 1,
  seed: 1,
  until: 600_000,
  actions: [],
  watch: [
    { t: 0, name: 'myapp-pod', ready: '0/1', status: 'Pending', restarts: '0', age: '0s' },
    { t: 1000, name: 'myapp-pod', ready: '0/1', status: 'Init:0/2', restarts: '0', age: '1s' },
    { t: 3000, name: 'myapp-pod', ready: '0/1', status: 'Init:1/2', restarts: '0', age: '3s' },
    { t: 4000, name: 'myapp-pod', ready: '0/1', status: 'PodInitializing', restarts: '0', age: '4s' },
    { t: 5000, name: 'myapp-pod', ready: '1/1', status: 'Running', restarts: '0', age: '5s' },
  ],
  events: [
    {
      t: 0,
      type: 'Normal',
      reason: 'Scheduled',
      from: 'default-scheduler',
      object: 'pod/myapp-pod',
      fieldPath: null,
      message: 'Successfully assigned default/myapp-pod to node-1',
    },
    {
      t: 1000,
      type: 'Normal',
      reason: 'Pulled',
      from: 'kubelet',
      object: 'pod/myapp-pod',
      fieldPath: 'spec.initContainers{init-myservice}',
      message: 'Container image "busybox:1.28" already present on machine',
    },
  ],
  snapshots: [
    snapshot(0, {}),
    snapshot(1000, {
      podIP: '10.244.0.7',
      initContainerStatuses: [
        status('init-myservice', 'init', running(1000)),
        status('init-mydb', 'init', {}),
      ],
      containerStatuses: [status('myapp-container', 'app', {})],
    }),
    snapshot(3000, {
      podIP: '10.244.0.7',
      initContainerStatuses: [
        status('init-myservice', 'init', completed(1000, 2900)),
        status('init-mydb', 'init', running(3000)),
      ],
      containerStatuses: [status('myapp-container', 'app', {})],
    }),
    snapshot(5000, {
      podIP: '10.244.0.7',
      phase: 'Running',
      initContainerStatuses: [
        status('init-myservice', 'init', completed(1000, 2900)),
        status('init-mydb', 'init', completed(3000, 3900)),
      ],
      containerStatuses: [status('myapp-container', 'app', { ...running(5000), ready: true })],
    }),
  ],
  logs: {
    'myapp-pod': {
      'init-myservice': [{ t: 1200, stream: 'stdout', line: 'waiting for myservice', instance: 0 }],
      'myapp-container': [{ t: 5000, stream: 'stdout', line: 'The app is running!', instance: 0 }],
    },
  },
  activity: [],
  services: [],
  notes: [],
};
