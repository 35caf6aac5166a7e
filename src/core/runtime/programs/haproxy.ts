// haproxy with a config file: every `frontend`/`listen` section binds its port and forwards each
// connection to the first `server` of its backend (round-robin over several), through the pod's and
// the cluster's network. Enough for the ambassador pattern: the app talks to localhost, haproxy to
// the Service.
import type { Applet, AppletCtx } from '../../shell/applet';
import { WaitQueue, type Gen } from '../../shell/io';
import type { Listener } from '../ports';
import { resolveHost, talk } from '../../shell/applets/netclient';

const STOP = ['TERM', 'USR1', 'INT'];
const UNAVAILABLE =
  'HTTP/1.1 503 Service Unavailable\r\ncontent-length: 107\r\ncache-control: no-cache\r\ncontent-type: text/html\r\n\r\n<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n';

interface Section {
  kind: string;
  name: string;
  binds: number[];
  backend: string | null;
  servers: { host: string; port: number }[];
  http: boolean;
}

export function parseHaproxyConfig(text: string): Section[] {
  const sections: Section[] = [];
  let cur: Section | null = null;
  let defaultsHttp = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [kw, ...args] = line.split(/\s+/);
    if (['global', 'defaults', 'frontend', 'backend', 'listen'].includes(kw)) {
      cur = { kind: kw, name: args[0] ?? '', binds: [], backend: null, servers: [], http: defaultsHttp };
      sections.push(cur);
      continue;
    }
    if (!cur) continue;
    if (kw === 'mode') {
      cur.http = args[0] === 'http';
      if (cur.kind === 'defaults') defaultsHttp = cur.http;
    } else if (kw === 'bind') {
      const port = Number(/:([0-9]+)$/.exec(args[0] ?? '')?.[1]);
      if (Number.isInteger(port)) cur.binds.push(port);
    } else if (kw === 'default_backend' || kw === 'use_backend') cur.backend ??= args[0] ?? null;
    else if (kw === 'server') {
      const m = /^(.+):([0-9]+)$/.exec(args[1] ?? '');
      if (m) cur.servers.push({ host: m[1], port: Number(m[2]) });
    }
  }
  return sections;
}

function proxy(ctx: AppletCtx, servers: Section['servers'], http: boolean): Omit<Listener, 'container'> {
  let next = 0;
  return {
    exchange(data) {
      for (let tries = 0; tries < servers.length; tries++) {
        const s = servers[next++ % servers.length];
        const ip = resolveHost(ctx, s.host);
        if (ip === null) continue;
        const r = ctx.kernel.connect(s.host, ip, s.port);
        if (r.kind === 'ok') return talk(r.listener, data);
      }
      return http ? UNAVAILABLE : '';
    },
  };
}

export const haproxy: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args[0] === '-v' || args[0] === '-vv') {
    yield* ctx.stdout.write('HAProxy version 3.2.4 2025/08/14 - https://haproxy.org/\n');
    return 0;
  }
  const file = args[args.indexOf('-f') + 1] ?? '/usr/local/etc/haproxy/haproxy.cfg';
  if (args.indexOf('-f') < 0 || !ctx.kernel.fs.exists(file)) {
    yield* ctx.stderr.write(
      `[ALERT]    (1) : config : Cannot open configuration file/directory ${file} : No such file or directory\n`,
    );
    return 1;
  }
  const sections = parseHaproxyConfig(ctx.kernel.fs.readFile(file));
  if (args.includes('-c')) {
    yield* ctx.stdout.write('Configuration file is valid\n');
    return 0;
  }
  for (const s of sections) {
    if (s.kind !== 'frontend' && s.kind !== 'listen') continue;
    const backend =
      s.kind === 'listen' ? s : sections.find((b) => b.kind === 'backend' && b.name === s.backend);
    const handler = proxy(ctx, backend?.servers ?? [], s.http || (backend?.http ?? false));
    for (const port of s.binds) {
      if (!ctx.kernel.listen(port, ctx.proc.pid, handler)) {
        yield* ctx.stderr.write(
          `[ALERT]    (1) : Binding [${file}:${1}] for ${s.kind} ${s.name}: cannot bind socket (Address in use) for [0.0.0.0:${port}]\n[ALERT]    (1) : [haproxy.main()] Some protocols failed to start their listeners! Exiting.\n`,
        );
        return 1;
      }
    }
  }
  yield* ctx.stderr.write(
    '[NOTICE]   (1) : Initializing new worker (8)\n[NOTICE]   (1) : Loading success.\n',
  );
  ctx.proc.setDisposition((sig) => (STOP.includes(sig) ? 'trap' : 'default'));
  const idle = new WaitQueue();
  for (;;) {
    yield { k: 'block', q: idle, interruptible: true };
    const sig = ctx.proc.pending.shift();
    if (sig) {
      yield* ctx.stderr.write(
        `[WARNING]  (1) : Exiting Master process...\n[NOTICE]   (1) : haproxy version is 3.2.4\n`,
      );
      return 0;
    }
  }
} satisfies (ctx: AppletCtx) => Gen<number>;
