/* eslint-disable require-yield -- every step of a process is a generator; some finish without suspending. */
// Text filters: head, tail (with -f polling), grep, wc, cut, tr, sort, uniq.
import {
  abs,
  cantOpen,
  eachInput,
  err,
  lines,
  out,
  parseOpts,
  readInput,
  tick,
  type Applet,
  type AppletCtx,
} from '../applet';
import type { Gen } from '../io';

/** Busybox accepts the old `-5` form for head/tail. */
function legacyCount(args: string[]): string[] {
  return args.map((a) => (/^-[0-9]+$/.test(a) ? `-n${a.slice(1)}` : a));
}

export const head: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, legacyCount(ctx.argv.slice(1)), 'qv', 'nc');
  if (!r) return 1;
  const n = Number(r.opts.get('n') ?? '10');
  const multi = r.rest.length > 1;
  let first = true;
  if (r.rest.length === 0) {
    // Stop reading as soon as we have enough: `yes | head -n 1` must end.
    let count = 0;
    while (count < n) {
      const l = yield* ctx.stdin.readLine();
      if (l === null) break;
      yield* out(ctx, l);
      count++;
    }
    return 0;
  }
  return yield* eachInput(ctx, r.rest, function* (text, file) {
    if (multi) yield* out(ctx, `${first ? '' : '\n'}==> ${file} <==\n`);
    first = false;
    if (r.opts.has('c')) yield* out(ctx, text.slice(0, Number(r.opts.get('c'))));
    else
      yield* out(
        ctx,
        text
          .split(/(?<=\n)/)
          .slice(0, n)
          .join(''),
      );
  });
};

function lastLines(text: string, n: number, fromStart: boolean): string {
  const ls = text.split(/(?<=\n)/).filter((s) => s !== '');
  return (fromStart ? ls.slice(Math.max(0, n - 1)) : ls.slice(Math.max(0, ls.length - n))).join('');
}

export const tail: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, legacyCount(ctx.argv.slice(1)), 'fFqv', 'nsc');
  if (!r) return 1;
  const nArg = r.opts.get('n') ?? '10';
  const fromStart = nArg.startsWith('+');
  const n = Math.abs(Number(nArg));
  const follow = r.opts.has('f') || r.opts.has('F');
  const files = r.rest;
  if (files.length === 0) {
    if (follow) {
      for (;;) {
        const chunk = yield* ctx.stdin.readChunk();
        if (chunk === null) return 0;
        yield* out(ctx, chunk);
      }
    }
    yield* out(ctx, lastLines(yield* ctx.stdin.readAll(), n, fromStart));
    return 0;
  }
  const sizes = new Map<string, number>();
  let status = 0;
  for (const f of files) {
    try {
      const text = yield* readInput(ctx, f);
      if (files.length > 1) yield* out(ctx, `==> ${f} <==\n`);
      yield* out(ctx, lastLines(text, n, fromStart));
      sizes.set(f, text.length);
    } catch (e) {
      if (!follow || !r.opts.has('F')) yield* cantOpen(ctx, f, e);
      status = 1;
    }
  }
  if (!follow) return status;
  // busybox tail -f polls its files once a second.
  for (;;) {
    yield { k: 'sleep', ms: 1000 };
    for (const f of files) {
      let text: string;
      try {
        text = ctx.kernel.fs.readFile(abs(ctx, f));
      } catch {
        continue;
      }
      const old = sizes.get(f) ?? 0;
      if (text.length > old) {
        ctx.kernel.fileActivity('file-read', abs(ctx, f));
        yield* out(ctx, text.slice(old));
      }
      sizes.set(f, text.length < old ? 0 : text.length);
    }
  }
};

/** POSIX basic regular expression -> JS source. */
export function breToJs(re: string): string {
  let outRe = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\' && i + 1 < re.length) {
      const n = re[++i];
      if ('(){}|+?'.includes(n)) outRe += n;
      else if (n === '<' || n === '>') outRe += '\\b';
      else outRe += '\\' + n;
    } else if ('(){}|+?'.includes(c)) outRe += '\\' + c;
    else if (c === '*' && (i === 0 || re[i - 1] === '^')) outRe += '\\*';
    else outRe += c;
  }
  return outRe;
}

/** Convert POSIX bracket classes like [[:digit:]] that JS lacks. */
function classes(re: string): string {
  return re
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:alpha:\]/g, 'A-Za-z')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9')
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z')
    .replace(/\[:space:\]/g, ' \\t\\n\\r\\f\\v')
    .replace(/\[:blank:\]/g, ' \\t')
    .replace(/\[:punct:\]/g, '!-\\/:-@\\[-`{-~');
}

