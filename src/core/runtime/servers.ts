// Long-running programs of catalog images (nginx, redis, pause): they print their startup lines,
// listen on their port, and exit 0 on SIGTERM/SIGQUIT/SIGINT like the real servers do.
import { out, err, type Applet, type AppletCtx } from '../shell/applet';
import { runArgv } from '../shell/commands';
import { WaitQueue, type Gen } from '../shell/io';
import { SIGNAL_NUMBERS } from '../shell/os';
import { strftime } from '../shell/applets/clock';
import { staticFiles } from '../shell/applets/httpd';
import type { Signal } from './types';
import type { Listener } from './ports';

const STOP_SIGNALS: Signal[] = ['TERM', 'QUIT', 'INT'];

export function now(ctx: AppletCtx): number {
  return ctx.kernel.world.epochMs + ctx.kernel.sched.now();
}

export interface ServerSpec {
  port: number | null | ((ctx: AppletCtx) => number | null);
  /** Document root for HTTP servers. */
  root?: string | ((ctx: AppletCtx) => string);
  /** A raw TCP or proxy handler instead of static files. */
  handler?: (ctx: AppletCtx) => Omit<Listener, 'container'>;
  /** Startup output and any startup delay (a database initializing); a non-null result is an exit
   * code: the server gives up before listening. */
  startup(ctx: AppletCtx): Gen<void | number>;
  /** Printed once listening. */
  ready?(ctx: AppletCtx): Gen<void>;
  bindError(ctx: AppletCtx): Gen<void>;
  shutdown(ctx: AppletCtx, sig: Signal): Gen<void>;
}

export function server(spec: ServerSpec, stopSignals: Signal[] = STOP_SIGNALS): Applet {
  return function* (ctx) {
    const code = yield* spec.startup(ctx);
    if (typeof code === 'number') return code;
    const root = typeof spec.root === 'function' ? spec.root(ctx) : spec.root;
    const handler = spec.handler
      ? spec.handler(ctx)
      : root
        ? { serve: staticFiles(ctx.kernel.fs, root, (p) => ctx.kernel.fileActivity('file-read', p)) }
        : undefined;
    const port = typeof spec.port === 'function' ? spec.port(ctx) : spec.port;
    if (port !== null && !ctx.kernel.listen(port, ctx.proc.pid, handler)) {
      yield* spec.bindError(ctx);
      return 1;
    }
    if (spec.ready) yield* spec.ready(ctx);
    ctx.proc.setDisposition((sig) => (stopSignals.includes(sig) ? 'trap' : 'default'));
    const idle = new WaitQueue();
    for (;;) {
      yield { k: 'block', q: idle, interruptible: true };
      const sig = ctx.proc.pending.shift();
      if (sig) {
        yield* spec.shutdown(ctx, sig);
        return 0;
      }
    }
  };
}

const nginxTime = (ctx: AppletCtx): string => strftime('%Y/%m/%d %H:%M:%S', now(ctx));

const nginx = server({
  port: 80,
  root: '/usr/share/nginx/html',
  *startup(ctx) {
    const t = nginxTime(ctx);
    const version = ctx.env.find(([k]) => k === 'NGINX_VERSION')?.[1] ?? '1.27.3';
    const lines = [
      'using the "epoll" event method',
      `nginx/${version}`,
      'built by gcc 12.2.0 (Debian 12.2.0-14) ',
      'OS: Linux 6.8.0',
      'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      'start worker processes',
      'start worker process 29',
    ];
    yield* ctx.stderr.write(lines.map((l) => `${t} [notice] 1#1: ${l}\n`).join(''));
  },
  *bindError(ctx) {
    yield* ctx.stderr.write(
      `${nginxTime(ctx)} [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address in use)\n`,
    );
  },
  *shutdown(ctx, sig) {
    const t = nginxTime(ctx);
    const how = sig === 'QUIT' ? 'shutting down' : 'exiting';
    yield* ctx.stderr.write(
      `${t} [notice] 1#1: signal ${SIGNAL_NUMBERS[sig]} (SIG${sig}) received, ${how}\n${t} [notice] 1#1: exit\n`,
    );
  },
});

const redisTime = (ctx: AppletCtx): string => strftime('%d %b %Y %H:%M:%S.000', now(ctx));

const redisServer = server({
  port: 6379,
  *startup(ctx) {
    const t = redisTime(ctx);
    yield* out(
      ctx,
      `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n` +
        `1:M ${t} * Server initialized\n1:M ${t} * Ready to accept connections tcp\n`,
    );
  },
  *bindError(ctx) {
    yield* out(
      ctx,
      `1:M ${redisTime(ctx)} # Warning: Could not create server TCP listening socket *:6379: bind: Address in use\n`,
    );
  },
  *shutdown(ctx, sig) {
    const t = redisTime(ctx);
    yield* out(
      ctx,
      `1:signal-handler (${Math.floor(now(ctx) / 1000)}) Received SIG${sig} scheduling shutdown...\n1:M ${t} # Redis is now ready to exit, bye bye...\n`,
    );
  },
});

const pause = server({
  port: null,
  *startup() {},
  *bindError() {},
  *shutdown(ctx, sig) {
    yield* out(
      ctx,
      `Shutting down, got signal: ${sig === 'INT' ? 'Interrupt' : sig === 'QUIT' ? 'Quit' : 'Terminated'}\n`,
    );
  },
});

/** The images' entrypoint scripts: nginx's prints its configuration steps; both then `exec "$@"`. */
const dockerEntrypoint: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    yield* err(ctx, 'no command given');
    return 1;
  }
  if (ctx.kernel.fs.exists('/etc/nginx') && (args[0] === 'nginx' || args[0] === 'nginx-debug')) {
    const e = '/docker-entrypoint.sh';
    yield* out(
      ctx,
      [
        `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
        `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
        `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        `${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
        `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
        `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
        `${e}: Configuration complete; ready for start up`,
      ].join('\n') + '\n',
    );
  }
  return yield* runArgv(ctx, args);
};

export const SERVER_PROGRAMS: Record<string, Applet> = {
  nginx,
  'redis-server': redisServer,
  pause,
  'docker-entrypoint.sh': dockerEntrypoint,
};
