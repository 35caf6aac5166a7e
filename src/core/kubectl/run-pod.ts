// kubectl run NAME --image=IMAGE [--restart=Never] [--env=K=V] [--port=P] [--labels=k=v] [--command] [-- ARGS]:
// the Pod kubectl's generator builds (label run=NAME, one container named NAME), created as is.
import { parseManifests } from '../manifest/parse';
import type { Pod } from '../manifest/types';
import { parseFlags } from './argv';
import { fail, ok, type CommandOutput, type KubectlContext } from './context';

const BOOL = new Set(['i', 't', 'stdin', 'tty', 'rm', 'command', 'attach', 'q', 'quiet']);

export function buildRunPod(
  name: string,
  flags: Map<string, string[]>,
  rest: string[],
  ns: string,
): Pod | string {
  const image = flags.get('image')?.at(-1);
  if (!image) return 'error: required flag(s) "image" not set\n';
  const restart = flags.get('restart')?.at(-1) ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    return `error: invalid restart policy: ${restart}\n`;
  const labels: Record<string, string> = {};
  const labelText = flags.get('labels')?.at(-1) ?? flags.get('l')?.at(-1);
  if (labelText) {
    for (const pair of labelText.split(',')) {
      const [k, v] = pair.split('=');
      if (v === undefined) return `error: invalid label spec: ${labelText}\n`;
      labels[k] = v;
    }
  } else labels.run = name;
  const container: Record<string, unknown> = { name, image };
  if (rest.length) container[flags.has('command') ? 'command' : 'args'] = rest;
  const env = (flags.get('env') ?? []).map((e) => {
    const eq = e.indexOf('=');
    return { name: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? '' : e.slice(eq + 1) };
  });
  if (env.length) container.env = env;
  const port = flags.get('port')?.at(-1);
  if (port) container.ports = [{ containerPort: Number(port) }];
  const pull = flags.get('image-pull-policy')?.at(-1);
  if (pull) container.imagePullPolicy = pull;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
  } as unknown as Pod;
}

export function runPodCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, BOOL, { n: 'namespace', i: 'stdin', t: 'tty', l: 'labels' });
  const [name, ...extra] = p.args;
  if (!name) return fail("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
  const ns = p.flags.get('namespace')?.at(-1) ?? 'default';
  const attached = p.flags.has('stdin') || p.flags.has('tty') || p.flags.has('attach');
  if (p.flags.has('rm') && !attached)
    return fail('error: --rm should only be used for attached containers\n');
  const built = buildRunPod(name, p.flags, [...extra, ...p.rest], ns);
  if (typeof built === 'string') return fail(built);
  const existing = ctx.cluster.pods.get(name);
  if (existing && !existing.removed)
    return fail(`Error from server (AlreadyExists): pods "${name}" already exists\n`);
  // Through the API's validation and defaults, like any other pod.
  const parsed = parseManifests(JSON.stringify(built));
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  if (error || parsed.objects.length !== 1)
    return fail(`The Pod "${name}" is invalid: ${error?.message ?? ''}\n`);
  ctx.cluster.createPod(parsed.objects[0].object as Pod);
  return ok(`pod/${name} created\n`);
}
