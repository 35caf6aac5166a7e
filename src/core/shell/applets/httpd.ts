// busybox httpd (static files), wget and nc, over the pod's shared port space. Only the pod's own
// addresses (localhost, its IP, its hostname) are reachable for now: other pods/Services need the
// cluster network, which the runtime does not model yet.
import { err, out, abs, parseOpts, type Applet, type AppletCtx } from '../applet';
import { WaitQueue, type Gen } from '../io';
import type { HttpResponse } from '../../runtime/ports';
import { lookup } from '../../runtime/dns';
import { normalizePath } from '../../vfs/path';
import type { Filesystem } from '../../vfs/filesystem';

const NOT_FOUND =
  '<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\nThe requested URL was not found\n</BODY></HTML>\n';

/** Serve files below `home` the way busybox httpd does (directory -> index.html). */
export function staticFiles(
  fs: Filesystem,
  home: string,
  onRead: (path: string) => void,
): (path: string) => HttpResponse {
  return (path) => {
    const clean = path.split('?')[0] || '/';
    let full = normalizePath(home, '.' + normalizePath('/', clean));
    if (fs.stat(full)?.kind === 'dir') full = normalizePath(full, 'index.html');
    try {
      const body = fs.readFile(full);
      onRead(full);
      return { status: 200, reason: 'OK', body };
    } catch {
      return { status: 404, reason: 'Not Found', body: NOT_FOUND };
    }
  };
}

/** Block forever (a server's accept loop). Signals use their default action. */
function* serveForever(): Gen<number> {
  const idle = new WaitQueue();
  for (;;) yield { k: 'block', q: idle, interruptible: false };
}

export const httpd: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'ifv', 'pchur');
  if (!r) return 1;
  const portArg = r.opts.get('p') ?? '80';
  const port = Number(portArg.slice(portArg.lastIndexOf(':') + 1));
  const home = abs(ctx, r.opts.get('h') ?? '.');
  if (ctx.kernel.fs.stat(home)?.kind !== 'dir') {
    yield* err(ctx, `can't change directory to '${r.opts.get('h') ?? '.'}': No such file or directory`);
    return 1;
  }
  if (ctx.kernel.ports.isListening(port)) {
    yield* err(ctx, 'bind: Address already in use');
    return 1;
  }
  const serve = staticFiles(ctx.kernel.fs, home, (p) => ctx.kernel.fileActivity('file-read', p));
  const run = (pid: number): Gen<number> => {
    ctx.kernel.listen(port, pid, serve);
    return serveForever();
  };
  if (r.opts.has('f')) return yield* run(ctx.proc.pid);
  // Without -f busybox httpd daemonizes: the command returns at once, the server keeps running.
  ctx.kernel.spawn(ctx.proc, ctx.argv, (p) => run(p.pid));
  return 0;
};

function parseUrl(url: string): { host: string; port: number; path: string } | null {
  const m = /^(?:http:\/\/)?([^/:]+)(?::([0-9]+))?(\/.*)?$/.exec(url);
  if (!m) return null;
  return { host: m[1], port: m[2] ? Number(m[2]) : 80, path: m[3] ?? '/' };
}

function resolveHost(ctx: AppletCtx, host: string): string | null {
  if (/^[0-9.]+$/.test(host)) return host;
  return lookup(ctx.kernel.world, host)?.ip ?? null;
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
  yield { k: 'sleep', ms: 1 };
  const ip = resolveHost(ctx, parsed.host);
  if (ip === null) {
    yield* err(ctx, `bad address '${parsed.host}'`);
    return 1;
  }
  const quiet = r.opts.has('q');
  if (!quiet) yield* ctx.stderr.write(`Connecting to ${parsed.host}:${parsed.port} (${ip}:${parsed.port})\n`);
  const listener = ctx.kernel.connect(parsed.host === 'localhost' ? parsed.host : ip, parsed.port);
  if (!listener) {
    yield* err(ctx, `can't connect to remote host (${ip}): Connection refused`);
    return 1;
  }
  if (!listener.serve) {
    yield* err(ctx, 'error getting response: Connection reset by peer');
    return 1;
  }
  const res = listener.serve(parsed.path);
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

export const nc: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'lkzvnu', 'pwe');
  if (!r) return 1;
  if (r.opts.has('l')) {
    const port = Number(r.opts.get('p') ?? r.rest[0]);
    if (!Number.isInteger(port) || port <= 0) {
      yield* ctx.stderr.write(
        'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n',
      );
      return 1;
    }
    if (!ctx.kernel.listen(port, ctx.proc.pid)) {
      yield* err(ctx, 'bind: Address already in use');
      return 1;
    }
    return yield* serveForever();
  }
  const [host, portArg] = r.rest;
  if (!host || !portArg) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\n',
    );
    return 1;
  }
  yield { k: 'sleep', ms: 1 };
  const ip = resolveHost(ctx, host);
  if (ip === null) {
    yield* err(ctx, `bad address '${host}'`);
    return 1;
  }
  if (!ctx.kernel.connect(host === 'localhost' ? host : ip, Number(portArg))) {
    if (!r.opts.has('z')) yield* err(ctx, `can't connect to remote host (${ip}): Connection refused`);
    return 1;
  }
  if (!r.opts.has('z')) yield* ctx.stdin.readAll();
  return 0;
};
