// The pod's localhost band: the ports its containers listen on, and the connections they make
// (to a port on localhost or to a Service). Port slots come from the whole trace (plus the spec's
// containerPorts) so the band never reflows while time plays; whether a port listens is read at t.
import type { Container } from '../../core/manifest/types';
import type { Activity, ContainerStatus, Millis, ServiceRecord } from '../../core/trace/types';

export interface PortSlot {
  port: number;
  /** The container that listens (or declares the port); null when only connected to. */
  owner: string | null;
}

/** Every port of the pod that anything listens on, declares, or connects to on localhost; sorted. */
export function portSlots(
  podName: string,
  containers: readonly Container[],
  activity: readonly Activity[],
): PortSlot[] {
  const owners = new Map<number, string | null>();
  for (const c of containers)
    for (const p of c.ports ?? []) if (!owners.has(p.containerPort)) owners.set(p.containerPort, c.name);
  for (const a of activity) {
    if (a.pod !== podName) continue;
    if (a.kind === 'listen') owners.set(a.port, a.container);
    else if (a.kind === 'connect' && isLocalHost(a.host) && !owners.has(a.port)) owners.set(a.port, null);
  }
  return [...owners.entries()].sort((a, b) => a[0] - b[0]).map(([port, owner]) => ({ port, owner }));
}

export function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '::1';
}

/**
 * The ports listening at t: a container's listen counts while the run that made it is still
 * running (a restart or exit closes its sockets).
 */
export function listeningAt(
  allActivity: readonly Activity[],
  podName: string,
  t: Millis,
  statusOf: (container: string) => ContainerStatus | undefined,
): Map<number, string> {
  const open = new Map<number, string>();
  for (const a of allActivity) {
    if (a.t > t) break;
    if (a.kind !== 'listen' || a.pod !== podName) continue;
    const s = statusOf(a.container);
    if (s?.state === 'running' && s.startedAt !== null && s.startedAt <= a.t) open.set(a.port, a.container);
  }
  return open;
}

export interface Connection {
  container: string;
  /** `port:<n>` on localhost or `service:<name>`. */
  target: string;
  ok: boolean;
  port: number;
}

/** The connections in the recent activity window, one per (container, target), the latest winning. */
export function recentConnections(
  activity: readonly Activity[],
  podName: string,
  podIP: string | null,
  services: readonly ServiceRecord[],
): Connection[] {
  const byKey = new Map<string, Connection>();
  for (const a of activity) {
    if (a.kind !== 'connect' || a.pod !== podName) continue;
    let target: string | null = null;
    if (isLocalHost(a.host) || a.host === podIP) target = `port:${a.port}`;
    else {
      const svc = services.find(
        (s) => s.clusterIP === a.host || s.name === a.host.replace(/\.$/, '').split('.')[0],
      );
      if (svc) target = `service:${svc.name}`;
    }
    if (!target) continue;
    byKey.set(`${a.container}>${target}`, { container: a.container, target, ok: a.ok, port: a.port });
  }
  return [...byKey.values()];
}
