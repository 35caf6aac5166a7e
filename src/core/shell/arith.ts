// `$((...))`: integer arithmetic as ash does it (64-bit in C; JS numbers here, truncated to integers).

export class ArithError extends Error {}

type Lookup = { get(name: string): string | undefined; set(name: string, value: string): void };

// Binary operators by precedence, loosest first.
const BIN: string[][] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '>', '<=', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];

/** Tokens of expressions already seen (a loop's `$((i+1))` every iteration); never modified. */
const tokenCache = new Map<string, readonly string[]>();

function tokensOf(src: string): readonly string[] {
  let toks = tokenCache.get(src);
  if (toks === undefined) {
    toks = tokenize(src);
    if (tokenCache.size >= 256) tokenCache.clear();
    tokenCache.set(src, toks);
  }
  return toks;
}

export function evalArith(src: string, vars: Lookup): number {
  const toks = tokensOf(src);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const next = (): string => {
    const t = toks[i++];
    if (t === undefined) throw new ArithError('arithmetic syntax error');
    return t;
  };
  const num = (name: string): number => {
    const v = vars.get(name) ?? '';
    if (v.trim() === '') return 0;
    const n = parseNumber(v.trim());
    if (n === null) throw new ArithError('arithmetic syntax error');
    return n;
  };
  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '||':
        return a || b ? 1 : 0;
      case '&&':
        return a && b ? 1 : 0;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '&':
        return a & b;
      case '==':
        return a === b ? 1 : 0;
      case '!=':
        return a !== b ? 1 : 0;
      case '<':
        return a < b ? 1 : 0;
      case '>':
        return a > b ? 1 : 0;
      case '<=':
        return a <= b ? 1 : 0;
      case '>=':
        return a >= b ? 1 : 0;
      case '<<':
        return a << b;
      case '>>':
        return a >> b;
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
      case '%':
        if (b === 0) throw new ArithError('divide by zero');
        return op === '/' ? Math.trunc(a / b) : a % b;
    }
    throw new ArithError('arithmetic syntax error');
  };
  const binary = (level: number): number => {
    if (level >= BIN.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const op = peek();
      if (op === undefined || !BIN[level].includes(op)) return left;
      i++;
      const right = binary(level + 1);
      left = apply(op, left, right);
    }
  };
  const unary = (): number => {
    const t = peek();
    if (t === '-') return (i++, -unary());
    if (t === '+') return (i++, unary());
    if (t === '!') return (i++, unary() ? 0 : 1);
    if (t === '~') return (i++, ~unary());
    return primary();
  };
  const primary = (): number => {
    const t = next();
    if (t === '(') {
      const v = expr();
      if (next() !== ')') throw new ArithError('arithmetic syntax error');
      return v;
    }
    if (/^[A-Za-z_]/.test(t)) {
      const op = peek();
      if (op && ['=', '+=', '-=', '*=', '/=', '%='].includes(op)) {
        i++;
        const rhs = expr();
        const v = op === '=' ? rhs : apply(op[0], num(t), rhs);
        vars.set(t, String(v));
        return v;
      }
      if (op === '++' || op === '--') {
        i++;
        const old = num(t);
        vars.set(t, String(op === '++' ? old + 1 : old - 1));
        return old;
      }
      return num(t);
    }
    const n = parseNumber(t);
    if (n === null) throw new ArithError('arithmetic syntax error');
    return n;
  };
  const expr = (): number => {
    const c = binary(0);
    if (peek() === '?') {
      i++;
      const a = expr();
      if (next() !== ':') throw new ArithError('arithmetic syntax error');
      const b = expr();
      return c ? a : b;
    }
    return c;
  };
  if (toks.length === 0) return 0;
  const v = expr();
  if (i < toks.length) throw new ArithError('arithmetic syntax error');
  return Math.trunc(v);
}

function parseNumber(s: string): number | null {
  if (/^-?[0-9]+$/.test(s)) return s.length > 1 && /^-?0[0-7]+$/.test(s) ? parseInt(s, 8) : parseInt(s, 10);
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s, 16);
  return null;
}

function tokenize(src: string): string[] {
  const out: string[] = [];
  const re =
    /\s*(0[xX][0-9a-fA-F]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\+\+|--|\+=|-=|\*=|\/=|%=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%()<>!~&|^?:=])/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new ArithError('arithmetic syntax error');
    out.push(m[1]);
    pos = re.lastIndex;
  }
  return out;
}
