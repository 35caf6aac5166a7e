import { describe, expect, it } from 'vitest';
import type { Activity, ServiceRecord } from '../../core/trace/types';
import { podObject, seedPod, seedTrace, serviceObject } from '../test-fixtures/seed.fixture';
import { buildDiagram, serviceOfQuery, volumeSource, type DiagramFrame } from './model';

const opts = { animate: true, thenLabel: 'then' };
const frameAt = (i: number, extra: Partial<DiagramFrame> = {}): DiagramFrame => ({
  t: seedTrace.snapshots[i].t,
  pod: seedTrace.snapshots[i],
  activity: [],
  services: [],
  ...extra,
});
const svc = (name: string, createdAt = 0): ServiceRecord => ({
  name,
  namespace: 'default',
  type: 'ClusterIP',
  clusterIP: '10.96.0.10',
  ports: [{ port: 80, targetPort: 9376, protocol: 'TCP' }],
  selector: null,
  createdAt,
  deletedAt: null,
});
const byId = (d: ReturnType<typeof buildDiagram>, id: string) => d.nodes.find((n) => n.id === id);

describe('buildDiagram: the seed pod', () => {
  it('has stable ids for the pod and every container', () => {
    const d = buildDiagram([seedPod], frameAt(1), opts);
    expect(d.nodes.map((n) => n.id)).toEqual([
      'pod',
      'container:init-myservice',
      'container:init-mydb',
      'container:myapp-container',
      'gate',
    ]);
  });

  it('numbers init containers 1..n and chains them with "then" arrows into the app container', () => {
    const d = buildDiagram([seedPod], frameAt(1), opts);
    expect(byId(d, 'container:init-myservice')?.data).toMatchObject({ kind: 'init', order: 1 });
    expect(byId(d, 'container:init-mydb')?.data).toMatchObject({ kind: 'init', order: 2 });
    expect(byId(d, 'container:myapp-container')?.data).toMatchObject({ kind: 'app', order: null });
    expect(d.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['container:init-myservice', 'container:init-mydb', 'then'],
    ]);
    expect(byId(d, 'gate')?.data).toMatchObject({ label: 'then', open: false });
    expect(byId(d, 'gate')!.position.y).toBeLessThan(byId(d, 'container:myapp-container')!.position.y);
  });

  it('shows each container state in Kubernetes words', () => {
    const d = buildDiagram([seedPod], frameAt(2), opts);
    expect(byId(d, 'container:init-myservice')?.data).toMatchObject({
      stateText: 'Terminated: Completed (0)',
      state: 'completed',
    });
    expect(byId(d, 'container:init-mydb')?.data).toMatchObject({ stateText: 'Running', started: true });
    expect(byId(d, 'container:myapp-container')?.data).toMatchObject({
      stateText: 'Waiting: PodInitializing',
    });
  });

  it('has no state text before the kubelet reports one', () => {
    const d = buildDiagram([seedPod], frameAt(0), opts);
    expect(byId(d, 'container:init-myservice')?.data).toMatchObject({ stateText: null, state: 'none' });
    expect(byId(d, 'pod')?.data).toMatchObject({ phase: 'Pending', ip: null });
  });

  it('shows pod phase, IP and conditions as lights', () => {
    const snap = {
      ...seedTrace.snapshots[3],
      conditions: [
        {
          type: 'PodScheduled' as const,
          status: 'True' as const,
          reason: null,
          message: null,
          lastTransitionTime: 0,
        },
        {
          type: 'Ready' as const,
          status: 'False' as const,
          reason: null,
          message: null,
          lastTransitionTime: 0,
        },
      ],
    };
    const d = buildDiagram([seedPod], { t: 5000, pod: snap, activity: [], services: [] }, opts);
    const data = byId(d, 'pod')?.data as {
      phase: string;
      ip: string;
      conditions: { type: string; status: string | null }[];
    };
    expect(data.phase).toBe('Running');
    expect(data.ip).toBe('10.244.0.7');
    expect(data.conditions.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
    expect(data.conditions.find((c) => c.type === 'Ready')?.status).toBe('False');
    expect(data.conditions.find((c) => c.type === 'Initialized')?.status).toBe(null);
  });

  it('never moves a node when time moves', () => {
    const positions = (i: number) =>
      buildDiagram([seedPod], frameAt(i), opts).nodes.map((n) => [n.id, n.position.x, n.position.y]);
    expect(positions(0)).toEqual(positions(3));
  });

  it('draws nothing but services without a pod', () => {
    const d = buildDiagram([], { t: 0, pod: null, activity: [], services: [svc('mydb')] }, opts);
    expect(d.nodes.map((n) => n.id)).toEqual(['service:mydb']);
  });
});

