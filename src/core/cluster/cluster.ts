// The simulated cluster around the pods: one node, the API objects (Services, ConfigMaps, Secrets),
// cluster DNS and IP allocation. Pods are driven by their kubelet pod workers.
import type { ConfigMap, Pod, Secret, Service } from '../manifest/types';
import type { EventQueue } from '../sim/event-queue';
import type { Prng } from '../sim/prng';
import type { TraceRecorder } from '../sim/recorder';
import type { Millis, ServiceRecord } from '../trace/types';
import { PodWorker } from '../kubelet/pod-worker';
import type { PodEnvironment } from '../kubelet/container-launcher';
import { PodVolumes } from './volumes';
import { createVolume, type Volume } from '../vfs';
import { containerEnv } from './env';
import { ClusterRouter, type NetPod } from '../net/routing';
import { EPOCH_MS } from './epoch';

export { EPOCH_MS };

export const NODE_NAME = 'node-1';
export const CLUSTER_DOMAIN = 'cluster.local';
const SVC_SUFFIX = `.svc.${CLUSTER_DOMAIN}`;
export const DNS_SERVICE_IP = '10.96.0.10';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';

export class Cluster {
  readonly pods = new Map<string, PodWorker>();
  readonly services = new Map<string, ServiceRecord>();
  readonly configMaps = new Map<string, ConfigMap>();
  readonly secrets = new Map<string, Secret>();
  private usedIPs = new Set<string>([KUBERNETES_SERVICE_IP, DNS_SERVICE_IP]);
  private volumes = new Map<string, PodVolumes>();
  /** hostPath directories of the node, shared by every pod that mounts them (net/vfs, issue 4). */
  private hostPaths = new Map<string, Volume>();
  /** ExternalName Services: `ns/name` -> the name their DNS record is a CNAME to. */
  private externalNames = new Map<string, string>();
  /** kube-proxy: Service ClusterIPs and pod IPs as containers reach them (net/routing.ts). */
  readonly network = new ClusterRouter({
    pods: () => [...this.pods.values()].map((p) => netPod(p)),
    services: () => this.services.values(),
  });
  readonly env: PodEnvironment;

  constructor(
    readonly sched: EventQueue,
    readonly rec: TraceRecorder,
    readonly prng: Prng,
  ) {
    this.env = {
      sched,
      rec,
      prng,
      nodeName: NODE_NAME,
      epochMs: EPOCH_MS,
      resolve: (fqdn) => this.resolve(fqdn),
      mountsFor: (pod, c) => this.volumes.get(pod.name)?.mountsFor(c) ?? [],
      envFor: (pod, c) => containerEnv(this, pod, c),
      network: this.network,
    };
  }

  /** The node's directory at `path`, created on first use (DirectoryOrCreate). */
  hostPath(path: string): Volume {
    const key = path.replace(/\/+$/, '') || '/';
    let v = this.hostPaths.get(key);
    if (!v) this.hostPaths.set(key, (v = createVolume(`hostPath:${key}`)));
    return v;
  }

  get now(): Millis {
    return this.sched.now();
  }

  uid(): string {
    const p = this.prng;
    return `${p.hex(8)}-${p.hex(4)}-4${p.hex(3)}-${'89ab'[p.int(0, 3)]}${p.hex(3)}-${p.hex(12)}`;
  }

  private allocate(prefix: string, lo: number, hi: number): string {
    for (;;) {
      const ip = `${prefix}.${this.prng.int(lo, hi)}`;
      if (!this.usedIPs.has(ip)) {
        this.usedIPs.add(ip);
        return ip;
      }
    }
  }

  /** Cluster DNS (CoreDNS): Services of any namespace by FQDN, at the current virtual time. */
  resolve(fqdn: string, depth = 0): string | null {
    const name = serviceName(fqdn);
    if (!name) return null;
    const { svc, ns } = name;
    if (ns === 'default' && svc === 'kubernetes') return KUBERNETES_SERVICE_IP;
    if (ns === 'kube-system' && svc === 'kube-dns') return DNS_SERVICE_IP;
    const record = this.services.get(name.key);
    if (!record) return null;
    if (record.type === 'ExternalName') {
      // A CNAME: it resolves only when its target does (only cluster names resolve offline).
      const target = this.externalNames.get(`${ns}/${svc}`);
      return target && depth < 8 ? this.resolve(target, depth + 1) : null;
    }
    // A headless Service's A record is a ready pod's IP; without ready pods there is none.
    return record.clusterIP === 'None' ? this.network.headlessAddress(record) : record.clusterIP;
  }