export function compileRegex(src: string, extended: boolean, flags: string): RegExp | null {
  try {
    return new RegExp(classes(extended ? src : breToJs(src)), flags);
  } catch {
    return null;
  }
}

export const grep: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'viclqEFnhsxwHo', 'e');
  if (!r) return 2;
  const o = r.opts;
  const args = [...r.rest];
  const pattern = o.get('e') ?? args.shift();
  if (pattern === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n',
    );
    return 2;
  }
  let src = o.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : pattern;
  const extended = o.has('E') || o.has('F');
  if (o.has('x')) src = extended ? `^(?:${src})$` : `^\\(${src}\\)$`;
  if (o.has('w')) src = extended ? `\\b(?:${src})\\b` : `\\<${src}\\>`;
  const re = compileRegex(src, extended, o.has('i') ? 'i' : '');
  if (!re) {
    yield* err(ctx, `bad regex '${pattern}'`);
    return 2;
  }
  const files = args;
  const prefix = (files.length > 1 || o.has('H')) && !o.has('h');
  let matched = false;
  let status = 0;
  const handleLine = function* (line: string, file: string, lineNo: number): Gen<boolean> {
    yield* tick(ctx);
    const hit = re.test(line) !== o.has('v');
    if (!hit) return false;
    matched = true;
    if (o.has('q') || o.has('c') || o.has('l')) return true;
    const pre =
      (prefix ? `${file === '-' ? '(standard input)' : file}:` : '') + (o.has('n') ? `${lineNo}:` : '');
    if (o.has('o') && !o.has('v')) {
      const g = new RegExp(re.source, re.flags + 'g');
      for (const m of line.match(g) ?? []) if (m) yield* out(ctx, pre + m + '\n');
    } else yield* out(ctx, pre + line + '\n');
    return true;
  };
  for (const f of files.length ? files : ['-']) {
    let count = 0;
    if (f === '-' && !o.has('c') && !o.has('l')) {
      // Line by line from stdin, so `tail -f log | grep x` prints as lines arrive.
      let n = 0;
      for (;;) {
        const l = yield* ctx.stdin.readLine();
        if (l === null) break;
        if (yield* handleLine(l.replace(/\n$/, ''), f, ++n)) count++;
        if (matched && o.has('q')) return 0;
      }
    } else {
      let text: string;
      try {
        text = yield* readInput(ctx, f);
      } catch (e) {
        if (!o.has('s')) yield* cantOpen(ctx, f, e);
        status = 2;
        continue;
      }
      let n = 0;
      for (const l of lines(text)) {
        if (yield* handleLine(l, f, ++n)) count++;
        if (matched && o.has('q')) return 0;
      }
    }
    if (o.has('c')) yield* out(ctx, (prefix ? `${f}:` : '') + count + '\n');
    if (o.has('l') && count > 0) yield* out(ctx, f + '\n');
  }
  if (status === 2 && !o.has('q')) return 2;
  return matched ? 0 : 1;
};

export const wc: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'lcwmL');
  if (!r) return 1;
  let which = ['l', 'w', 'c'].filter((c) => r.opts.has(c) || (c === 'c' && r.opts.has('m')));
  if (which.length === 0) which = ['l', 'w', 'c'];
  const rows: { counts: number[]; name: string | null }[] = [];
  const status = yield* eachInput(ctx, r.rest, function* (text, file) {
    const counts = which.map((c) =>
      c === 'l'
        ? (text.match(/\n/g) ?? []).length
        : c === 'w'
          ? text.split(/\s+/).filter((s) => s).length
          : text.length,
    );
    rows.push({ counts, name: file === '-' ? null : file });
  });
  if (rows.length > 1)
    rows.push({ counts: which.map((_, i) => rows.reduce((s, row) => s + row.counts[i], 0)), name: 'total' });
  for (const row of rows) {
    // busybox pads columns to 7 unless a single count is printed for stdin.
    const nums =
      which.length === 1 && row.name === null
        ? String(row.counts[0])
        : row.counts.map((n) => String(n).padStart(7)).join(' ');
    yield* out(ctx, nums + (row.name !== null ? ` ${row.name}` : '') + '\n');
  }
  return status;
};

/** `1,3`, `2-`, `-3`, `1-2,5` -> predicate on 1-based positions. */
function parseList(list: string): ((i: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const part of list.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) return null;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    ranges.push([a, b]);
  }
  return (i) => ranges.some(([a, b]) => i >= a && i <= b);
}

