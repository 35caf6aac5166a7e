// The kubectl command line: one entry point for the console, the `simulate --at` option and tests.
import { splitCommandLine } from './argv';
import { applyCommand } from './apply';
import { fail, ok, type CommandOutput, type Done, type KubectlContext } from './context';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { execCommand } from './exec';
import { explainCommand } from './explain';
import { leadingGlobals, unknownFlag } from './flags';
import { getCommand } from './get';
import { ROOT_HELP, verbHelp } from './help';
import { labelCommand } from './label';
import { logsCommand } from './logs';
import { runPodCommand } from './run-pod';

export type { CommandOutput, KubectlContext } from './context';

export const KUBECTL_VERSION = 'v1.34.0';

const VERSION_TEXT = `Client Version: ${KUBECTL_VERSION}\nKustomize Version: v5.7.1\nServer Version: ${KUBECTL_VERSION}\n`;

const isHelp = (w: string) => w === '--help' || w === '-h';

/** Runs one command line. `done` is called once: at once, or later in virtual time (exec). */
export function runKubectl(line: string, ctx: KubectlContext, done: Done): void {
  const { argv, error } = splitCommandLine(line.trim());
  if (error) return done(fail(`bash: ${error}\n`, 2));
  if (argv.length === 0) return done({ stdout: '', stderr: '', exitCode: 0 });
  const [program, ...afterProgram] = argv;
  if (program !== 'kubectl' && program !== 'k')
    return done(fail(`bash: ${program}: command not found\n`, 127));
  const { globals, rest: afterGlobals } = leadingGlobals(afterProgram);
  const [verb, ...own] = afterGlobals;
  if (!verb || globals.some(isHelp)) return done(ok(ROOT_HELP));
  const words = [...globals, ...own];
  const dashes = words.indexOf('--');
  if ((dashes < 0 ? words : words.slice(0, dashes)).some(isHelp)) {
    const help = verbHelp(verb === 'create' && own[0] && !own[0].startsWith('-') ? 'create' : verb);
    if (help) return done(ok(help));
  }
  const badFlag = unknownFlag(verb, words);
  if (badFlag) return done(badFlag);
  const sync = (out: CommandOutput | null) =>
    done(out ?? fail(`error: unknown command "${verb}" for "kubectl"\n`));
  switch (verb) {
    case 'apply':
      return sync(applyCommand(words, ctx, false));
    case 'create': {
      if (words.some((w) => w === '-f' || w.startsWith('--filename') || w.startsWith('-f='))) {
        return sync(applyCommand(words, ctx, true));
      }
      return sync(
        createCommand(words, ctx) ?? fail(`error: unknown command "${own[0] ?? ''}" for "kubectl create"\n`),
      );
    }
    case 'delete':
      return sync(deleteCommand(words, ctx));
    case 'describe':
      return sync(describeCommand(words, ctx));
    case 'exec':
      return execCommand(words, ctx, done);
    case 'explain':
      return sync(explainCommand(words));
    case 'get':
      return sync(getCommand(words, ctx));
    case 'label':
      return sync(labelCommand(words, ctx));
    case 'logs':
      return sync(logsCommand(words, ctx));
    case 'run':
      return sync(runPodCommand(words, ctx));
    case 'version':
      return sync(ok(VERSION_TEXT));
    default:
      return sync(null);
  }
}
