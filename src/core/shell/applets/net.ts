// nslookup in busybox 1.28 format (the version the Kubernetes docs' busybox:1.28 init containers use).
import { out, type Applet, type AppletCtx } from '../applet';
import type { Staged, Sys } from '../io';
import { CLUSTER_DNS_IP, CLUSTER_DNS_NAME, lookup } from '../../runtime/dns';

/** A cluster DNS round trip; also makes `until nslookup x; do :; done` advance virtual time. */
const LOOKUP_MS = 5;

const SERVER = `Server:    ${CLUSTER_DNS_IP}\nAddress 1: ${CLUSTER_DNS_IP} ${CLUSTER_DNS_NAME}\n\n`;

/** `nslookup: can't resolve 'NAME'` as err() prints it, remembered: a waiting init container prints
 * the same line every two seconds. */
const cantResolveTexts = new Map<string, Map<string, string>>();

function cantResolve(applet: string, name: string): string {
  let byName = cantResolveTexts.get(applet);
  if (!byName || byName.size >= 256) cantResolveTexts.set(applet, (byName = new Map()));
  let text = byName.get(name);
  if (text === undefined) byName.set(name, (text = `${applet}: can't resolve '${name}'\n`));
  return text;
}

/** The name nslookup looks up: its first argument that is not an option. */
function queryOf(argv: string[]): string | undefined {
  for (let i = 1; i < argv.length; i++) if (!argv[i].startsWith('-')) return argv[i];
  return undefined;
}

/** After the round trip: the lookup, its activity, and what nslookup prints (the server lines, then
 * the answer on stdout or the failure on stderr) with its exit status. */
function answer(ctx: AppletCtx, name: string): { answer: string; stream: 'stdout' | 'stderr'; code: number } {
  const world = ctx.kernel.world;
  const hit = lookup(world, name);
  world.activity({
    t: ctx.kernel.sched.now(),
    kind: 'dns',
    pod: world.podName,
    container: world.containerName,
    query: name,
    answer: hit?.ip ?? null,
  });
  if (!hit) return { answer: cantResolve(ctx.name, name), stream: 'stderr', code: 1 };
  return { answer: `Name:      ${name}\nAddress 1: ${hit.ip} ${hit.fqdn}\n`, stream: 'stdout', code: 0 };
}

const ROUND_TRIP: Sys = { k: 'sleep', ms: LOOKUP_MS };

export const nslookup: Applet = function* (ctx) {
  const name = queryOf(ctx.argv);
  if (name === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server\n',
    );
    return 1;
  }
  yield ROUND_TRIP;
  const r = answer(ctx, name);
  yield* out(ctx, SERVER);
  yield* (r.stream === 'stdout' ? ctx.stdout : ctx.stderr).write(r.answer);
  return r.code;
};

/**
 * nslookup as a wait and what follows it, without a generator (see Staged), when its output goes to
 * streams that never block (a container's log): the same steps in the same order. Null when the
 * applet must run (usage error, a pipe).
 */
export function stagedNslookup(ctx: AppletCtx): Staged | null {
  const name = queryOf(ctx.argv);
  if (name === undefined || !ctx.stdout.sync || !ctx.stderr.sync) return null;
  return {
    sys: ROUND_TRIP,
    finish() {
      const r = answer(ctx, name);
      ctx.stdout.write(SERVER);
      (r.stream === 'stdout' ? ctx.stdout : ctx.stderr).write(r.answer);
      return r.code;
    },
  };
}
