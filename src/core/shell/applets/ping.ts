// busybox ping and netstat. ICMP echo reaches the pod's own addresses and other running pods; a
// Service ClusterIP is virtual (kube-proxy only rewrites TCP/UDP to its ports), so it never answers.
import { err, out, parseOpts, type Applet } from '../applet';
import { resolveHost } from './netclient';

const PING_USAGE =
  'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n';

/** Round-trip times in ms: loopback, and a hop through the node's bridge to another pod. */
const RTT_LOCAL = [0.05, 0.071, 0.063, 0.058];
const RTT_POD = [0.112, 0.094, 0.101, 0.088];

export const ping: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'qn46', 'cswWiIt');
  if (!r) return 1;
  const host = r.rest[0];
  if (!host) {
    yield* ctx.stderr.write(PING_USAGE);
    return 1;
  }
  const count = r.opts.has('c') ? Number(r.opts.get('c')) : Infinity;
  const deadlineS = r.opts.has('w') ? Number(r.opts.get('w')) : Infinity;
  const waitS = r.opts.has('W') ? Number(r.opts.get('W')) : 10;
  const intervalMs = r.opts.has('i') ? Math.max(10, Number(r.opts.get('i')) * 1000) : 1000;
  const size = r.opts.has('s') ? Number(r.opts.get('s')) : 56;
  const quiet = r.opts.has('q');
  yield { k: 'sleep', ms: 1 };
  const ip = resolveHost(ctx, host);
  if (ip === null) {
    yield* err(ctx, `bad address '${host}'`);
    return 1;
  }
  const local = ip.startsWith('127.') || ip === ctx.kernel.world.podIP;
  const answers = ctx.kernel.answersPing(ip);
  const rtts = local ? RTT_LOCAL : RTT_POD;
  const ttl = local ? 64 : 63;
  yield* out(ctx, `PING ${host} (${ip}): ${size} data bytes\n`);
  const start = ctx.kernel.sched.now();
  let sent = 0;
  const got: number[] = [];
  while (sent < count && (ctx.kernel.sched.now() - start) / 1000 < deadlineS) {
    if (sent > 0) yield { k: 'sleep', ms: intervalMs };
    if ((ctx.kernel.sched.now() - start) / 1000 >= deadlineS) break;
    const seq = sent++;
    if (answers) {
      const rtt = rtts[seq % rtts.length];
      got.push(rtt);
      if (!quiet)
        yield* out(ctx, `${size + 8} bytes from ${ip}: seq=${seq} ttl=${ttl} time=${rtt.toFixed(3)} ms\n`);
    }
  }
  // Without replies busybox waits -W seconds for a late one after the last packet (bounded by -w).
  if (got.length < sent) {
    const left = deadlineS * 1000 - (ctx.kernel.sched.now() - start);
    yield { k: 'sleep', ms: Math.max(0, Math.min(waitS * 1000, left)) };
  }
  const loss = sent === 0 ? 0 : Math.floor(((sent - got.length) * 100) / sent);
  let stats = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${got.length} packets received, ${loss}% packet loss\n`;
  if (got.length > 0) {
    const min = Math.min(...got);
    const max = Math.max(...got);
    const avg = got.reduce((a, b) => a + b, 0) / got.length;
    stats += `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`;
  }
  yield* out(ctx, stats);
  return got.length > 0 ? 0 : 1;
};

/** `netstat -tln` / `-tlnp`: the pod's listening TCP sockets (shared by all its containers; the
 * PID/Program column is `-` for sockets of other containers, whose processes this one cannot see). */
export const netstat: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'ltunpaeWrw');
  if (!r) return 1;
  const listening = r.opts.has('l');
  const withPid = r.opts.has('p');
  const udpOnly = r.opts.has('u') && !r.opts.has('t');
  let text = `Active Internet connections ${listening ? '(only servers)' : '(w/o servers)'}\n`;
  text += `Proto Recv-Q Send-Q ${'Local Address'.padEnd(23)} ${'Foreign Address'.padEnd(23)} State       ${withPid ? 'PID/Program name' : ''}\n`;
  if (listening && !udpOnly) {
    const self = ctx.kernel.world.containerName;
    for (const { port, listener } of ctx.kernel.ports.list()) {
      const prog =
        listener.container === self && listener.owner
          ? `${listener.owner.pid}/${listener.owner.program}`
          : '-';
      text += `tcp        0      0 ${`0.0.0.0:${port}`.padEnd(23)} ${'0.0.0.0:*'.padEnd(23)} ${'LISTEN'.padEnd(12)}${withPid ? prog : ''}\n`;
    }
  }
  yield* out(ctx, text);
  return 0;
};