  // ---- API objects -----------------------------------------------------------------------------

  createPod(pod: Pod): PodWorker {
    const name = pod.metadata?.name ?? '';
    const ip = this.allocate(`10.244.1`, 2, 254);
    const worker = new PodWorker(pod, this.uid(), ip, this.now, this.env);
    this.volumes.set(name, new PodVolumes(this, worker));
    this.pods.set(name, worker);
    worker.onRemoved = () => {
      this.pods.delete(name);
      this.volumes.delete(name);
    };
    worker.create();
    return worker;
  }

  createService(svc: Service): ServiceRecord {
    const name = svc.metadata?.name ?? '';
    const namespace = svc.metadata?.namespace ?? 'default';
    const type = svc.spec?.type ?? 'ClusterIP';
    const headless = svc.spec?.clusterIP === 'None';
    const record: ServiceRecord = {
      name,
      namespace,
      type,
      clusterIP:
        type === 'ExternalName'
          ? ''
          : headless
            ? 'None'
            : (svc.spec?.clusterIP ?? this.allocate(`10.96.${this.prng.int(0, 255)}`, 2, 254)),
      ports: (svc.spec?.ports ?? []).map((p) => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort ?? p.port,
        protocol: p.protocol ?? 'TCP',
        nodePort:
          type === 'NodePort' || type === 'LoadBalancer'
            ? (p.nodePort ?? this.prng.int(30000, 32767))
            : undefined,
      })),
      selector: svc.spec?.selector ?? null,
      createdAt: this.now,
      deletedAt: null,
    };
    this.services.set(`${namespace}/${name}`, record);
    if (type === 'ExternalName' && svc.spec?.externalName)
      this.externalNames.set(`${namespace}/${name}`, svc.spec.externalName);
    this.rec.trace.services.push(record);
    return record;
  }

  deleteService(namespace: string, name: string): boolean {
    const record = this.services.get(`${namespace}/${name}`);
    if (!record) return false;
    record.deletedAt = this.now;
    this.services.delete(`${namespace}/${name}`);
    return true;
  }
}

/** The Service and namespace a cluster DNS name asks for (`<svc>.<ns>.svc.cluster.local`, any case,
 * an optional final dot), or null. */
function parseServiceName(fqdn: string): { svc: string; ns: string; key: string } | null {
  const lower = fqdn.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (!name.endsWith(SVC_SUFFIX)) return null;
  const body = name.slice(0, -SVC_SUFFIX.length);
  const dot = body.indexOf('.');
  if (dot < 0 || body.indexOf('.', dot + 1) >= 0) return null;
  const svc = body.slice(0, dot);
  const ns = body.slice(dot + 1);
  if (!svc || !ns) return null;
  return { svc, ns, key: `${ns}/${svc}` };
}

/** parseServiceName, remembered: every lookup of a waiting init container asks for the same names. */
const serviceNames = new Map<string, { svc: string; ns: string; key: string } | null>();

function serviceName(fqdn: string): { svc: string; ns: string; key: string } | null {
  let name = serviceNames.get(fqdn);
  if (name === undefined) {
    if (serviceNames.size >= 1024) serviceNames.clear();
    serviceNames.set(fqdn, (name = parseServiceName(fqdn)));
  }
  return name;
}

/** What Service routing needs of a pod worker. */
function netPod(p: PodWorker): NetPod {
  return {
    name: p.name,
    namespace: p.spec.namespace,
    ip: p.podIP,
    labels: p.pod.metadata?.labels ?? {},
    ready: p.isReadyEndpoint,
    running: p.sandboxReady,
    ports: p.ports,
    containerPorts: [...(p.pod.spec?.containers ?? []), ...(p.pod.spec?.initContainers ?? [])].flatMap(
      (c) => c.ports ?? [],
    ),
  };
}
