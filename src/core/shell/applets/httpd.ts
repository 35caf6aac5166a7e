// busybox httpd: static files over the pod's shared port space (clients are in netclient.ts).
import { err, abs, parseOpts, type Applet } from '../applet';
import { WaitQueue, type Gen } from '../io';
import type { HttpResponse } from '../../runtime/ports';
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
export function* serveForever(): Gen<number> {
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