describe('buildDiagram: sidecars, volumes, services', () => {
  const pod = podObject(
    {
      initContainers: [
        { name: 'setup', image: 'busybox:1.36', volumeMounts: [{ name: 'data', mountPath: '/data' }] },
        {
          name: 'shipper',
          image: 'busybox:1.36',
          restartPolicy: 'Always',
          volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }],
        },
      ],
      containers: [
        { name: 'app', image: 'nginx:1.27', volumeMounts: [{ name: 'logs', mountPath: '/var/log/app' }] },
      ],
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'logs', emptyDir: {} },
        { name: 'cfg', configMap: { name: 'app-config' } },
      ],
    },
    'web',
  );
  const empty: DiagramFrame = { t: 0, pod: null, activity: [], services: [] };

  it('marks native sidecars and draws a lane for their lifetime', () => {
    const d = buildDiagram([pod], empty, opts);
    expect(byId(d, 'container:shipper')?.data).toMatchObject({ kind: 'sidecar', order: 2 });
    const lane = byId(d, 'lane:shipper');
    expect(lane).toBeDefined();
    expect(lane?.position.x).toBe(byId(d, 'container:shipper')?.position.x);
  });

  it('draws volumes with one labelled edge per mount, read-only marked', () => {
    const d = buildDiagram([pod], empty, opts);
    expect(byId(d, 'volume:cfg')?.data).toMatchObject({ source: 'configMap: app-config' });
    const mounts = d.edges.filter((e) => e.id.startsWith('mount:'));
    expect(mounts.map((e) => [e.source, e.target, e.label])).toEqual([
      ['container:setup', 'volume:data', '/data'],
      ['container:shipper', 'volume:logs', '/logs (ro)'],
      ['container:app', 'volume:logs', '/var/log/app'],
    ]);
    expect(mounts[1].className).toContain('edge-ro');
  });

  it('pulses a mount edge on a recent file write', () => {
    const activity: Activity[] = [
      { t: 900, kind: 'file-write', pod: 'web', container: 'app', volume: 'logs', path: '/var/log/app/x' },
    ];
    const d = buildDiagram([pod], { ...empty, t: 1000, activity }, opts);
    const edge = d.edges.find((e) => e.id === 'mount:app:logs:0');
    expect(edge?.className).toContain('pulse-write');
    // A packet travels from the container into the volume; the label names the file.
    expect(edge?.data).toEqual({ packet: 'forward', animate: true });
    expect(edge?.label).toBe('/var/log/app · write /var/log/app/x');
    expect(byId(d, 'volume:logs')?.data).toMatchObject({ active: 'write' });
    const still = buildDiagram([pod], { ...empty, t: 1000, activity }, { ...opts, animate: false });
    expect(still.edges.find((e) => e.id === 'mount:app:logs:0')?.data).toEqual({
      packet: 'forward',
      animate: false,
    });
    const later = buildDiagram([pod], { ...empty, t: 3000, activity: [] }, opts);
    expect(later.edges.find((e) => e.id === 'mount:app:logs:0')?.data).toEqual({
      packet: null,
      animate: true,
    });
  });

  it('puts existing services outside the pod in manifest order', () => {
    const objects = [pod, serviceObject('myservice', 1), serviceObject('mydb', 2)];
    const d = buildDiagram(objects, { ...empty, services: [svc('mydb'), svc('myservice')] }, opts);
    const ms = byId(d, 'service:myservice');
    const db = byId(d, 'service:mydb');
    expect(ms?.parentId).toBeUndefined();
    expect(ms!.position.x).toBeGreaterThan(byId(d, 'pod')?.width ?? 0);
    expect(ms!.position.y).toBeLessThan(db!.position.y);
  });

  it('draws a DNS line from a container to the service it resolved', () => {
    const activity: Activity[] = [
      {
        t: 500,
        kind: 'dns',
        pod: 'myapp-pod',
        container: 'init-mydb',
        query: 'mydb.default.svc.cluster.local',
        answer: '10.96.0.10',
      },
    ];
    const d = buildDiagram([seedPod], { ...frameAt(2), activity, services: [svc('mydb')] }, opts);
    const dns = d.edges.find((e) => e.id === 'dns:init-mydb:mydb');
    expect(dns).toMatchObject({ source: 'container:init-mydb', target: 'service:mydb', animated: true });
    expect(byId(d, 'service:mydb')?.data).toMatchObject({ queried: true });
  });

  it('marks failed lookups on the container', () => {
    const activity: Activity[] = [
      {
        t: 500,
        kind: 'dns',
        pod: 'myapp-pod',
        container: 'init-myservice',
        query: 'myservice',
        answer: null,
      },
    ];
    const d = buildDiagram([seedPod], { ...frameAt(1), activity }, opts);
    expect(byId(d, 'container:init-myservice')?.data).toMatchObject({ failedLookups: ['myservice'] });
  });
});

describe('helpers', () => {
  it('names a volume source', () => {
    expect(volumeSource({ name: 'a', emptyDir: {} })).toBe('emptyDir');
    expect(volumeSource({ name: 'a', secret: { secretName: 's' } })).toBe('secret: s');
    expect(volumeSource({ name: 'a' })).toBe('emptyDir');
  });

  it('finds the service of a DNS query', () => {
    expect(serviceOfQuery('mydb')).toBe('mydb');
    expect(serviceOfQuery('mydb.default.svc.cluster.local.')).toBe('mydb');
  });
});
