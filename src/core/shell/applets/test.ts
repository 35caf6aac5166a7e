// test / [ : file tests, string and integer comparisons, ! -a -o and parentheses.
import { abs, err, type Applet, type AppletCtx } from '../applet';

class TestError extends Error {}

const BIN = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const UN = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-z', '-n']);

function evaluate(ctx: AppletCtx, args: string[]): boolean {
  let i = 0;
  const toInt = (s: string): number => {
    if (!/^\s*-?[0-9]+\s*$/.test(s)) throw new TestError(`invalid number '${s}'`);
    return parseInt(s, 10);
  };
  const unary = (op: string, v: string): boolean => {
    const st = ctx.kernel.fs.stat(abs(ctx, v));
    switch (op) {
      case '-e':
        return st !== null;
      case '-f':
        return st?.kind === 'file';
      case '-d':
        return st?.kind === 'dir';
      case '-s':
        return st !== null && st.size > 0;
      case '-r':
      case '-w':
      case '-x':
        return st !== null;
      case '-L':
      case '-h':
        return false;
      case '-z':
        return v.length === 0;
      case '-n':
        return v.length > 0;
    }
    throw new TestError(`${op}: unknown operand`);
  };
  const binary = (a: string, op: string, b: string): boolean => {
    switch (op) {
      case '=':
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
      case '-eq':
        return toInt(a) === toInt(b);
      case '-ne':
        return toInt(a) !== toInt(b);
      case '-lt':
        return toInt(a) < toInt(b);
      case '-le':
        return toInt(a) <= toInt(b);
      case '-gt':
        return toInt(a) > toInt(b);
      case '-ge':
        return toInt(a) >= toInt(b);
    }
    throw new TestError(`${op}: unknown operand`);
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError('argument expected');
    if (a === '!') {
      i++;
      return !primary();
    }
    if (a === '(') {
      i++;
      const v = orExpr();
      if (args[i] !== ')') throw new TestError("missing ')'");
      i++;
      return v;
    }
    if (BIN.has(args[i + 1] ?? '') && args[i + 2] !== undefined) {
      i += 3;
      return binary(a, args[i - 2], args[i - 1]);
    }
    if (UN.has(a) && args[i + 1] !== undefined) {
      i += 2;
      return unary(a, args[i - 1]);
    }
    i++;
    return a.length > 0;
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (args[i] === '-a') {
      i++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[i] === '-o') {
      i++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  if (args.length === 0) return false;
  const v = orExpr();
  if (i < args.length) throw new TestError(`${args[i]}: unknown operand`);
  return v;
}

export const test: Applet = function* (ctx) {
  let args = ctx.argv.slice(1);
  if (ctx.argv[0] === '[' || ctx.name === '[') {
    if (args[args.length - 1] !== ']') {
      yield* err(ctx, 'missing ]');
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(ctx, args) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    yield* ctx.stderr.write(`sh: ${e.message}\n`);
    return 2;
  }
};
