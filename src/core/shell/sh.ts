// The `sh` applet: `sh -c SCRIPT [NAME [ARGS...]]`, `sh FILE [ARGS...]`, or a script read from stdin
// (with no stdin, as in a container without `stdin: true`, that is EOF: exit 0 at once).
import { abs, type Applet, type AppletCtx } from './applet';
import { APPLETS } from './applets/registry';
import { Shell } from './interp';
import type { Gen } from './io';
import type { ProcCtx } from './os';
import { FsError } from '../vfs/filesystem';

/** A top-level shell for a process, with the environment imported as exported variables. */
export function newShell(
  proc: ProcCtx,
  ctx: Pick<AppletCtx, 'env' | 'cwd' | 'stdin' | 'stdout' | 'stderr'>,
): Shell {
  const sh = new Shell(proc);
  for (const [k, v] of ctx.env) sh.setVar(k, v, true);
  sh.cwd = ctx.cwd;
  sh.fds = [{ in: ctx.stdin }, { out: ctx.stdout }, { out: ctx.stderr }];
  sh.topPid = proc.pid;
  return sh;
}

/** `sh`: returns the script's own generator (runScript), so the interpreter is not one more level
 * deep in every suspension of a container's shell. */
export const shApplet: Applet = (ctx) => {
  const args = ctx.argv.slice(1);
  const sh = newShell(ctx.proc, ctx);
  let i = 0;
  let command: string | null = null;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    for (const c of a.slice(1)) {
      if (c === 'c') command = '';
      else if (c === 'e') sh.errexit = true;
      else if (c === 'x') sh.xtrace = true;
    }
  }
  if (command !== null) {
    if (i >= args.length) return failed(ctx, 'sh: -c requires an argument\n', 2);
    command = args[i++];
    if (i < args.length) sh.arg0 = args[i++];
    sh.positional = args.slice(i);
    return sh.runScript(command);
  }
  if (i < args.length) {
    const file = args[i];
    let text: string;
    try {
      text = ctx.kernel.fs.readFile(abs(ctx, file));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      return failed(ctx, `sh: can't open '${file}': No such file or directory\n`, 2);
    }
    sh.arg0 = file;
    sh.positional = args.slice(i + 1);
    return sh.runScript(text);
  }
  return runStdin(sh, ctx);
};

function* failed(ctx: AppletCtx, message: string, code: number): Gen<number> {
  yield* ctx.stderr.write(message);
  return code;
}

function* runStdin(sh: Shell, ctx: AppletCtx): Gen<number> {
  return yield* sh.runScript(yield* ctx.stdin.readAll());
}

APPLETS.sh = shApplet;
APPLETS.ash = shApplet;
