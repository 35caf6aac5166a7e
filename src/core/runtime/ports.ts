// The pod's port space. All containers of a pod share one network namespace, so the kubelet should
// give every container of a pod the same registry (ContainerWorld.ports); without one, a container
// gets a private registry (enough for its own probes).

export interface HttpResponse {
  status: number;
  reason: string;
  body: string;
}

export interface Listener {
  /** Container that owns the socket. */
  container: string;
  /** Answers an HTTP GET, for servers that speak HTTP (httpd, nginx); absent for raw TCP (nc -l). */
  serve?: (path: string) => HttpResponse;
}

export class PortRegistry {
  private readonly listeners = new Map<number, { token: object; listener: Listener }>();

  /** Bind a port; null when something already listens there (EADDRINUSE). */
  bind(port: number, listener: Listener): object | null {
    if (this.listeners.has(port)) return null;
    const token = {};
    this.listeners.set(port, { token, listener });
    return token;
  }

  release(port: number, token: object): void {
    if (this.listeners.get(port)?.token === token) this.listeners.delete(port);
  }

  get(port: number): Listener | null {
    return this.listeners.get(port)?.listener ?? null;
  }

  isListening(port: number): boolean {
    return this.listeners.has(port);
  }
}

export function createPortRegistry(): PortRegistry {
  return new PortRegistry();
}
