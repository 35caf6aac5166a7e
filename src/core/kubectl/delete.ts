// kubectl delete pod|svc|cm|secret NAME [--grace-period=N] [--force] [--now]
import { parseFlags } from './argv';
import { fail, resourceType, singular, type CommandOutput, type KubectlContext } from './context';
import type { PodWorker } from '../kubelet/pod-worker';

export function deleteCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, new Set(['force', 'now', 'wait', 'all', 'ignore-not-found']), {
    n: 'namespace',
  });
  const ns = p.flags.get('namespace')?.at(-1) ?? 'default';
  let [type, ...names] = p.args;
  if (type?.includes('/')) {
    names = [type.split('/')[1], ...names];
    type = type.split('/')[0];
  }
  if (!type) return fail('error: You must provide one or more resources by argument or filename.\n');
  const kind = resourceType(type);
  if (!kind) return fail(`error: the server doesn't have a resource type "${type}"\n`);
  if (names.length === 0) return fail(`error: resource(s) were provided, but no name was specified\n`);
  const force = p.flags.has('force');
  const graceText = p.flags.get('grace-period')?.at(-1);
  let grace: number | null = graceText !== undefined ? Number(graceText) * 1000 : null;
  if (p.flags.has('now')) grace = 1000;
  if (grace !== null && grace < 0) grace = null;
  if (force && grace === null) grace = 0;
  let stdout = '';
  let stderr = '';
  if (force && grace === 0) {
    stderr +=
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
  }
  const c = ctx.cluster;
  const waitingFor: PodWorker[] = [];
  for (const name of names) {
    let found = false;
    if (kind === 'pods') {
      const pod = c.pods.get(name);
      if (pod && !pod.removed) {
        found = true;
        pod.delete(grace === 0 && !force ? 1000 : grace, force && grace === 0);
        waitingFor.push(pod);
      }
    } else if (kind === 'services') found = c.deleteService(ns, name);
    else if (kind === 'configmaps') found = c.configMaps.delete(`${ns}/${name}`);
    else if (kind === 'secrets') found = c.secrets.delete(`${ns}/${name}`);
    if (found)
      stdout += `${singular[kind]} "${name}" ${force && grace === 0 ? 'force deleted' : 'deleted'}\n`;
    else if (!p.flags.has('ignore-not-found'))
      stderr += `Error from server (NotFound): ${kind} "${name}" not found\n`;
  }
  const out: CommandOutput = { stdout, stderr, exitCode: stderr.includes('Error from server') ? 1 : 0 };
  // kubectl delete waits (--wait=true by default) until the objects are gone from the API.
  if (waitingFor.length > 0 && p.flags.get('wait')?.at(-1) !== 'false') {
    out.waitFor = (resolve) => {
      let left = waitingFor.length;
      for (const pod of waitingFor) pod.whenRemoved(() => --left === 0 && resolve());
    };
  }
  return out;
}
