// `kubectl exec -it POD -- sh` in the console: an interactive prompt whose every line runs as its own
// `kubectl exec ... -- sh -c 'LINE'` input in the same container at the player's time.
import { splitCommandLine } from '../../core/kubectl/argv';

export interface ShellSession {
  /** The exec command's words before `--` (pod, -c container, -n ...), without -i/-t. */
  target: string[];
  prompt: string;
  pod: string;
  /** The container named with -c ('' when kubectl picks the default one). */
  container: string;
}

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);

/** The shell session an `exec -it POD -- sh` line opens, or null for any other command. */
export function shellSessionOf(line: string): ShellSession | null {
  const { argv } = splitCommandLine(line.trim());
  const [program, verb, ...rest] = argv;
  if ((program !== 'kubectl' && program !== 'k') || verb !== 'exec') return null;
  const dashes = rest.indexOf('--');
  if (dashes < 0) return null;
  const before = rest.slice(0, dashes);
  const after = rest.slice(dashes + 1);
  if (after.length !== 1 || !SHELLS.has(after[0])) return null;
  const interactive = before.some((w) => /^-[a-z]*i/.test(w) || w === '--stdin');
  if (!interactive) return null;
  const target = before.filter((w) => !/^-[it]+$/.test(w) && w !== '--stdin' && w !== '--tty');
  const c = target.findIndex((w) => w === '-c' || w === '--container');
  const container =
    c >= 0 ? (target[c + 1] ?? '') : (target.find((w) => w.startsWith('--container='))?.slice(12) ?? '');
  const pod =
    target.find(
      (w, i) =>
        !w.startsWith('-') && !['-c', '--container', '-n', '--namespace'].includes(target[i - 1] ?? ''),
    ) ?? '';
  return { target, prompt: '/ # ', pod: pod.replace(/^(pod|pods|po)\//, ''), container };
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The command line one typed shell line becomes. */
export function shellLineCommand(session: ShellSession, line: string): string {
  return `kubectl exec ${session.target.map((w) => (/^[\w./=:-]+$/.test(w) ? w : quote(w))).join(' ')} -- sh -c ${quote(line)}`;
}

/** kubectl prints the defaulted-container notice once, when the session starts; not on every line. */
export function withoutNotice(stderr: string): string {
  return stderr.replace(/^Defaulted container "[^"]*" out of: .*\n/, '');
}
