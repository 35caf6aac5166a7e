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
  /** The owning process, for `netstat -p` (set by the kernel). */
  owner?: { pid: number; program: string };
  /** Answers an HTTP GET, for servers that speak HTTP (httpd, nginx); absent for raw TCP (nc -l). */
  serve?: (path: string) => HttpResponse;
  /** Raw TCP (nc -l, proxies): the bytes the client sent (up to its EOF) in, the bytes the server
   * sends back before closing out. An HTTP client speaks HTTP over it (see httpOver). */
  exchange?: (data: string) => string;
}

/** An HTTP GET over any listener: `serve` directly, or a request written to a raw TCP server whose
 * reply is parsed as HTTP; null when the peer closed without a valid response. */
export function httpOver(listener: Listener, path: string, host: string): HttpResponse | null {
  if (listener.serve) return listener.serve(path);
  if (!listener.exchange) return null;
  const reply = listener.exchange(
    `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: Wget\r\nConnection: close\r\n\r\n`,
  );
  return parseHttpResponse(reply);
}

export function parseHttpResponse(reply: string): HttpResponse | null {
  const m = /^HTTP\/1\.[01] ([0-9]{3}) ?([^\r\n]*)\r?\n/.exec(reply);
  if (!m) return null;
  const rest = reply.slice(m[0].length);
  // Headers end at the first empty line (which may come right after the status line).
  const split = /(^|\n)\r?\n/.exec(rest);
  const body = split ? rest.slice(split.index + split[0].length) : '';
  return { status: Number(m[1]), reason: m[2], body };
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

  /** Every listening port, ascending. */
  list(): { port: number; listener: Listener }[] {
    return [...this.listeners.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([port, v]) => ({ port, listener: v.listener }));
  }
}

export function createPortRegistry(): PortRegistry {
  return new PortRegistry();
}
