// Cluster DNS as seen from a pod: the resolv.conf search path and ndots:5 rule.
import type { ContainerWorld } from './types';

export const CLUSTER_DNS_IP = '10.96.0.10';
export const CLUSTER_DNS_NAME = 'kube-dns.kube-system.svc.cluster.local';

export function searchDomains(namespace: string): string[] {
  return [`${namespace}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'];
}

export function resolvConf(namespace: string): string {
  return `search ${searchDomains(namespace).join(' ')}\nnameserver ${CLUSTER_DNS_IP}\noptions ndots:5\n`;
}

/** The names the resolver tries, in order. With ndots:5, a name with fewer than 5 dots tries the
 * search domains first and then itself; a name ending in `.` is only tried as-is. */
export function candidates(name: string, namespace: string): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = (name.match(/\./g) ?? []).length;
  const searched = searchDomains(namespace).map((d) => `${name}.${d}`);
  return dots >= 5 ? [name, ...searched] : [...searched, name];
}

/** candidates(), remembered per namespace and name: a waiting init container asks for the same name
 * every two seconds. */
const candidateCache = new Map<string, Map<string, readonly string[]>>();

function cachedCandidates(name: string, namespace: string): readonly string[] {
  let byName = candidateCache.get(namespace);
  if (!byName || byName.size >= 1024) candidateCache.set(namespace, (byName = new Map()));
  let list = byName.get(name);
  if (!list) byName.set(name, (list = candidates(name, namespace)));
  return list;
}

/** Resolve like the pod's libc would: /etc/hosts entries first, then cluster DNS. */
export function lookup(world: ContainerWorld, name: string): { fqdn: string; ip: string } | null {
  if (name === 'localhost') return { fqdn: 'localhost', ip: '127.0.0.1' };
  if (name === world.hostname) return { fqdn: world.hostname, ip: world.podIP };
  const list = cachedCandidates(name, world.namespace);
  for (let i = 0; i < list.length; i++) {
    const fqdn = list[i];
    const ip = world.resolve(fqdn);
    if (ip !== null) return { fqdn, ip };
  }
  return null;
}
