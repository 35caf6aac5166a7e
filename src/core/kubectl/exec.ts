// kubectl exec POD [-c CONTAINER] [-i] [-t] -- COMMAND [args...]
import { parseFlags } from './argv';
import { fail, type Done, type KubectlContext } from './context';
import { defaultContainer } from './containers';

export function execCommand(words: string[], ctx: KubectlContext, done: Done): void {
  const p = parseFlags(words, new Set(['i', 't', 'stdin', 'tty', 'q', 'quiet']), { n: 'namespace' });
  const [podName, ...extra] = p.args;
  if (!podName) return done(fail('error: pod, type/name or --filename must be specified\n'));
  if (p.rest.length === 0) {
    if (extra.length > 0)
      return done(
        fail(
          "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
        ),
      );
    return done(fail('error: you must specify at least one command for the container\n'));
  }
  const pod = ctx.cluster.pods.get(podName.replace(/^(pod|pods|po)\//, ''));
  if (!pod || pod.removed) return done(fail(`Error from server (NotFound): pods "${podName}" not found\n`));
  let notice = '';
  let name = p.flags.get('c')?.at(-1) ?? p.flags.get('container')?.at(-1);
  if (!name) {
    const d = defaultContainer(pod);
    name = d.name;
    notice = d.notice;
  }
  const spec = pod.containerSpec(name);
  if (!spec)
    return done(
      fail(`${notice}Error from server (BadRequest): container ${name} is not valid for pod ${pod.name}\n`),
    );
  const inst = pod.latest(name);
  if (!inst || inst.state !== 'running' || !inst.handle) {
    return done(fail(`${notice}error: unable to upgrade connection: container not found ("${name}")\n`));
  }
  inst.handle.exec(p.rest, (r) => {
    const tail = r.exitCode !== 0 ? `command terminated with exit code ${r.exitCode}\n` : '';
    done({ stdout: r.stdout, stderr: notice + r.stderr + tail, exitCode: r.exitCode });
  });
}
