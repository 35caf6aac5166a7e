// A recursive-descent parser for the ash subset we support. It reads characters directly (no separate
// token stream) because what counts as a token depends on context: reserved words only at command
// position, `$(...)` parsed recursively, here-document bodies read after the next newline.
import type {
  AndOrNode,
  CaseNode,
  CommandNode,
  ForNode,
  IfNode,
  ListNode,
  LoopNode,
  PipelineNode,
  Redir,
  RedirOp,
  SimpleNode,
  Word,
  WordPart,
  ParamOp,
} from './ast';

/** A syntax error; `message` is what busybox prints after `sh: `. */
export class ShellSyntaxError extends Error {}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface PendingHeredoc {
  redir: Redir;
  delim: string;
  quoted: boolean;
  stripTabs: boolean;
}

/** Scripts already parsed, by source text (a restarted container, a trap, a probe's `sh -c` parse the
 * same text again). Trees are never modified once parsed, so they are shared. */
const parsed = new Map<string, ListNode | ShellSyntaxError>();

export function parseScript(src: string): ListNode {
  let result = parsed.get(src);
  if (result === undefined) {
    try {
      result = parseFresh(src);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      result = e;
    }
    if (parsed.size >= 256) parsed.clear();
    parsed.set(src, result);
  }
  if (result instanceof ShellSyntaxError) throw result;
  return result;
}

function parseFresh(src: string): ListNode {
  const p = new Parser(src, 0);
  const list = p.parseList([]);
  p.skipSpace();
  if (!p.atEnd()) throw new ShellSyntaxError(`syntax error: unexpected "${p.peekToken()}"`);
  return list;
}

class Parser {
  private heredocs: PendingHeredoc[] = [];
  line = 1;

