import { describe, expect, it } from 'vitest';
import type { Activity, ServiceRecord } from '../../core/trace/types';
import { status } from '../test-fixtures/seed.fixture';
import { listeningAt, portSlots, recentConnections } from './network';

const listen = (t: number, container: string, port: number): Activity => ({
  t,
  kind: 'listen',
  pod: 'p',
  container,
  port,
});
const connect = (t: number, container: string, host: string, port: number, ok = true): Activity => ({
  t,
  kind: 'connect',
  pod: 'p',
  container,
  host,
  port,
  ok,
  target: null,
});

describe('portSlots', () => {
  it('lists declared, listened and locally connected ports in order', () => {
    const containers = [{ name: 'web', image: 'nginx', ports: [{ containerPort: 8080 }] }];
    const slots = portSlots('p', containers, [
      listen(1, 'web', 80),
      connect(2, 'c', 'localhost', 9000),
      connect(3, 'c', 'mydb', 5432),
    ]);
    expect(slots).toEqual([
      { port: 80, owner: 'web' },
      { port: 8080, owner: 'web' },
      { port: 9000, owner: null },
    ]);
  });
});

describe('listeningAt', () => {
  const activity = [listen(1000, 'web', 80)];
  it('counts a listen while the run that made it is running', () => {
    const running = () => status('web', 'app', { state: 'running', reason: null, startedAt: 1000 });
    expect([...listeningAt(activity, 'p', 2000, running)]).toEqual([[80, 'web']]);
    expect([...listeningAt(activity, 'p', 500, running)]).toEqual([]);
  });
  it('forgets it after the container exits or restarts', () => {
    const exited = () => status('web', 'app', { state: 'terminated', reason: 'Error', exitCode: 1 });
    const restarted = () => status('web', 'app', { state: 'running', reason: null, startedAt: 5000 });
    expect(listeningAt(activity, 'p', 6000, exited).size).toBe(0);
    expect(listeningAt(activity, 'p', 6000, restarted).size).toBe(0);
  });
});

describe('recentConnections', () => {
  const svc: ServiceRecord = {
    name: 'mydb',
    namespace: 'default',
    type: 'ClusterIP',
    clusterIP: '10.96.0.20',
    ports: [],
    selector: null,
    createdAt: 0,
    deletedAt: null,
  };
  it('targets a localhost port or a Service, latest result per pair', () => {
    const conns = recentConnections(
      [
        connect(1, 'c', 'localhost', 80, false),
        connect(2, 'c', '127.0.0.1', 80, true),
        connect(3, 'c', 'mydb.default.svc.cluster.local', 5432),
        connect(4, 'c', '10.96.0.20', 5432),
        connect(5, 'c', 'example.com', 443),
      ],
      'p',
      '10.244.0.5',
      [svc],
    );
    expect(conns).toEqual([
      { container: 'c', target: 'port:80', ok: true, port: 80 },
      { container: 'c', target: 'service:mydb', ok: true, port: 5432 },
    ]);
  });
});
