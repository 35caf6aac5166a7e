// Network clients: busybox wget and nc (connect and listen modes). Addresses resolve like the pod's
// libc (/etc/hosts, then cluster DNS with the search path); connections go through the kernel, which
// reaches the pod's own ports directly and everything else through the cluster network.
import { err, out, abs, parseOpts, type AppletCtx, type Applet } from '../applet';
import type { Gen } from '../io';
import { lookup } from '../../runtime/dns';
import { httpOver, type Listener } from '../../runtime/ports';
import { CONNECT_TIMEOUT_MS } from '../../net/types';
import { ncListen } from './nc-listen';

/** A client's network round trip; also makes retry loops advance virtual time. */
const ROUND_TRIP_MS = 1;

const NC_USAGE =
  'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n';

export type Dialed =
  | { kind: 'ok'; ip: string; listener: Listener }
  | { kind: 'unresolved' }
  | { kind: 'refused'; ip: string }
  /** `alarm`: the client's own timeout fired first; `tcp`: the kernel gave up on the SYN. */
  | { kind: 'timeout'; ip: string; by: 'alarm' | 'tcp' };

export function resolveHost(ctx: AppletCtx, host: string): string | null {
  if (/^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/.test(host)) return host;
  return lookup(ctx.kernel.world, host)?.ip ?? null;
}

/** Resolve and connect; waits out an unanswered SYN (or the client's own timeout, if shorter). */
export function* dial(ctx: AppletCtx, host: string, port: number, timeoutSec?: number): Gen<Dialed> {
  yield { k: 'sleep', ms: ROUND_TRIP_MS };
  const ip = resolveHost(ctx, host);
  if (ip === null) return { kind: 'unresolved' };
  const r = ctx.kernel.connect(host, ip, port);
  if (r.kind === 'ok') return { kind: 'ok', ip, listener: r.listener };
  if (r.kind === 'refused') return { kind: 'refused', ip };
  const alarmMs = timeoutSec !== undefined && timeoutSec > 0 ? timeoutSec * 1000 : Infinity;
  yield { k: 'sleep', ms: Math.min(alarmMs, CONNECT_TIMEOUT_MS) };
  return { kind: 'timeout', ip, by: alarmMs < CONNECT_TIMEOUT_MS ? 'alarm' : 'tcp' };
}

function parseUrl(url: string): { host: string; port: number; path: string } | null {
  const m = /^(?:http:\/\/)?([^/:]+)(?::([0-9]+))?(\/.*)?$/.exec(url);
  if (!m) return null;
  return { host: m[1], port: m[2] ? Number(m[2]) : 80, path: m[3] ?? '/' };
}

export const wget: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'qcsS', 'OTUY');
  if (!r) return 1;
  const url = r.rest[0];
  const parsed = url ? parseUrl(url) : null;
  if (!url || !parsed) {
    yield* err(ctx, url ? `bad address '${url}'` : 'missing URL');
    return 1;
  }
  const quiet = r.opts.has('q');
  const timeout = r.opts.has('T') ? Number(r.opts.get('T')) : undefined;
  const ip0 = resolveHost(ctx, parsed.host);
  if (!quiet && ip0 !== null)
    yield* ctx.stderr.write(`Connecting to ${parsed.host}:${parsed.port} (${ip0}:${parsed.port})\n`);
  const d = yield* dial(ctx, parsed.host, parsed.port, timeout);
  if (d.kind === 'unresolved') {
    yield* err(ctx, `bad address '${parsed.host}'`);
    return 1;
  }
  if (d.kind === 'refused' || (d.kind === 'timeout' && d.by === 'tcp')) {
    const why = d.kind === 'refused' ? 'Connection refused' : 'Connection timed out';
    yield* err(ctx, `can't connect to remote host (${d.ip}): ${why}`);
    return 1;
  }
  if (d.kind === 'timeout') {
    yield* err(ctx, 'download timed out');
    return 1;
  }
  const res = httpOver(d.listener, parsed.path, `${parsed.host}:${parsed.port}`);
  if (!res) {
    yield* err(ctx, 'error getting response: Connection reset by peer');
    return 1;
  }
  if (res.status !== 200) {
    yield* err(ctx, `server returned error: HTTP/1.1 ${res.status} ${res.reason}`);
    return 1;
  }
  const target = r.opts.get('O') ?? (parsed.path.split('/').pop() || 'index.html');
  const size = String(res.body.length).padStart(7);
  if (target === '-') {
    if (!quiet)
      yield* ctx.stderr.write(
        `writing to stdout\n-                    100% |********************************| ${size}  0:00:00 ETA\nwritten to stdout\n`,
      );
    yield* out(ctx, res.body);
    return 0;
  }
  try {
    ctx.kernel.fs.writeFile(abs(ctx, target), res.body);
    ctx.kernel.fileActivity('file-write', abs(ctx, target));
  } catch {
    yield* err(ctx, `can't open '${target}': No such file or directory`);
    return 1;
  }
  if (!quiet)
    yield* ctx.stderr.write(
      `saving to '${target}'\n${target.padEnd(20).slice(0, 20)} 100% |********************************| ${size}  0:00:00 ETA\n'${target}' saved\n`,
    );
  return 0;
};