  constructor(
    private readonly src: string,
    public pos: number,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private ch(off = 0): string {
    return this.src[this.pos + off] ?? '';
  }

  /** Skip blanks, line continuations and comments (not newlines). */
  skipSpace(): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && this.ch(1) === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '#') {
        while (!this.atEnd() && this.ch() !== '\n') this.pos++;
      } else return;
    }
  }

  /** Consume a newline and then any here-document bodies that were waiting for it. */
  private newline(): void {
    this.pos++;
    this.line++;
    const pending = this.heredocs;
    this.heredocs = [];
    for (const h of pending) this.readHeredoc(h);
  }

  private skipNewlines(): void {
    for (;;) {
      this.skipSpace();
      if (this.ch() === '\n') this.newline();
      else return;
    }
  }

  /** The next operator or bare word, for lookahead and error messages. */
  peekToken(): string {
    this.skipSpace();
    if (this.atEnd()) return 'end of file';
    for (const op of [';;', '&&', '||', '>>', '<<', '>&', '<&', ';', '&', '|', '(', ')', '<', '>', '\n']) {
      if (this.src.startsWith(op, this.pos)) return op === '\n' ? 'newline' : op;
    }
    let end = this.pos;
    while (end < this.src.length && !META.has(this.src[end])) end++;
    return this.src.slice(this.pos, end);
  }

  /** Is the next token the unquoted reserved word `w`? */
  private isWord(w: string): boolean {
    this.skipSpace();
    if (!this.src.startsWith(w, this.pos)) return false;
    const after = this.src[this.pos + w.length] ?? '';
    return after === '' || META.has(after);
  }

  private expectWord(w: string): void {
    if (!this.isWord(w)) throw this.unexpected(w);
    this.pos += w.length;
  }

  private unexpected(expecting?: string): ShellSyntaxError {
    const tok = this.peekToken();
    if (tok === 'end of file')
      return new ShellSyntaxError(
        `syntax error: unexpected end of file${expecting ? ` (expecting "${expecting}")` : ''}`,
      );
    return new ShellSyntaxError(
      `syntax error: unexpected ${tok === 'newline' ? 'newline' : `"${tok}"`}${expecting ? ` (expecting "${expecting}")` : ''}`,
    );
  }

  /** A list of and-or items; stops before any of `stops` (reserved words) or `)`/`;;`/end. */
  parseList(stops: string[]): ListNode {
    const items: ListNode['items'] = [];
    for (;;) {
      this.skipNewlines();
      if (this.atEnd() || this.ch() === ')' || this.src.startsWith(';;', this.pos)) break;
      if (stops.some((s) => this.isWord(s))) break;
      const node = this.parseAndOr();
      this.skipSpace();
      let bg = false;
      if (this.ch() === '&' && this.ch(1) !== '&') {
        bg = true;
        this.pos++;
      } else if (this.ch() === ';' && this.ch(1) !== ';') this.pos++;
      else if (this.ch() === '\n') this.newline();
      else if (
        !this.atEnd() &&
        this.ch() !== ')' &&
        !this.src.startsWith(';;', this.pos) &&
        !stops.some((s) => this.isWord(s))
      )
        throw this.unexpected();
      items.push({ node, bg });
    }
    return { t: 'list', items };
  }

  private parseAndOr(): AndOrNode {
    const first = this.parsePipeline();
    const rest: AndOrNode['rest'] = [];
    for (;;) {
      this.skipSpace();
      const op = this.src.startsWith('&&', this.pos)
        ? '&&'
        : this.src.startsWith('||', this.pos)
          ? '||'
          : null;
      if (!op) break;
      this.pos += 2;
      this.skipNewlines();
      rest.push({ op, node: this.parsePipeline() });
    }
    return { t: 'andor', first, rest };
  }

  private parsePipeline(): PipelineNode {
    let bang = false;
    if (this.isWord('!')) {
      this.pos++;
      bang = true;
    }
    const cmds = [this.parseCommand()];
    for (;;) {
      this.skipSpace();
      if (this.ch() !== '|' || this.ch(1) === '|') break;
      this.pos++;
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    return { t: 'pipeline', cmds, bang };
  }

  private parseCommand(): CommandNode {
    this.skipSpace();
    const tok = this.peekToken();
    if (
      tok === 'end of file' ||
      tok === 'newline' ||
      tok === ';' ||
      tok === ';;' ||
      tok === '&' ||
      tok === '|' ||
      tok === ')' ||
      tok === '&&' ||
      tok === '||'
    )
      throw this.unexpected();
    if (this.ch() === '(') {
      this.pos++;
      const body = this.parseList([]);
      this.skipSpace();
      if (this.ch() !== ')') throw this.unexpected(')');
      this.pos++;
      return { t: 'subshell', body, redirs: this.parseTrailingRedirs() };
    }
    if (this.isWord('{')) {
      this.pos++;
      const body = this.parseList(['}']);
      this.expectWord('}');
      return { t: 'group', body, redirs: this.parseTrailingRedirs() };
    }
    if (this.isWord('if')) return this.parseIf();
    if (this.isWord('while') || this.isWord('until')) return this.parseLoop();
    if (this.isWord('for')) return this.parseFor();
    if (this.isWord('case')) return this.parseCase();
    for (const r of ['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in'])
      if (this.isWord(r)) throw new ShellSyntaxError(`syntax error: unexpected "${r}"`);
    // Function definition: name ( ). ash refuses names that are not valid variable names
    // (ash.c simplecmd: goodname() -> "bad function name"), e.g. the bash fork bomb `:(){ :|:& };:`.
    if (/^[^\s;&|()<>'"`$\\]+[ \t]*\([ \t]*\)/.test(this.src.slice(this.pos, this.pos + 200))) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/.test(this.src.slice(this.pos, this.pos + 200)))
        throw new ShellSyntaxError('syntax error: bad function name');
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*\([ \t]*\)/.exec(this.src.slice(this.pos, this.pos + 200));
    if (m) {
      this.pos += m[0].length;
      this.skipNewlines();
      return { t: 'func', name: m[1], body: this.parseCommand() };
    }
    return this.parseSimple();
  }

  private parseIf(): IfNode {
    this.expectWord('if');
    const clauses: IfNode['clauses'] = [];
    let elseBody: ListNode | null = null;
    for (;;) {
      const cond = this.parseList(['then']);
      this.expectWord('then');
      const body = this.parseList(['elif', 'else', 'fi']);
      clauses.push({ cond, body });
      if (this.isWord('elif')) {
        this.pos += 4;
        continue;
      }
      if (this.isWord('else')) {
        this.pos += 4;
        elseBody = this.parseList(['fi']);
      }
      this.expectWord('fi');
      return { t: 'if', clauses, elseBody, redirs: this.parseTrailingRedirs() };
    }
  }

  private parseLoop(): LoopNode {
    const until = this.isWord('until');
    this.pos += 5;
    const cond = this.parseList(['do']);
    this.expectWord('do');
    const body = this.parseList(['done']);
    this.expectWord('done');
    return { t: 'loop', until, cond, body, redirs: this.parseTrailingRedirs() };
  }

  private parseFor(): ForNode {
    this.expectWord('for');
    this.skipSpace();
    const name = this.peekToken();
    if (!NAME_RE.test(name)) throw new ShellSyntaxError(`syntax error: bad for loop variable`);
    this.pos += name.length;
    this.skipNewlines();
    let words: Word[] | null = null;
    if (this.isWord('in')) {
      this.pos += 2;
      words = [];
      for (;;) {
        this.skipSpace();
        const c = this.ch();
        if (c === ';' || c === '\n' || c === '') break;
        words.push(this.parseWord());
      }
      if (this.ch() === ';') this.pos++;
    } else if (this.ch() === ';') this.pos++;
    this.skipNewlines();
    this.expectWord('do');
    const body = this.parseList(['done']);
    this.expectWord('done');
    return { t: 'for', name, words, body, redirs: this.parseTrailingRedirs() };
  }

  private parseCase(): CaseNode {
    this.expectWord('case');
    this.skipSpace();
    const word = this.parseWord();
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseNode['items'] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) break;
      if (this.ch() === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        this.skipSpace();
        if (this.atEnd()) throw this.unexpected(')');
        patterns.push(this.parseWord());
        this.skipSpace();
        if (this.ch() === '|') {
          this.pos++;
          continue;
        }
        if (this.ch() !== ')') throw this.unexpected(')');
        this.pos++;
        break;
      }
      const body = this.parseList(['esac']);
      items.push({ patterns, body: body.items.length ? body : null });
      this.skipSpace();
      if (this.src.startsWith(';;', this.pos)) this.pos += 2;
      else break;
    }
    this.skipNewlines();
    this.expectWord('esac');
    return { t: 'case', word, items, redirs: this.parseTrailingRedirs() };
  }

  private parseTrailingRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      this.skipSpace();
      const r = this.tryRedir();
      if (!r) return redirs;
      redirs.push(r);
    }
  }

  private parseSimple(): SimpleNode {
    const node: SimpleNode = { t: 'simple', assigns: [], words: [], redirs: [], line: this.line };
    for (;;) {
      this.skipSpace();
      const c = this.ch();
      if (c === '' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
      if (c === '(') throw this.unexpected();
      const r = this.tryRedir();
      if (r) {
        node.redirs.push(r);
        continue;
      }
      if (node.words.length === 0) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(this.src.slice(this.pos, this.pos + 100));
        if (m) {
          this.pos += m[0].length;
          const next = this.ch();
          const empty = next === '' || META.has(next);
          node.assigns.push({ name: m[1], value: empty ? { parts: [] } : this.parseWord() });
          continue;
        }
      }
      node.words.push(this.parseWord());
    }
    return node;
  }

  private tryRedir(): Redir | null {
    const m = /^([0-9]?)(<<-|<<|>>|>&|<&|<>|>\||<|>)/.exec(this.src.slice(this.pos, this.pos + 4));
    if (!m) return null;
    this.pos += m[0].length;
    const op = m[2] as RedirOp;
    const fd = m[1] !== '' ? Number(m[1]) : op.startsWith('<') ? 0 : 1;
    this.skipSpace();
    const c = this.ch();
    if (c === '' || c === '\n' || META.has(c)) throw this.unexpected();
    if (op === '<<' || op === '<<-') {
      const start = this.pos;
      const target = this.parseWord();
      const raw = this.src.slice(start, this.pos);
      const quoted = /['"\\]/.test(raw);
      const delim = raw.replace(/['"\\]/g, '');
      const redir: Redir = { fd, op, target, heredoc: { parts: [] } };
      this.heredocs.push({ redir, delim, quoted, stripTabs: op === '<<-' });
      return redir;
    }
    return { fd, op, target: this.parseWord() };
  }

  private readHeredoc(h: PendingHeredoc): void {
    const lines: string[] = [];
    for (;;) {
      if (this.atEnd()) break;
      let end = this.src.indexOf('\n', this.pos);
      if (end < 0) end = this.src.length;
      let line = this.src.slice(this.pos, end);
      this.pos = Math.min(end + 1, this.src.length);
      this.line++;
      if (h.stripTabs) line = line.replace(/^\t+/, '');
      if (line === h.delim) break;
      lines.push(line + '\n');
    }
    const body = lines.join('');
    h.redir.heredoc = h.quoted ? { parts: [{ t: 'lit', v: body, quoted: true }] } : parseHeredocBody(body);
  }

  /** A word up to the next unquoted metacharacter. */
  parseWord(): Word {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit) parts.push({ t: 'lit', v: lit, quoted: false });
      lit = '';
    };
    const start = this.pos;
    for (;;) {
      const c = this.ch();
      if (c === '' || META.has(c)) break;
      if (c === '\\') {
        if (this.ch(1) === '\n') {
          this.pos += 2;
          continue;
        }
        flush();
        if (this.ch(1) !== '') parts.push({ t: 'lit', v: this.ch(1), quoted: true });
        this.pos += 2;
      } else if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError('syntax error: unterminated quoted string');
        parts.push({ t: 'lit', v: this.src.slice(this.pos + 1, end), quoted: true });
        this.countLines(this.pos, end);
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        const inner = this.parseDoubleQuoted();
        // An empty "" must still produce an (empty) field.
        parts.push(...(inner.length ? inner : [{ t: 'lit' as const, v: '', quoted: true }]));
      } else if (c === '$' || c === '`') {
        const part = this.parseDollar(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          lit += c;
          this.pos++;
        }
      } else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    if (this.pos === start) throw this.unexpected();
    return { parts };
  }

  private countLines(from: number, to: number): void {
    for (let i = from; i < to; i++) if (this.src[i] === '\n') this.line++;
  }

  /** Inside "...": returns the parts, consumes the closing quote. */
  private parseDoubleQuoted(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    for (;;) {
      const c = this.ch();
      if (c === '') throw new ShellSyntaxError('syntax error: unterminated quoted string');
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const n = this.ch(1);
        if (n === '$' || n === '`' || n === '"' || n === '\\') lit += n;
        else if (n === '\n') this.line++;
        else lit += '\\' + n;
        this.pos += 2;
        continue;
      }
      if (c === '$' || c === '`') {
        const part = this.parseDollar(true);
        if (part) {
          if (lit) parts.push({ t: 'lit', v: lit, quoted: true });
          lit = '';
          parts.push(part);
          continue;
        }
      }
      if (c === '\n') this.line++;
      lit += c;
      this.pos++;
    }
    if (lit) parts.push({ t: 'lit', v: lit, quoted: true });
    return parts;
  }

  /** `$x`, `${...}`, `$(...)`, `$((...))`, or a backquote; null when `$` is just a character. */
  parseDollar(quoted: boolean): WordPart | null {
    if (this.ch() === '`') {
      let i = this.pos + 1;
      let body = '';
      while (i < this.src.length && this.src[i] !== '`') {
        if (this.src[i] === '\\' && '$`\\'.includes(this.src[i + 1] ?? '')) {
          body += this.src[i + 1];
          i += 2;
        } else body += this.src[i++];
      }
      if (i >= this.src.length) throw new ShellSyntaxError('syntax error: unterminated quoted string');
      this.countLines(this.pos, i);
      this.pos = i + 1;
      return { t: 'cmdsub', body: parseScript(body), quoted };
    }
    const n = this.ch(1);
    if (n === '(' && this.ch(2) === '(') {
      // Arithmetic: find the matching `))`, counting parentheses.
      let depth = 0;
      let i = this.pos + 3;
      for (; i < this.src.length; i++) {
        const c = this.src[i];
        if (c === '(') depth++;
        else if (c === ')') {
          if (depth === 0 && this.src[i + 1] === ')') break;
          depth--;
        }
      }
      if (i >= this.src.length)
        throw new ShellSyntaxError('syntax error: unterminated arithmetic expression');
      const expr = parseHeredocBody(this.src.slice(this.pos + 3, i));
      this.pos = i + 2;
      return { t: 'arith', expr, quoted };
    }
    if (n === '(') {
      const sub = new Parser(this.src, this.pos + 2);
      sub.line = this.line;
      const body = sub.parseList([]);
      sub.skipSpace();
      if (sub.ch() !== ')') throw sub.unexpected(')');
      this.line = sub.line;
      this.pos = sub.pos + 1;
      return { t: 'cmdsub', body, quoted };
    }
    if (n === '{') return this.parseBraceParam(quoted);
    if (/[A-Za-z_]/.test(n)) {
      let i = this.pos + 1;
      while (i < this.src.length && /[A-Za-z0-9_]/.test(this.src[i])) i++;
      const name = this.src.slice(this.pos + 1, i);
      this.pos = i;
      return { t: 'param', name, op: null, arg: null, quoted };
    }
    if (n !== '' && '0123456789?$#@*!-'.includes(n)) {
      this.pos += 2;
      return { t: 'param', name: n, op: null, arg: null, quoted };
    }
    return null;
  }

  private parseBraceParam(quoted: boolean): WordPart {
    this.pos += 2;
    let op: ParamOp | null = null;
    if (this.ch() === '#' && this.ch(1) !== '}') {
      op = 'len';
      this.pos++;
    }
    let name = '';
    if (/[A-Za-z_]/.test(this.ch())) {
      while (/[A-Za-z0-9_]/.test(this.ch())) name += this.src[this.pos++];
    } else if (/[0-9?$#@*!-]/.test(this.ch())) name = this.src[this.pos++];
    if (!name) throw new ShellSyntaxError('syntax error: bad substitution');
    if (op === 'len') {
      if (this.ch() !== '}') throw new ShellSyntaxError('syntax error: bad substitution');
      this.pos++;
      return { t: 'param', name, op, arg: null, quoted };
    }
    if (this.ch() === '}') {
      this.pos++;
      return { t: 'param', name, op: null, arg: null, quoted };
    }
    const m = /^(:-|:=|:\+|:\?|##|%%|-|=|\+|\?|#|%)/.exec(this.src.slice(this.pos, this.pos + 2));
    if (!m) throw new ShellSyntaxError('syntax error: bad substitution');
    op = m[1] as ParamOp;
    this.pos += m[1].length;
    // The argument is a word that ends at the matching `}`.
    const parts: WordPart[] = [];
    let lit = '';
    for (;;) {
      const c = this.ch();
      if (c === '') throw new ShellSyntaxError('syntax error: missing }');
      if (c === '}') {
        this.pos++;
        break;
      }
      if (c === "'" && !quoted) {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError('syntax error: unterminated quoted string');
        if (lit) parts.push({ t: 'lit', v: lit, quoted });
        lit = '';
        parts.push({ t: 'lit', v: this.src.slice(this.pos + 1, end), quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        if (lit) parts.push({ t: 'lit', v: lit, quoted });
        lit = '';
        this.pos++;
        parts.push(...this.parseDoubleQuoted());
      } else if (c === '\\') {
        lit += this.ch(1);
        this.pos += 2;
      } else if (c === '$' || c === '`') {
        const part = this.parseDollar(quoted);
        if (part) {
          if (lit) parts.push({ t: 'lit', v: lit, quoted });
          lit = '';
          parts.push(part);
        } else {
          lit += c;
          this.pos++;
        }
      } else {
        lit += c;
        this.pos++;
      }
    }
    if (lit) parts.push({ t: 'lit', v: lit, quoted });
    return { t: 'param', name, op, arg: { parts }, quoted };
  }
}

/** Text with `$` expansions but where quotes are ordinary characters (here-docs, arithmetic). */
export function parseHeredocBody(body: string): Word {
  const p = new Parser(body, 0);
  const parts: WordPart[] = [];
  let lit = '';
  while (!p.atEnd()) {
    const c = body[p.pos];
    if (c === '\\' && '$`\\'.includes(body[p.pos + 1] ?? '')) {
      lit += body[p.pos + 1];
      p.pos += 2;
      continue;
    }
    if (c === '\\' && body[p.pos + 1] === '\n') {
      p.pos += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      const part = p.parseDollar(true);
      if (part) {
        if (lit) parts.push({ t: 'lit', v: lit, quoted: true });
        lit = '';
        parts.push(part);
        continue;
      }
    }
    lit += c;
    p.pos++;
  }
  if (lit) parts.push({ t: 'lit', v: lit, quoted: true });
  return { parts };
}
