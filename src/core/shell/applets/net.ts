// nslookup in busybox 1.28 format (the version the Kubernetes docs' busybox:1.28 init containers use).
import { out, type Applet } from '../applet';
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

export const nslookup: Applet = function* (ctx) {
  // The first argument that is not an option.
  let name: string | undefined;
  for (let i = 1; i < ctx.argv.length && name === undefined; i++)
    if (!ctx.argv[i].startsWith('-')) name = ctx.argv[i];
  if (name === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server\n',
    );
    return 1;
  }
  yield { k: 'sleep', ms: LOOKUP_MS };
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
  yield* out(ctx, SERVER);
  if (!hit) {
    yield* ctx.stderr.write(cantResolve(ctx.name, name));
    return 1;
  }
  yield* out(ctx, `Name:      ${name}\nAddress 1: ${hit.ip} ${hit.fqdn}\n`);
  return 0;
};