/** What a TCP client gets back for `data` from a listener (an HTTP server answers HTTP requests). */
export function talk(listener: Listener, data: string): string {
  if (listener.exchange) return listener.exchange(data);
  if (!listener.serve) return '';
  const path = /^(?:GET|HEAD) (\S+) HTTP\/1\.[01]\r?\n/.exec(data)?.[1];
  const res = path
    ? listener.serve(path)
    : { status: 400, reason: 'Bad Request', body: '<HTML><HEAD><TITLE>400 Bad Request</TITLE></HEAD>\n' };
  return `HTTP/1.1 ${res.status} ${res.reason}\r\nContent-Length: ${res.body.length}\r\nConnection: close\r\n\r\n${res.body}`;
}

export const nc: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'lkzvnu', 'pwei');
  if (!r) return 1;
  if (r.opts.has('l')) return yield* ncListen(ctx, r.opts, r.rest);
  const [host, portArg] = r.rest;
  const port = Number(portArg);
  if (!host || !portArg || !Number.isInteger(port)) {
    yield* ctx.stderr.write(NC_USAGE);
    return 1;
  }
  const timeout = r.opts.has('w') ? Number(r.opts.get('w')) : undefined;
  const d = yield* dial(ctx, host, port, timeout);
  if (d.kind === 'unresolved') {
    yield* err(ctx, `bad address '${host}'`);
    return 1;
  }
  // nc 1.10 (busybox nc_bloaty) is quiet about failures: one -v reports all but refusals, -vv all.
  const verbosity = ncVerbosity(ctx.argv);
  if (d.kind !== 'ok') {
    const failure = connectFailure(host, d.ip, port, d.kind === 'refused', verbosity);
    if (failure) yield* ctx.stderr.write(failure);
    return 1;
  }
  if (verbosity > 0) yield* ctx.stderr.write(`${host} (${d.ip}:${port}) open\n`);
  if (r.opts.has('z')) return 0;
  const data = yield* ctx.stdin.readAll();
  const reply = talk(d.listener, data);
  if (reply) yield* out(ctx, reply);
  return 0;
};

export { NC_USAGE };

/** How many -v an nc command line carries (`-v`, `-vv`, `-zv`...). */
export function ncVerbosity(argv: string[]): number {
  let n = 0;
  for (const a of argv.slice(1)) if (/^-[a-z]+$/.test(a)) n += a.split('v').length - 1;
  return n;
}

/** What nc prints for a failed connect at a verbosity: nothing, unless -v (not for a refusal) or -vv. */
export function connectFailure(
  host: string,
  ip: string,
  port: number,
  refused: boolean,
  verbosity: number,
): string {
  if (!(verbosity > 1 || (verbosity === 1 && !refused))) return '';
  return `nc: ${host} (${ip}:${port}): ${refused ? 'Connection refused' : 'Connection timed out'}\n`;
}
