// File applets: cat, ls, mkdir, touch, rm, rmdir, cp, mv, tee.
import {
  abs,
  cantOpen,
  err,
  fileOut,
  out,
  parseOpts,
  readInput,
  tick,
  type Applet,
  type AppletCtx,
} from '../applet';
import type { Gen } from '../io';
import { FsError, errnoText } from '../../vfs/filesystem';
import { strftime } from './clock';
import { nowMs } from './basic';
import { basename } from '../../vfs/path';

function reason(e: unknown): string {
  if (e instanceof FsError) return errnoText(e.code);
  throw e;
}

export const cat: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'nuvetA');
  if (!r) return 1;
  const files = r.rest.length ? r.rest : ['-'];
  let status = 0;
  for (const f of files) {
    if (f === '-') {
      // Stream stdin chunk by chunk so `tail -f x | cat` flows.
      for (;;) {
        const chunk = yield* ctx.stdin.readChunk();
        if (chunk === null) break;
        yield* tick(ctx);
        yield* out(ctx, chunk);
      }
      continue;
    }
    try {
      const st = ctx.kernel.fs.stat(abs(ctx, f));
      if (st?.kind === 'dir') {
        yield* err(ctx, `read error: Is a directory`);
        status = 1;
        continue;
      }
      yield* out(ctx, yield* readInput(ctx, f));
    } catch (e) {
      yield* cantOpen(ctx, f, e);
      status = 1;
    }
  }
  return status;
};

/** `drwxr-xr-x` from a file type and its permission bits. */
export function modeString(kind: 'file' | 'dir', mode: number): string {
  let s = kind === 'dir' ? 'd' : '-';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const bits = (mode >> shift) & 7;
    s += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  return s;
}

export const ls: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'la1AhdRFtrS');
  if (!r) return 1;
  const long = r.opts.has('l');
  const all = r.opts.has('a');
  const almost = r.opts.has('A');
  const paths = r.rest.length ? r.rest : ['.'];
  let status = 0;
  const fs = ctx.kernel.fs;
  // Files carry no timestamps in the simulation: show the current virtual time.
  const when = strftime('%b %e %H:%M', nowMs(ctx));
  const line = (name: string, p: string): string => {
    if (!long) return name;
    const st = fs.stat(p)!;
    const links = String(st.kind === 'dir' ? 2 : 1).padStart(4);
    return `${modeString(st.kind, st.mode)} ${links} root     root     ${String(st.size).padStart(9)} ${when} ${name}`;
  };
  const files: string[] = [];
  const dirs: string[] = [];
  for (const p of paths) {
    const st = fs.stat(abs(ctx, p));
    if (!st) {
      yield* err(ctx, `${p}: No such file or directory`);
      status = 1;
    } else if (st.kind === 'dir' && !r.opts.has('d')) dirs.push(p);
    else files.push(p);
  }
  const outLines: string[] = files.sort().map((f) => line(f, abs(ctx, f)));
  for (const d of dirs.sort()) {
    if (paths.length > 1) {
      if (outLines.length) outLines.push('');
      outLines.push(`${d}:`);
    }
    let names = fs.readdir(abs(ctx, d)).filter((n) => all || almost || !n.startsWith('.'));
    if (all) names = ['.', '..', ...names];
    if (long) outLines.push(`total ${names.length * 4}`);
    for (const n of names) outLines.push(line(n, abs(ctx, `${d}/${n}`)));
  }
  if (outLines.length) yield* out(ctx, outLines.join('\n') + '\n');
  return status;
};

export const mkdir: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'p', 'm');
  if (!r) return 1;
  let status = 0;
  for (const d of r.rest) {
    try {
      ctx.kernel.fs.mkdir(abs(ctx, d), r.opts.has('p'));
    } catch (e) {
      yield* err(ctx, `can't create directory '${d}': ${reason(e)}`);
      status = 1;
    }
  }
  return status;
};

export const touch: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'cam');
  if (!r) return 1;
  let status = 0;
  for (const f of r.rest) {
    const p = abs(ctx, f);
    if (ctx.kernel.fs.exists(p) || r.opts.has('c')) continue;
    try {
      ctx.kernel.fs.writeFile(p, '', true);
      ctx.kernel.fileActivity('file-write', p);
    } catch (e) {
      yield* err(ctx, `${f}: ${reason(e)}`);
      status = 1;
    }
  }
  return status;
};

export const rm: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'rfRiv');
  if (!r) return 1;
  const recursive = r.opts.has('r') || r.opts.has('R');
  const force = r.opts.has('f');
  let status = 0;
  for (const f of r.rest) {
    const p = abs(ctx, f);
    const st = ctx.kernel.fs.stat(p);
    if (!st) {
      if (!force) {
        yield* err(ctx, `can't remove '${f}': No such file or directory`);
        status = 1;
      }
      continue;
    }
    if (st.kind === 'dir' && !recursive) {
      yield* err(ctx, `'${f}' is a directory`);
      status = 1;
      continue;
    }
    try {
      ctx.kernel.fs.remove(p, true);
    } catch (e) {
      yield* err(ctx, `can't remove '${f}': ${reason(e)}`);
      status = 1;
    }
  }
  return status;
};

