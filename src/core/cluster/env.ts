// A container's environment as the kubelet builds it: Service links (docker-link style variables
// for every Service that existed when the container starts), then envFrom, then env.
import type { ContainerSpec } from '../kubelet/pod-spec';
import type { PodWorker } from '../kubelet/pod-worker';
import type { ServiceRecord } from '../trace/types';
import { KUBERNETES_SERVICE_IP, type Cluster } from './cluster';
import { decodeBase64 } from '../util/base64';

function serviceLinks(svc: Pick<ServiceRecord, 'name' | 'clusterIP' | 'ports'>): [string, string][] {
  const prefix = svc.name.toUpperCase().replace(/-/g, '_');
  const out: [string, string][] = [];
  const first = svc.ports[0];
  if (!first || !svc.clusterIP || svc.clusterIP === 'None') return out;
  out.push([`${prefix}_SERVICE_HOST`, svc.clusterIP], [`${prefix}_SERVICE_PORT`, String(first.port)]);
  for (const p of svc.ports)
    if (p.name)
      out.push([`${prefix}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)]);
  out.push([`${prefix}_PORT`, `${first.protocol.toLowerCase()}://${svc.clusterIP}:${first.port}`]);
  for (const p of svc.ports) {
    const proto = p.protocol.toLowerCase();
    const base = `${prefix}_PORT_${p.port}_${p.protocol}`;
    out.push(
      [base, `${proto}://${svc.clusterIP}:${p.port}`],
      [`${base}_PROTO`, proto],
      [`${base}_PORT`, String(p.port)],
      [`${base}_ADDR`, svc.clusterIP],
    );
  }
  return out;
}

/** The `kubernetes` Service's links, the same for every container: computed on first use (not at
 * load time: cluster.ts, which defines its address, imports this module). */
let kubernetesLinks: readonly (readonly [string, string])[] | null = null;

function kubernetesServiceLinks(): readonly (readonly [string, string])[] {
  return (kubernetesLinks ??= serviceLinks({
    name: 'kubernetes',
    clusterIP: KUBERNETES_SERVICE_IP,
    ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }],
  }));
}

export function containerEnv(cluster: Cluster, pod: PodWorker, c: ContainerSpec): [string, string][] {
  const vars = new Map<string, string>();
  vars.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  vars.set('HOSTNAME', pod.name);
  const ns = pod.spec.namespace;
  if (pod.pod.spec?.enableServiceLinks !== false) {
    for (const svc of cluster.services.values())
      if (svc.namespace === ns) for (const [k, v] of serviceLinks(svc)) vars.set(k, v);
  }
  for (const [k, v] of kubernetesServiceLinks()) vars.set(k, v);
  for (const from of c.container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = cluster.configMaps.get(`${ns}/${from.configMapRef.name}`);
      for (const [k, v] of Object.entries(cm?.data ?? {})) vars.set(prefix + k, v);
    }
    if (from.secretRef) {
      const s = cluster.secrets.get(`${ns}/${from.secretRef.name}`);
      for (const [k, v] of Object.entries(s?.data ?? {})) vars.set(prefix + k, safeAtob(v));
      for (const [k, v] of Object.entries(s?.stringData ?? {})) vars.set(prefix + k, v);
    }
  }
  const expand = (value: string) =>
    value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n) => vars.get(n) ?? m);
  for (const e of c.container.env ?? []) {
    if (e.value !== undefined) vars.set(e.name, expand(e.value));
    else if (e.valueFrom?.fieldRef) vars.set(e.name, fieldRef(pod, e.valueFrom.fieldRef.fieldPath));
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef;
      const v = cluster.configMaps.get(`${ns}/${ref.name}`)?.data?.[ref.key];
      if (v !== undefined) vars.set(e.name, v);
    } else if (e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.secretKeyRef;
      const s = cluster.secrets.get(`${ns}/${ref.name}`);
      const v =
        s?.stringData?.[ref.key] ??
        (s?.data?.[ref.key] !== undefined ? safeAtob(s.data[ref.key]) : undefined);
      if (v !== undefined) vars.set(e.name, v);
    } else vars.set(e.name, '');
  }
  return [...vars.entries()];
}

function fieldRef(pod: PodWorker, path: string): string {
  if (path === 'metadata.name') return pod.name;
  if (path === 'metadata.namespace') return pod.spec.namespace;
  if (path === 'metadata.uid') return pod.uid;
  if (path === 'status.podIP') return pod.podIP;
  if (path === 'spec.nodeName') return pod.env.nodeName;
  if (path === 'status.hostIP') return '172.18.0.2';
  if (path === 'spec.serviceAccountName') return pod.pod.spec?.serviceAccountName ?? 'default';
  const label = /^metadata\.labels\['(.+)'\]$/.exec(path);
  if (label) return pod.pod.metadata?.labels?.[label[1]] ?? '';
  return '';
}

function safeAtob(s: string): string {
  return decodeBase64(s) ?? s;
}
