// `nc -l`: a one-shot (or, with -k, repeating) TCP server. Without -e it prints what a client sent
// and answers with its own stdin (the classic `echo -e 'HTTP/1.1 200 OK\n\nhi' | nc -l -p 8080`);
// with `-e nc HOST PORT` every connection is forwarded to HOST:PORT (the ambassador pattern), with
// `-e cat` it echoes.
import { err, out, type AppletCtx } from '../applet';
import { WaitQueue, type Gen } from '../io';
import type { Listener } from '../../runtime/ports';
import { connectFailure, NC_USAGE, ncVerbosity, resolveHost, talk } from './netclient';

/** Proxies that forward to themselves would recurse forever; real ones run out of sockets. */
const MAX_PROXY_HOPS = 8;
let proxyHops = 0;

export function* ncListen(ctx: AppletCtx, opts: Map<string, string>, rest: string[]): Gen<number> {
  const prog = opts.has('e') ? [opts.get('e')!, ...rest] : null;
  const port = Number(opts.get('p') ?? (prog ? undefined : rest[0]));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    yield* ctx.stderr.write(NC_USAGE);
    return 1;
  }
  const keep = opts.has('k');
  const pending: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const wake = new WaitQueue();
  let served = 0;
  let stdinText = '';
  const handler: Omit<Listener, 'container'> = {
    exchange(data) {
      if (served > 0 && !keep) return '';
      served++;
      let reply = stdinText;
      if (!prog) pending.push({ stream: 'stdout', text: data });
      else reply = runProgram(ctx, prog, data, (text) => text && pending.push({ stream: 'stderr', text }));
      wake.notify();
      return reply;
    },
  };
  if (!ctx.kernel.listen(port, ctx.proc.pid, handler)) {
    yield* err(ctx, 'bind: Address already in use');
    return 1;
  }
  if (!prog) stdinText = yield* ctx.stdin.readAll();
  for (;;) {
    while (pending.length > 0) {
      const p = pending.shift()!;
      if (p.stream === 'stdout') yield* out(ctx, p.text);
      else yield* ctx.stderr.write(p.text);
    }
    if (served > 0 && !keep) return 0;
    yield { k: 'block', q: wake, interruptible: false };
  }
}

/** What `-e PROG` answers to one connection: `nc HOST PORT` forwards, `cat` echoes. */
function runProgram(ctx: AppletCtx, prog: string[], data: string, logErr: (text: string) => void): string {
  const name = prog[0].slice(prog[0].lastIndexOf('/') + 1);
  if (name === 'cat' && prog.length === 1) return data;
  if (name !== 'nc') return '';
  const [host, portArg] = prog.slice(1).filter((a) => !a.startsWith('-'));
  const port = Number(portArg);
  if (!host || !Number.isInteger(port)) return '';
  const ip = resolveHost(ctx, host);
  if (ip === null) {
    logErr(`nc: bad address '${host}'\n`);
    return '';
  }
  if (proxyHops >= MAX_PROXY_HOPS) return '';
  proxyHops++;
  try {
    const r = ctx.kernel.connect(host, ip, port);
    if (r.kind !== 'ok') {
      logErr(connectFailure(host, ip, port, r.kind === 'refused', ncVerbosity(prog)));
      return '';
    }
    return talk(r.listener, data);
  } finally {
    proxyHops--;
  }
}