export const rmdir: Applet = function* (ctx) {
  let status = 0;
  for (const f of ctx.argv.slice(1)) {
    try {
      const st = ctx.kernel.fs.stat(abs(ctx, f));
      if (st?.kind === 'file') throw new FsError('ENOTDIR', f);
      ctx.kernel.fs.remove(abs(ctx, f), false);
    } catch (e) {
      yield* err(ctx, `'${f}': ${reason(e)}`);
      status = 1;
    }
  }
  return status;
};

function* copyTree(ctx: AppletCtx, from: string, to: string): Gen<void> {
  const fs = ctx.kernel.fs;
  const st = fs.stat(from)!;
  if (st.kind === 'file') {
    fs.writeFile(to, fs.readFile(from));
    ctx.kernel.fileActivity('file-write', to);
    return;
  }
  if (!fs.exists(to)) fs.mkdir(to);
  for (const n of fs.readdir(from)) {
    yield* tick(ctx);
    yield* copyTree(ctx, `${from}/${n}`, `${to}/${n}`);
  }
}

function* copyOrMove(ctx: AppletCtx, move: boolean): Gen<number> {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'rRfpaivn');
  if (!r) return 1;
  const args = r.rest;
  if (args.length < 2) {
    yield* ctx.stderr.write(
      `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ${ctx.name} [-${move ? 'fin' : 'RLPdaprfinus'}] SOURCE... DEST\n`,
    );
    return 1;
  }
  const fs = ctx.kernel.fs;
  const dest = args[args.length - 1];
  const destIsDir = fs.stat(abs(ctx, dest))?.kind === 'dir';
  let status = 0;
  for (const src of args.slice(0, -1)) {
    const from = abs(ctx, src);
    const st = fs.stat(from);
    const to = destIsDir ? abs(ctx, `${dest}/${basename(src)}`) : abs(ctx, dest);
    if (!st) {
      yield* err(
        ctx,
        move
          ? `can't rename '${src}': No such file or directory`
          : `can't stat '${src}': No such file or directory`,
      );
      status = 1;
      continue;
    }
    try {
      if (move) {
        fs.rename(from, to);
        ctx.kernel.fileActivity('file-write', to);
      } else if (st.kind === 'dir' && !r.opts.has('r') && !r.opts.has('R') && !r.opts.has('a')) {
        yield* err(ctx, `omitting directory '${src}'`);
        status = 1;
      } else yield* copyTree(ctx, from, to);
    } catch (e) {
      yield* err(ctx, move ? `can't rename '${src}': ${reason(e)}` : `can't create '${to}': ${reason(e)}`);
      status = 1;
    }
  }
  return status;
}

export const cp: Applet = (ctx) => copyOrMove(ctx, false);
export const mv: Applet = (ctx) => copyOrMove(ctx, true);

export const tee: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'ai');
  if (!r) return 1;
  let status = 0;
  const outs = [ctx.stdout];
  for (const f of r.rest) {
    const p = abs(ctx, f);
    try {
      ctx.kernel.fs.writeFile(p, '', r.opts.has('a'));
      outs.push(fileOut(ctx.kernel, p));
    } catch (e) {
      yield* cantOpen(ctx, f, e);
      status = 1;
    }
  }
  for (;;) {
    const chunk = yield* ctx.stdin.readChunk();
    if (chunk === null) break;
    yield* tick(ctx);
    for (const o of outs) yield* o.write(chunk);
  }
  return status;
};

/** busybox chmod: octal modes and the common symbolic forms (`+x`, `u+x`, `go-w`, `a=r`). */
export const chmod: Applet = function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => a !== '-R');
  const [spec, ...files] = args;
  if (!spec || files.length === 0) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: chmod [-Rcvf] MODE[,MODE]... FILE...\n',
    );
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const p = abs(ctx, f);
    const st = ctx.kernel.fs.stat(p);
    if (!st) {
      yield* err(ctx, `${f}: No such file or directory`);
      status = 1;
      continue;
    }
    const mode = applyMode(spec, st.mode);
    if (mode === null) {
      yield* err(ctx, `invalid mode '${spec}'`);
      return 1;
    }
    try {
      ctx.kernel.fs.chmod(p, mode);
    } catch (e) {
      yield* err(ctx, `${f}: ${reason(e)}`);
      status = 1;
    }
  }
  return status;
};

function applyMode(spec: string, current: number): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8) & 0o777;
  let mode = current;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let bits = 0;
    for (const c of m[3]) bits |= c === 'r' ? 4 : c === 'w' ? 2 : 1;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      if (m[2] === '+') mode |= bits << shift;
      else if (m[2] === '-') mode &= ~(bits << shift);
      else mode = (mode & ~(7 << shift)) | (bits << shift);
    }
  }
  return mode;
}
