// The cluster network as a container sees it: TCP connections and ICMP echo to addresses outside the
// pod (Service ClusterIPs, other pods' IPs). The pod's own addresses never reach this: the kernel
// answers them from the pod's port registry.
import type { Listener } from '../runtime/ports';

export type ConnectResult =
  /** Accepted by a listener in pod `pod`. */
  | { kind: 'ok'; listener: Listener; pod: string }
  /** RST or ICMP port-unreachable (kube-proxy REJECTs a Service without endpoints): `Connection refused`. */
  | { kind: 'refused' }
  /** The SYN is dropped (an address nobody owns, a port the Service does not expose). */
  | { kind: 'timeout' };

export interface ClusterNetwork {
  /** A TCP connect from the calling pod to ip:port, at the current virtual time. */
  connect(ip: string, port: number): ConnectResult;
  /** Does `ip` answer ICMP echo? Pod IPs do; Service ClusterIPs are virtual and never do. */
  answersPing(ip: string): boolean;
}

/** Linux gives up on an unanswered SYN after 6 retries: 1+2+4+8+16+32+64 s. */
export const CONNECT_TIMEOUT_MS = 127_000;
