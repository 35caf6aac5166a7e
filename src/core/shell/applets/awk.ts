// A deliberately small awk: `[BEGIN|END|/re/|$N==x] { print expr, ... }` with $N, $0, NF, NR and
// string literals; -F sets the field separator. Enough for `awk '{print $2}'` in container scripts.
import { eachInput, err, lines, out, tick, type Applet } from '../applet';
import { compileRegex } from './text';

type Stmt =
  | { op: 'print'; exprs: string[] }
  | { op: 'assign'; name: string; how: '=' | '+=' | '-=' | '++' | '--'; expr: string };

interface Rule {
  kind: 'begin' | 'end' | 'main';
  match: ((line: string, fields: string[], nr: number) => boolean) | null;
  stmts: Stmt[] | null; // null = print $0
}

/** User variables (`s += $1`), shared by all rules of one run. */
type Vars = Map<string, string>;

class AwkError extends Error {}

function term(t: string, line: string, fields: string[], nr: number, vars: Vars = new Map()): string {
  if (/^".*"$/.test(t))
    return t.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"');
  if (t === 'NR') return String(nr);
  if (t === 'NF') return String(fields.length);
  const m = /^\$(NF|[0-9]+)$/.exec(t);
  if (m) {
    const i = m[1] === 'NF' ? fields.length : Number(m[1]);
    return i === 0 ? line : (fields[i - 1] ?? '');
  }
  if (/^[0-9.]+$/.test(t)) return t;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) return vars.get(t) ?? '';
  return '';
}

function parse(src: string): Rule[] {
  const rules: Rule[] = [];
  const re = /\s*(BEGIN|END|\/(?:[^/\\]|\\.)*\/|[^{;]*?)\s*(?:\{([^}]*)\}\s*;?|;|$)\s*/y;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m || re.lastIndex === pos) throw new AwkError(`syntax error`);
    pos = re.lastIndex;
    const [, pat, body] = m;
    if (!pat && body === undefined) continue;
    const kind = pat === 'BEGIN' ? 'begin' : pat === 'END' ? 'end' : 'main';
    let match: Rule['match'] = null;
    if (kind === 'main' && pat) {
      if (pat.startsWith('/')) {
        const rx = compileRegex(pat.slice(1, -1), true, '');
        if (!rx) throw new AwkError('bad regex');
        match = (l) => rx.test(l);
      } else {
        const cm = /^(\S+)\s*(==|!=|>=|<=|>|<)\s*(\S+)$/.exec(pat);
        if (!cm) throw new AwkError(`unsupported pattern: ${pat}`);
        match = (l, f, nr) => {
          const a = term(cm[1], l, f, nr);
          const b = term(cm[3], l, f, nr);
          const num = a !== '' && b !== '' && !isNaN(Number(a)) && !isNaN(Number(b));
          const [x, y]: (string | number)[] = num ? [Number(a), Number(b)] : [a, b];
          return (
            { '==': x === y, '!=': x !== y, '>': x > y, '<': x < y, '>=': x >= y, '<=': x <= y }[cm[2]] ??
            false
          );
        };
      }
    }
    let stmts: Stmt[] | null = null;
    if (body !== undefined && body.trim() !== '') {
      stmts = [];
      for (const stmt of body
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s)) {
        const pm = /^print(?:\s+(.*))?$/.exec(stmt);
        const am = /^([A-Za-z_][A-Za-z0-9_]*)\s*(\+=|-=|=|\+\+|--)\s*(.*)$/.exec(stmt);
        if (pm) stmts.push({ op: 'print', exprs: pm[1] === undefined ? ['$0'] : pm[1].split(/\s*,\s*/) });
        else if (am) stmts.push({ op: 'assign', name: am[1], how: am[2] as '=', expr: am[3] });
        else throw new AwkError(`unsupported statement: ${stmt}`);
      }
    }
    rules.push({ kind, match, stmts });
  }
  return rules;
}

export const awk: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  let fs: string | null = null;
  while (args[0]?.startsWith('-F')) {
    const a = args.shift()!;
    fs = a.length > 2 ? a.slice(2) : (args.shift() ?? ' ');
  }
  const src = args.shift();
  if (src === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...\n',
    );
    return 1;
  }
  let rules: Rule[];
  try {
    rules = parse(src);
  } catch (e) {
    if (!(e instanceof AwkError)) throw e;
    yield* err(ctx, `cmd. line:1: ${e.message}`);
    return 2;
  }
  let nr = 0;
  const vars: Vars = new Map();
  // Adjacent terms concatenate: print $1 "-" $2
  const value = (expr: string, line: string, fields: string[]): string =>
    (expr.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? []).map((t) => term(t, line, fields, nr, vars)).join('');
  const emit = function* (rule: Rule, line: string, fields: string[]) {
    for (const st of rule.stmts ?? [{ op: 'print', exprs: ['$0'] } as Stmt]) {
      if (st.op === 'print') {
        yield* out(ctx, st.exprs.map((e) => value(e, line, fields)).join(' ') + '\n');
        continue;
      }
      const old = Number(vars.get(st.name) ?? 0) || 0;
      const v = Number(value(st.expr, line, fields)) || 0;
      const next = { '=': v, '+=': old + v, '-=': old - v, '++': old + 1, '--': old - 1 }[st.how];
      vars.set(st.name, st.how === '=' ? value(st.expr, line, fields) : String(next));
    }
  };
  for (const r of rules) if (r.kind === 'begin') yield* emit(r, '', []);
  const status = rules.some((r) => r.kind !== 'begin')
    ? yield* eachInput(ctx, args, function* (text) {
        for (const line of lines(text)) {
          yield* tick(ctx);
          nr++;
          const fields =
            fs === null || fs === ' '
              ? line
                  .trim()
                  .split(/\s+/)
                  .filter((s) => s)
              : line.split(fs);
          for (const r of rules)
            if (r.kind === 'main' && (!r.match || r.match(line, fields, nr))) yield* emit(r, line, fields);
        }
      })
    : 0;
  for (const r of rules) if (r.kind === 'end') yield* emit(r, '', []);
  return status;
};
