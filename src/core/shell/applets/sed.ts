// A basic sed: s///[gpI], d, p, q, with line-number, $ and /regex/ addresses; -n, -e, -i, -E.
import { abs, cantOpen, err, lines, out, readInput, tick, type Applet } from '../applet';
import { compileRegex } from './text';

interface Cmd {
  addr: ((line: string, n: number, last: boolean) => boolean) | null;
  op: 's' | 'd' | 'p' | 'q' | '=';
  re?: RegExp;
  repl?: string;
  global?: boolean;
  print?: boolean;
}

class SedError extends Error {}

function parseProgram(src: string, extended: boolean): Cmd[] {
  const cmds: Cmd[] = [];
  let i = 0;
  const readDelimited = (delim: string): string => {
    let s = '';
    while (i < src.length && src[i] !== delim) {
      if (src[i] === '\\' && src[i + 1] === delim) {
        s += delim;
        i += 2;
      } else if (src[i] === '\\' && i + 1 < src.length) {
        s += src[i] + src[i + 1];
        i += 2;
      } else s += src[i++];
    }
    if (src[i] !== delim) throw new SedError(`unmatched '${src[0] === 's' ? 's' : delim}'`);
    i++;
    return s;
  };
  while (i < src.length) {
    while (i < src.length && /[\s;]/.test(src[i])) i++;
    if (i >= src.length) break;
    let addr: Cmd['addr'] = null;
    const num = /^[0-9]+/.exec(src.slice(i));
    if (num) {
      const n = Number(num[0]);
      addr = (_l, ln) => ln === n;
      i += num[0].length;
    } else if (src[i] === '$') {
      addr = (_l, _n, last) => last;
      i++;
    } else if (src[i] === '/') {
      i++;
      const re = compileRegex(readDelimited('/'), extended, '');
      if (!re) throw new SedError('bad regex');
      addr = (l) => re.test(l);
    }
    const op = src[i++];
    if (op === 's') {
      const delim = src[i++];
      const pat = readDelimited(delim);
      const repl = readDelimited(delim);
      let flags = '';
      while (i < src.length && /[gpIi0-9]/.test(src[i])) flags += src[i++];
      const re = compileRegex(pat, extended, flags.includes('I') || flags.includes('i') ? 'gi' : 'g');
      if (!re) throw new SedError(`bad regex '${pat}'`);
      cmds.push({ addr, op: 's', re, repl, global: flags.includes('g'), print: flags.includes('p') });
    } else if (op === 'd' || op === 'p' || op === 'q' || op === '=') cmds.push({ addr, op });
    else throw new SedError(`unsupported command ${op ?? ''}`);
  }
  return cmds;
}

/** sed replacement: & and \1..\9, \n. */
function replacement(repl: string, m: RegExpExecArray): string {
  let s = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\' && i + 1 < repl.length) {
      const n = repl[++i];
      if (/[0-9]/.test(n)) s += m[Number(n)] ?? '';
      else if (n === 'n') s += '\n';
      else s += n;
    } else if (c === '&') s += m[0];
    else s += c;
  }
  return s;
}

export const sed: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  let quiet = false;
  let inPlace = false;
  let extended = false;
  const scripts: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-n') quiet = true;
    else if (a === '-i') inPlace = true;
    else if (a === '-E' || a === '-r') extended = true;
    else if (a === '-e') scripts.push(args[++i] ?? '');
    else if (/^-[nirE]+$/.test(a)) {
      quiet ||= a.includes('n');
      inPlace ||= a.includes('i');
      extended ||= a.includes('E') || a.includes('r');
    } else if (scripts.length === 0) scripts.push(a);
    else files.push(a);
  }
  let cmds: Cmd[];
  try {
    cmds = parseProgram(scripts.join('\n'), extended);
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    yield* err(ctx, `-e expression #1, char 0: ${e.message}`);
    return 1;
  }
  const run = function* (text: string): Generator<import('../io').Sys, string, unknown> {
    let result = '';
    const ls = lines(text);
    for (let n = 0; n < ls.length; n++) {
      yield* tick(ctx);
      let line = ls[n];
      const last = n === ls.length - 1;
      let deleted = false;
      let quit = false;
      for (const c of cmds) {
        if (c.addr && !c.addr(line, n + 1, last)) continue;
        if (c.op === 'd') {
          deleted = true;
          break;
        }
        if (c.op === 'p') result += line + '\n';
        if (c.op === '=') result += `${n + 1}\n`;
        if (c.op === 'q') {
          quit = true;
          break;
        }
        if (c.op === 's') {
          const re = c.re!;
          re.lastIndex = 0;
          let changed = false;
          let outLine = '';
          let pos = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(line))) {
            outLine += line.slice(pos, m.index) + replacement(c.repl!, m);
            pos = m.index + m[0].length;
            changed = true;
            if (m[0] === '') re.lastIndex++;
            if (!c.global) break;
          }
          if (changed) {
            line = outLine + line.slice(pos);
            if (c.print) result += line + '\n';
          }
        }
      }
      if (!deleted && !quiet) result += line + '\n';
      if (quit) break;
    }
    return result;
  };
  if (files.length === 0) {
    yield* out(ctx, yield* run(yield* ctx.stdin.readAll()));
    return 0;
  }
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
    const result = yield* run(text);
    if (inPlace) {
      ctx.kernel.fs.writeFile(abs(ctx, f), result);
      ctx.kernel.fileActivity('file-write', abs(ctx, f));
    } else yield* out(ctx, result);
  }
  return status;
};