export const cut: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 's', 'dfcb');
  if (!r) return 1;
  const delim = r.opts.get('d') ?? '\t';
  const spec = r.opts.get('f') ?? r.opts.get('c') ?? r.opts.get('b');
  if (spec === undefined) {
    yield* err(ctx, 'expected a list of bytes, characters, or fields');
    return 1;
  }
  const pick = parseList(spec);
  if (!pick) {
    yield* err(ctx, `invalid range`);
    return 1;
  }
  const byField = r.opts.has('f');
  return yield* eachInput(ctx, r.rest, function* (text) {
    let result = '';
    for (const l of lines(text)) {
      if (byField) {
        if (!l.includes(delim)) {
          if (!r.opts.has('s')) result += l + '\n';
          continue;
        }
        result +=
          l
            .split(delim)
            .filter((_, i) => pick(i + 1))
            .join(delim) + '\n';
      } else result += [...l].filter((_, i) => pick(i + 1)).join('') + '\n';
    }
    yield* out(ctx, result);
  });
};

function expandSet(s: string): string[] {
  const src = s
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z')
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:space:\]/g, ' \t\n\r\f\v')
    .replace(/\[:alpha:\]/g, 'a-zA-Z')
    .replace(/\[:alnum:\]/g, 'a-zA-Z0-9');
  const chars: string[] = [];
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\' };
  const items: string[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && i + 1 < src.length) items.push(esc[src[++i]] ?? src[i]);
    else items.push(src[i]);
  }
  for (let i = 0; i < items.length; i++) {
    if (items[i + 1] === '-' && i + 2 < items.length) {
      for (let c = items[i].charCodeAt(0); c <= items[i + 2].charCodeAt(0); c++)
        chars.push(String.fromCharCode(c));
      i += 2;
    } else chars.push(items[i]);
  }
  return chars;
}

export const tr: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'dsc');
  if (!r) return 1;
  const [a, b] = r.rest;
  if (a === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: tr [-cds] STRING1 [STRING2]\n',
    );
    return 1;
  }
  const from = expandSet(a);
  const to = b !== undefined ? expandSet(b) : [];
  const text = yield* ctx.stdin.readAll();
  let result = '';
  let prev = '';
  for (const c of text) {
    const i = from.indexOf(c);
    let o = c;
    if (r.opts.has('d')) {
      if (i >= 0) continue;
    } else if (i >= 0 && to.length) o = to[Math.min(i, to.length - 1)];
    if (r.opts.has('s') && o === prev && (to.length ? to : from).includes(o)) continue;
    result += o;
    prev = o;
  }
  yield* out(ctx, result);
  return 0;
};

export const sort: Applet = function* (ctx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'nrufb', 'kt');
  if (!r) return 1;
  const all: string[] = [];
  const status = yield* eachInput(ctx, r.rest, function* (text) {
    all.push(...lines(text));
  });
  const key = (l: string): string => {
    const k = r.opts.get('k');
    if (!k) return l;
    const fields = r.opts.has('t') ? l.split(r.opts.get('t')!) : l.trim().split(/\s+/);
    return fields.slice(Number(k.split(',')[0]) - 1).join(' ');
  };
  const cmp = (x: string, y: string): number => {
    let a = key(x);
    let b = key(y);
    if (r.opts.has('f')) [a, b] = [a.toUpperCase(), b.toUpperCase()];
    if (r.opts.has('n')) {
      const d = (parseFloat(a) || 0) - (parseFloat(b) || 0);
      if (d !== 0) return d;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
  let sorted = all.sort(cmp);
  if (r.opts.has('r')) sorted.reverse();
  if (r.opts.has('u')) sorted = sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1], l) !== 0);
  if (sorted.length) yield* out(ctx, sorted.join('\n') + '\n');
  return status;
};

export const uniq: Applet = function* (ctx: AppletCtx) {
  const r = yield* parseOpts(ctx, ctx.argv.slice(1), 'cdui');
  if (!r) return 1;
  const text = r.rest.length ? yield* readInput(ctx, r.rest[0]) : yield* ctx.stdin.readAll();
  const groups: { line: string; n: number }[] = [];
  for (const l of lines(text)) {
    const last = groups[groups.length - 1];
    if (last && (r.opts.has('i') ? last.line.toLowerCase() === l.toLowerCase() : last.line === l)) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  let result = '';
  for (const g of groups) {
    if (r.opts.has('d') && g.n < 2) continue;
    if (r.opts.has('u') && g.n > 1) continue;
    result += r.opts.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : g.line + '\n';
  }
  yield* out(ctx, result);
  return 0;
};
