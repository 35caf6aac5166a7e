// The calling convention of applets (busybox commands) and small helpers they share.
import type { Gen, OutStream } from './io';
import { DONE, InStream, WriteError } from './io';
import type { KernelApi, ProcCtx } from './os';
import { FsError, errnoText } from '../vfs/filesystem';
import { normalizePath } from '../vfs/path';

export interface AppletCtx {
  /** argv[0] as busybox sees it (basename), used in messages. */
  readonly name: string;
  readonly argv: string[];
  /** The command's environment (exported variables plus prefix assignments), in order. */
  readonly env: [string, string][];
  readonly cwd: string;
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly proc: ProcCtx;
  readonly kernel: KernelApi;
}

export type Applet = (ctx: AppletCtx) => Gen<number>;

/** Write to stdout (`yield* out(ctx, text)`): the stream's own step, without a wrapper generator. */
export function out(ctx: AppletCtx, text: string): Gen<void> {
  return ctx.stdout.write(text);
}

/** `name: message` on stderr, the busybox way (bb_error_msg). */
export function err(ctx: AppletCtx, message: string): Gen<void> {
  return ctx.stderr.write(`${ctx.name}: ${message}\n`);
}

/** Count a step in a loop of an applet; burns a CPU slice when one is due. */
export function* tick(ctx: AppletCtx): Gen<void> {
  if (ctx.proc.step()) yield { k: 'cpu', ms: 100 };
}

export function abs(ctx: AppletCtx, path: string): string {
  return normalizePath(ctx.cwd, path);
}

/** Read a whole file (reporting volume activity); `-` is stdin. Throws FsError. */
export function* readInput(ctx: AppletCtx, path: string): Gen<string> {
  if (path === '-') return yield* ctx.stdin.readAll();
  const p = abs(ctx, path);
  if (p === '/dev/null') return '';
  if (p === '/dev/stdin') return yield* ctx.stdin.readAll();
  const text = ctx.kernel.fs.readFile(p);
  ctx.kernel.fileActivity('file-read', p);
  return text;
}

/** The standard busybox "can't open" message for a failed input file. */
export function* cantOpen(ctx: AppletCtx, path: string, e: unknown): Gen<void> {
  if (e instanceof FsError) yield* err(ctx, `can't open '${path}': ${errnoText(e.code)}`);
  else throw e;
}

/** Inputs of a filter applet: each file's text, or stdin when there are none. Reports bad files. */
export function* eachInput(
  ctx: AppletCtx,
  files: string[],
  fn: (text: string, file: string) => Gen<void>,
): Gen<number> {
  if (files.length === 0) files = ['-'];
  let status = 0;
  for (const f of files) {
    let text: string;
    try {
      text = yield* readInput(ctx, f);
    } catch (e) {
      yield* cantOpen(ctx, f, e);
      status = 1;
      continue;
    }
    yield* fn(text, f);
  }
  return status;
}

/** An output stream appending to a file (redirections, tee...). Throws WriteError on ENOSPC etc. */
export function fileOut(kernel: KernelApi, path: string): OutStream {
  return {
    sync: true,
    write(text: string): Gen<void> {
      try {
        kernel.fs.writeFile(path, text, true);
      } catch (e) {
        if (e instanceof FsError) throw new WriteError(errnoText(e.code));
        throw e;
      }
      kernel.fileActivity('file-write', path);
      return DONE;
    },
  };
}

/** Lines of a text without the trailing empty piece (`a\nb\n` -> [a, b]). */
export function lines(text: string): string[] {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
}

/** Split simple options off the front of argv: `-n 5 -v file` with `withArg` = "n". Stops at `--` or
 * the first non-option. Returns null (after printing) on an unknown option. */
export function* parseOpts(
  ctx: AppletCtx,
  args: string[],
  flags: string,
  withArg = '',
  usage?: string,
): Gen<{ opts: Map<string, string>; rest: string[] } | null> {
  const opts = new Map<string, string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-' || /^-[0-9]/.test(a)) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (withArg.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) {
          yield* err(ctx, `option requires an argument -- '${c}'`);
          if (usage) yield* ctx.stderr.write(usage);
          return null;
        }
        opts.set(c, v);
        break;
      }
      if (!flags.includes(c)) {
        yield* err(ctx, `invalid option -- '${c}'`);
        if (usage) yield* ctx.stderr.write(usage);
        return null;
      }
      opts.set(c, '');
    }
  }
  return { opts, rest: args.slice(i) };
}

export { InStream };
