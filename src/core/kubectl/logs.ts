// kubectl logs POD [-c CONTAINER] [-p] [--tail N] [--timestamps] [--all-containers]
import type { PodWorker } from '../kubelet/pod-worker';
import type { LogLine } from '../trace/types';
import { parseFlags } from './argv';
import { fail, type CommandOutput, type KubectlContext } from './context';
import { defaultContainer } from './containers';
import { rfc3339Nano } from './timestamps';

export { rfc3339Nano };

const BOOL = new Set(['p', 'previous', 'timestamps', 'all-containers', 'f', 'follow', 'prefix']);

function lastSnapshotStatus(pod: PodWorker, container: string) {
  const snaps = pod.rec.trace.snapshots;
  for (let i = snaps.length - 1; i >= 0; i--) {
    const s = snaps[i];
    if (s.name !== pod.name) continue;
    return [...s.initContainerStatuses, ...s.containerStatuses].find((c) => c.name === container) ?? null;
  }
  return null;
}

function containerLogs(
  pod: PodWorker,
  container: string,
  previous: boolean,
): CommandOutput & { lines: LogLine[] } {
  const status = lastSnapshotStatus(pod, container);
  const inst = pod.latest(container);
  const lines = pod.rec.trace.logs[pod.name]?.[container] ?? [];
  if (previous) {
    const list = pod.instances.get(container) ?? [];
    const prev = list.length >= 2 && inst ? inst.restartCount - 1 : null;
    if (prev === null || (inst?.state === 'exited' && list.length < 2)) {
      return {
        ...fail(
          `Error from server (BadRequest): previous terminated container "${container}" in pod "${pod.name}" not found\n`,
        ),
        lines: [],
      };
    }
    return { stdout: '', stderr: '', exitCode: 0, lines: lines.filter((l) => l.instance === prev) };
  }
  if (!inst) {
    const reason = status?.state === 'waiting' ? status.reason : 'ContainerCreating';
    const tail =
      reason === 'ErrImagePull'
        ? "image can't be pulled"
        : reason === 'ImagePullBackOff'
          ? 'trying and failing to pull image'
          : reason;
    return {
      ...fail(
        `Error from server (BadRequest): container "${container}" in pod "${pod.name}" is waiting to start: ${tail}\n`,
      ),
      lines: [],
    };
  }
  return {
    stdout: '',
    stderr: '',
    exitCode: 0,
    lines: lines.filter((l) => l.instance === inst.restartCount),
  };
}

export function logsCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, BOOL, { n: 'namespace', c: 'container' });
  const [target] = p.args;
  if (!target)
    return fail(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  const name = target.replace(/^(pod|pods|po)\//, '');
  const pod = ctx.cluster.pods.get(name);
  if (!pod || pod.removed) return fail(`Error from server (NotFound): pods "${name}" not found\n`);
  const previous = p.flags.has('p') || p.flags.has('previous');
  const tailText = p.flags.get('tail')?.at(-1);
  const tail = tailText !== undefined ? Number(tailText) : -1;
  const stamps = p.flags.has('timestamps');
  const format = (ls: LogLine[], prefix: string) => {
    const chosen = tail >= 0 ? ls.slice(Math.max(0, ls.length - tail)) : ls;
    return chosen.map((l) => `${prefix}${stamps ? rfc3339Nano(l.t) + ' ' : ''}${l.line}\n`).join('');
  };
  if (p.flags.has('all-containers')) {
    let stdout = '';
    let stderr = '';
    for (const c of pod.spec.all) {
      const r = containerLogs(pod, c.name, previous);
      stdout += format(r.lines, p.flags.has('prefix') ? `[pod/${pod.name}/${c.name}] ` : '');
      stderr += r.stderr;
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  }
  let container = p.flags.get('container')?.at(-1);
  let notice = '';
  if (!container) {
    const d = defaultContainer(pod);
    container = d.name;
    notice = d.notice;
  }
  if (!pod.containerSpec(container)) {
    return fail(`${notice}error: container ${container} is not valid for pod ${pod.name}\n`);
  }
  const r = containerLogs(pod, container, previous);
  return { stdout: format(r.lines, ''), stderr: notice + r.stderr, exitCode: r.exitCode };
}
