// The diagram's newer parts: back-off countdown, probe results, transitions and the init hand-off,
// the localhost band with its ports, and connections as packet edges.
import { describe, expect, it } from 'vitest';
import type { Activity, PodSnapshot, ServiceRecord } from '../../core/trace/types';
import { podObject, seedPod, seedTrace, status } from '../test-fixtures/seed.fixture';
import { buildDiagram, type DiagramFrame } from './model';
import { portSlots } from './network';

const opts = { animate: true, thenLabel: 'then' };
const byId = (d: ReturnType<typeof buildDiagram>, id: string) => d.nodes.find((n) => n.id === id);

const ambassador = podObject(
  {
    containers: [
      { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
      { name: 'client', image: 'busybox:1.28' },
    ],
  },
  'web',
);
const snapWith = (statuses: ReturnType<typeof status>[], t: number): PodSnapshot => ({
  ...seedTrace.snapshots[3],
  t,
  name: 'web',
  podIP: '10.244.0.9',
  initContainerStatuses: [],
  containerStatuses: statuses,
});

describe('container extras on the diagram', () => {
  it('counts the back-off down and shows the last probe failures', () => {
    const crashing = status('myapp-container', 'app', {
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      message: 'back-off 40s restarting failed container=myapp-container pod=myapp-pod_default(u)',
      restartCount: 3,
      lastState: { exitCode: 1, reason: 'Error', message: null, startedAt: 50_000, finishedAt: 60_000 },
    });
    const frame: DiagramFrame = {
      t: 70_000,
      pod: { ...seedTrace.snapshots[3], containerStatuses: [crashing] },
      activity: [],
      services: [],
      events: [
        {
          t: 55_000,
          type: 'Warning',
          reason: 'Unhealthy',
          from: 'kubelet',
          object: 'pod/myapp-pod',
          fieldPath: 'spec.containers{myapp-container}',
          message: 'Liveness probe failed: boom',
        },
      ],
    };
    const data = byId(buildDiagram([seedPod], frame, opts), 'container:myapp-container')?.data;
    expect(data).toMatchObject({
      backOff: { window: 40_000, until: 100_000, remaining: 30_000 },
      probes: [{ type: 'Liveness', t: 55_000, message: 'Liveness probe failed: boom' }],
      transition: null,
    });
  });

  it('hands off from one init container to the next with a packet on the "then" arrow', () => {
    const snap = seedTrace.snapshots[2]; // init-myservice completed, init-mydb running
    const started = snap.initContainerStatuses[1].startedAt!;
    const at = (t: number) => buildDiagram([seedPod], { t, pod: snap, activity: [], services: [] }, opts);
    const then = (t: number) => at(t).edges.find((e) => e.id === 'then:init-myservice:init-mydb');
    expect(then(started + 100)?.data).toMatchObject({ packet: 'forward' });
    expect(then(started + 100)?.className).toContain('edge-handoff');
    expect(byId(at(started + 100), 'container:init-mydb')?.data).toMatchObject({ transition: 'start' });
    expect(then(started + 60_000)?.data).toMatchObject({ packet: null });
  });
});

describe('the localhost band', () => {
  const listen: Activity = { t: 1000, kind: 'listen', pod: 'web', container: 'web', port: 80 };
  const connect = (t: number, ok: boolean, host = 'localhost'): Activity => ({
    t,
    kind: 'connect',
    pod: 'web',
    container: 'client',
    host,
    port: 80,
    ok,
    target: ok ? 'web' : null,
  });
  const running = (name: string) => status(name, 'app', { state: 'running', reason: null, startedAt: 1000 });
  const ports = portSlots('web', [{ name: 'web', ports: [{ containerPort: 80 }] }], [listen]);

  const frame = (t: number, activity: Activity[], services: ServiceRecord[] = []): DiagramFrame => ({
    t,
    pod: snapWith([running('web'), running('client')], t),
    activity,
    services,
    ports,
    allActivity: [listen, ...activity],
  });

  it('shows each port with the container listening on it', () => {
    const d = buildDiagram([ambassador], frame(2000, []), opts);
    expect(byId(d, 'band')).toBeDefined();
    expect(byId(d, 'port:80')?.data).toEqual({ port: 80, owner: 'web', listening: 'web', hit: null });
    expect(d.edges.some((e) => e.id.startsWith('connect:'))).toBe(false);
    // No band without ports.
    expect(
      byId(buildDiagram([seedPod], { t: 0, pod: null, activity: [], services: [] }, opts), 'band'),
    ).toBeUndefined();
  });

  it('draws a connection as a packet to the port, refused ones marked', () => {
    const ok = buildDiagram([ambassador], frame(2100, [connect(2000, true)]), opts);
    const edge = ok.edges.find((e) => e.id === 'connect:client:port:80');
    expect(edge).toMatchObject({
      source: 'container:client',
      target: 'port:80',
      data: { packet: 'forward' },
    });
    expect(edge?.className).toContain('connect-ok');
    expect(byId(ok, 'port:80')?.data).toMatchObject({ hit: true });
    const refused = buildDiagram([ambassador], frame(2100, [connect(2000, false)]), opts);
    expect(refused.edges.find((e) => e.id === 'connect:client:port:80')?.className).toContain(
      'connect-refused',
    );
  });

  it('draws a connection to a Service outside the pod', () => {
    const svc: ServiceRecord = {
      name: 'backend',
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.96.0.50',
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
      selector: null,
      createdAt: 0,
      deletedAt: null,
    };
    const d = buildDiagram([ambassador], frame(2100, [connect(2000, true, 'backend')], [svc]), opts);
    expect(d.edges.find((e) => e.id === 'connect:client:service:backend')).toMatchObject({
      source: 'container:client',
      target: 'service:backend',
    });
  });

  it('keeps every position while time moves', () => {
    const positions = (t: number) =>
      buildDiagram([ambassador], frame(t, t > 2000 ? [connect(2000, true)] : []), opts).nodes.map(
        (n) => `${n.id}@${n.position.x},${n.position.y}`,
      );
    expect(positions(2500)).toEqual(positions(500));
  });
});
