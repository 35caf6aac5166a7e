// Service routing the way kube-proxy (iptables mode) does it: a ClusterIP:port DNATs to a ready pod
// the selector matches, on the Service port's targetPort (a number, or a containerPort name looked up
// in that pod). Endpoints are picked round-robin so results are deterministic.
import type { PortRegistry } from '../runtime/ports';
import type { ServiceRecord } from '../trace/types';
import type { ClusterNetwork, ConnectResult } from './types';

/** What routing needs to know of one pod. */
export interface NetPod {
  name: string;
  namespace: string;
  ip: string;
  labels: Record<string, string>;
  /** Ready condition True and not terminating: the pod is a ready endpoint. */
  ready: boolean;
  /** Whether the sandbox is up (its IP answers pings and connects). */
  running: boolean;
  ports: PortRegistry;
  containerPorts: { name?: string; containerPort: number; protocol?: string }[];
}

export interface NetView {
  pods(): Iterable<NetPod>;
  services(): Iterable<ServiceRecord>;
}

/** Equality-based selector: every key must match. An empty or missing selector selects nothing
 * (such Services get their endpoints from elsewhere, which the simulator does not model). */
export function selects(
  selector: Record<string, string> | null | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector) return false;
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

/** The pod port a Service port forwards to; null when a named targetPort is not declared by the pod. */
export function resolveTargetPort(targetPort: number | string, pod: NetPod): number | null {
  if (typeof targetPort === 'number') return targetPort;
  if (/^[0-9]+$/.test(targetPort)) return Number(targetPort);
  const named = pod.containerPorts.find((p) => p.name === targetPort && (p.protocol ?? 'TCP') === 'TCP');
  return named ? named.containerPort : null;
}

/** Ready pods behind a Service, in name order. */
export function endpointsOf(svc: ServiceRecord, pods: Iterable<NetPod>): NetPod[] {
  const out: NetPod[] = [];
  for (const p of pods)
    if (p.namespace === svc.namespace && p.ready && selects(svc.selector, p.labels)) out.push(p);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export class ClusterRouter implements ClusterNetwork {
  private nextEndpoint = new Map<string, number>();

  constructor(private readonly view: NetView) {}

  connect(ip: string, port: number): ConnectResult {
    const svc = [...this.view.services()].find((s) => s.clusterIP === ip);
    if (svc) return this.viaService(svc, port);
    const pod = [...this.view.pods()].find((p) => p.ip === ip && p.running);
    if (!pod) return { kind: 'timeout' };
    return toPod(pod, port);
  }

  answersPing(ip: string): boolean {
    return [...this.view.pods()].some((p) => p.ip === ip && p.running);
  }

  /** A headless Service's A record: its first ready endpoint (round-robin DNS is not modelled). */
  headlessAddress(svc: ServiceRecord): string | null {
    return endpointsOf(svc, this.view.pods())[0]?.ip ?? null;
  }

  private viaService(svc: ServiceRecord, port: number): ConnectResult {
    const sp = svc.ports.find((p) => p.port === port && p.protocol === 'TCP');
    // No iptables rule matches a port the Service does not expose: the packet is dropped.
    if (!sp) return { kind: 'timeout' };
    const key = `${svc.namespace}/${svc.name}:${port}`;
    const candidates = endpointsOf(svc, this.view.pods()).filter(
      (p) => resolveTargetPort(sp.targetPort, p) !== null,
    );
    // kube-proxy installs a REJECT rule for a Service port without endpoints.
    if (candidates.length === 0) return { kind: 'refused' };
    const i = (this.nextEndpoint.get(key) ?? 0) % candidates.length;
    this.nextEndpoint.set(key, i + 1);
    const pod = candidates[i];
    return toPod(pod, resolveTargetPort(sp.targetPort, pod)!);
  }
}

function toPod(pod: NetPod, port: number): ConnectResult {
  const listener = pod.ports.get(port);
  return listener ? { kind: 'ok', listener, pod: pod.name } : { kind: 'refused' };
}
