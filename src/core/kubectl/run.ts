// The kubectl command line: one entry point for the console, the `simulate --at` option and tests.
import { splitCommandLine } from './argv';
import { applyCommand } from './apply';
import { fail, type CommandOutput, type Done, type KubectlContext } from './context';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { execCommand } from './exec';
import { logsCommand } from './logs';
import { getCommand } from './get';

export type { CommandOutput, KubectlContext } from './context';

/** Runs one command line. `done` is called once: at once, or later in virtual time (exec). */
export function runKubectl(line: string, ctx: KubectlContext, done: Done): void {
  const { argv, error } = splitCommandLine(line.trim());
  if (error) return done(fail(`bash: ${error}\n`, 2));
  if (argv.length === 0) return done({ stdout: '', stderr: '', exitCode: 0 });
  const [program, verb, ...rest] = argv;
  if (program !== 'kubectl' && program !== 'k')
    return done(fail(`bash: ${program}: command not found\n`, 127));
  if (!verb) return done(fail('kubectl controls the Kubernetes cluster manager.\n'));
  const sync = (out: CommandOutput | null) =>
    done(out ?? fail(`error: unknown command "${verb}" for "kubectl"\n`));
  switch (verb) {
    case 'apply':
      return sync(applyCommand(rest, ctx, false));
    case 'create': {
      if (rest.some((w) => w === '-f' || w.startsWith('--filename') || w.startsWith('-f='))) {
        return sync(applyCommand(rest, ctx, true));
      }
      return sync(
        createCommand(rest, ctx) ?? fail(`error: unknown command "${rest[0] ?? ''}" for "kubectl create"\n`),
      );
    }
    case 'delete':
      return sync(deleteCommand(rest, ctx));
    case 'exec':
      return execCommand(rest, ctx, done);
    case 'get':
      return sync(getCommand(rest, ctx));
    case 'logs':
      return sync(logsCommand(rest, ctx));
    default:
      return sync(null);
  }
}
