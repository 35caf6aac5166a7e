// Word expansion: parameters, command substitution, arithmetic, field splitting, pathname globbing.
import type { ListNode, Word, WordPart } from './ast';
import { ArithError, evalArith } from './arith';
import type { Gen } from './io';
import { escapeGlob, hasGlobChars, matchPattern, trimPattern, unescapeGlob } from './pattern';
import type { Filesystem } from '../vfs/filesystem';
import { normalizePath } from '../vfs/path';

/** An expansion error: the shell prints `sh: <message>` and the command fails. */
export class ExpandError extends Error {}

export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** $?, $$, $!, $#, $0..$9 and friends; undefined when unset. */
  special(name: string): string | undefined;
  positionalParams(): string[];
  cmdsub(body: ListNode): Gen<string>;
  readonly fs: Filesystem;
  readonly cwd: string;
}

interface Field {
  text: string;
  pattern: string;
  glob: boolean;
  touched: boolean;
}

const IFS_WS = /[ \t\n]+/;

function lookup(host: ExpandHost, name: string): string | undefined {
  if (/^[A-Za-z_]/.test(name)) return host.getVar(name);
  if (name === '@' || name === '*') return host.positionalParams().join(' ');
  return host.special(name);
}

/** Value of one `$...` part as a single string (before splitting). */
function* paramValue(host: ExpandHost, part: Extract<WordPart, { t: 'param' }>): Gen<string> {
  const value = lookup(host, part.name);
  const op = part.op;
  if (op === null) return value ?? '';
  if (op === 'len') return String((value ?? '').length);
  const arg = (): Gen<string> => expandToString(host, part.arg ?? { parts: [] });
  const unsetOrEmpty = value === undefined || (op.startsWith(':') && value === '');
  switch (op) {
    case ':-':
    case '-':
      return unsetOrEmpty ? yield* arg() : value!;
    case ':=':
    case '=':
      if (unsetOrEmpty) {
        const v = yield* arg();
        host.setVar(part.name, v);
        return v;
      }
      return value!;
    case ':+':
    case '+':
      return unsetOrEmpty ? '' : yield* arg();
    case ':?':
    case '?':
      if (unsetOrEmpty) {
        const msg = yield* arg();
        throw new ExpandError(`${part.name}: ${msg || 'parameter not set'}`);
      }
      return value!;
    default: {
      const pat = yield* expandPattern(host, part.arg ?? { parts: [] });
      return trimPattern(value ?? '', pat, op);
    }
  }
}

function* partValue(host: ExpandHost, part: WordPart): Gen<string> {
  switch (part.t) {
    case 'lit':
      return part.v;
    case 'param':
      return yield* paramValue(host, part);
    case 'cmdsub':
      return (yield* host.cmdsub(part.body)).replace(/\n+$/, '');
    case 'arith':
      return arithValue(host, yield* expandToString(host, part.expr));
  }
}

function arithValue(host: ExpandHost, src: string): string {
  try {
    return String(evalArith(src, { get: (n) => host.getVar(n), set: (n, v) => host.setVar(n, v) }));
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(e.message);
    throw e;
  }
}

/** A part whose value needs no generator: a literal, `$name`, `${#name}`, arithmetic over such parts. */
function quickPart(part: WordPart): boolean {
  if (part.t === 'lit') return true;
  if (part.t === 'param') return part.op === null || part.op === 'len';
  return part.t === 'arith' && quickWord(part.expr);
}

const quickWords = new WeakMap<Word, boolean>();

/** Every part of the word is quick (remembered per word: the syntax tree never changes). */
function quickWord(word: Word): boolean {
  let quick = quickWords.get(word);
  if (quick === undefined) quickWords.set(word, (quick = word.parts.every(quickPart)));
  return quick;
}

/** partValue of a quick part, computed directly (the same steps, in the same order). */
function quickValue(host: ExpandHost, part: WordPart): string {
  switch (part.t) {
    case 'lit':
      return part.v;
    case 'param': {
      const value = lookup(host, part.name);
      return part.op === null ? (value ?? '') : String((value ?? '').length);
    }
    case 'arith': {
      let src = '';
      for (const p of part.expr.parts) src += quickValue(host, p);
      return arithValue(host, src);
    }
  }
  throw new Error(`not a quick word part: ${part.t}`);
}

/** Can expanding this word suspend the process? Only a command substitution can (it runs commands). */
export function wordCanSuspend(word: Word): boolean {
  for (const part of word.parts) {
    if (part.t === 'cmdsub') return true;
    if (part.t === 'param' && part.arg !== null && wordCanSuspend(part.arg)) return true;
    if (part.t === 'arith' && wordCanSuspend(part.expr)) return true;
  }
  return false;
}

/** Runs an expansion that cannot suspend (see wordCanSuspend) to its end, synchronously. */
export function expandNow<T>(g: Gen<T>): T {
  const r = g.next();
  if (!r.done) throw new Error('an expansion without command substitution suspended');
  return r.value;
}

/** Expand without splitting or globbing (assignments, redirection targets, here-docs, case words). */
export function* expandToString(host: ExpandHost, word: Word): Gen<string> {
  let out = '';
  for (const part of word.parts)
    out += quickPart(part) ? quickValue(host, part) : yield* partValue(host, part);
  return out;
}

/** expandToString for a word without command substitution (see wordCanSuspend), synchronously. */
export function expandToStringNow(host: ExpandHost, word: Word): string {
  if (!quickWord(word)) return expandNow(expandToString(host, word));
  let out = '';
  for (const part of word.parts) out += quickValue(host, part);
  return out;
}

/** Expand into a pattern: text from quotes is escaped so it matches literally. */
export function* expandPattern(host: ExpandHost, word: Word): Gen<string> {
  let out = '';
  for (const part of word.parts) {
    const v = quickPart(part) ? quickValue(host, part) : yield* partValue(host, part);
    out += part.quoted ? escapeGlob(v) : v;
  }
  return out;
}

/** The one field of a plain literal word (most command names and options), or null. */
function literalField(w: Word): string | null {
  const only = w.parts.length === 1 ? w.parts[0] : null;
  if (only && only.t === 'lit' && (only.quoted || (!hasGlobChars(only.v) && only.v !== ''))) return only.v;
  return null;
}

/** Fields of command words that are all plain literals, remembered per (immutable) word list. */
const literalCache = new WeakMap<Word[], string[] | null>();

/**
 * The fields of `words` when expansion cannot change them (all plain literals), or null when some
 * word needs expandWords. The same frozen array every time for the same words (an argv is never
 * modified; a frozen one lets results computed from it be remembered, see echoOutput). Synchronous:
 * no generator for `sleep 2`.
 */
export function literalWords(words: Word[]): string[] | null {
  let fields = literalCache.get(words);
  if (fields === undefined) {
    const found: string[] = [];
    for (const w of words) {
      const f = literalField(w);
      if (f === null) break;
      found.push(f);
    }
    fields = found.length === words.length ? (Object.freeze(found) as string[]) : null;
    literalCache.set(words, fields);
  }
  return fields;
}

/** Full expansion of command words into fields. */
export function* expandWords(host: ExpandHost, words: Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const lit = literalField(w);
    if (lit !== null) {
      out.push(lit);
      continue;
    }
    out.push(...(yield* expandWord(host, w)));
  }
  return out;
}

/** expandWords for words without command substitution (see wordCanSuspend), synchronously. */
export function expandWordsNow(host: ExpandHost, words: Word[]): string[] {
  if (!words.every(quickWord)) return expandNow(expandWords(host, words));
  const out: string[] = [];
  for (const w of words) {
    const lit = literalField(w);
    if (lit !== null) {
      out.push(lit);
      continue;
    }
    const values: string[] = [];
    for (const part of w.parts) if (needsValue(part)) values.push(quickValue(host, part));
    out.push(...fieldsOf(host, w, values));
  }
  return out;
}

/** A part that expandWord evaluates (literals and "$@" are used as they are). */
function needsValue(part: WordPart): boolean {
  return part.t !== 'lit' && !isQuotedAt(part);
}

function isQuotedAt(part: WordPart): boolean {
  return part.t === 'param' && part.name === '@' && part.op === null && part.quoted;
}

export function* expandWord(host: ExpandHost, word: Word): Gen<string[]> {
  // Evaluate the parts in order, then split and glob (nothing during evaluation changes "$@").
  const values: string[] = [];
  for (const part of word.parts)
    if (needsValue(part))
      values.push(quickPart(part) ? quickValue(host, part) : yield* partValue(host, part));
  return fieldsOf(host, word, values);
}

/** The fields of `word` given the values of its evaluated parts (see needsValue), in order. */
function fieldsOf(host: ExpandHost, word: Word, values: string[]): string[] {
  const fields: Field[] = [];
  let cur: Field = { text: '', pattern: '', glob: false, touched: false };
  const push = (): void => {
    if (cur.touched) fields.push(cur);
    cur = { text: '', pattern: '', glob: false, touched: false };
  };
  const addQuoted = (v: string): void => {
    cur.text += v;
    cur.pattern += escapeGlob(v);
    cur.touched = true;
  };
  const addUnquoted = (v: string): void => {
    cur.text += v;
    cur.pattern += v;
    if (hasGlobChars(v)) cur.glob = true;
    if (v !== '') cur.touched = true;
  };
  let next = 0;
  for (const part of word.parts) {
    if (part.t === 'lit') {
      if (part.quoted) addQuoted(part.v);
      else addUnquoted(part.v);
      continue;
    }
    if (isQuotedAt(part)) {
      host.positionalParams().forEach((p, i) => {
        if (i > 0) push();
        addQuoted(p);
      });
      continue;
    }
    const v = values[next++];
    if (part.quoted) {
      addQuoted(v);
      continue;
    }
    // Unquoted expansion result: split on IFS whitespace.
    const pieces = v.split(IFS_WS);
    pieces.forEach((piece, i) => {
      if (i > 0) push();
      addUnquoted(piece);
    });
  }
  push();
  const result: string[] = [];
  for (const f of fields) {
    if (f.glob) {
      const matches = glob(host.fs, host.cwd, f.pattern);
      if (matches.length) {
        result.push(...matches);
        continue;
      }
      result.push(unescapeGlob(f.pattern));
    } else result.push(f.text);
  }
  return result;
}

/** Pathname expansion, sorted; empty when nothing matches. */
export function glob(fs: Filesystem, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segs = pattern.split('/').filter((s) => s !== '');
  let found: string[] = [absolute ? '/' : ''];
  for (const seg of segs) {
    const next: string[] = [];
    for (const base of found) {
      const dir = normalizePath(cwd, base || '.');
      if (!hasGlobChars(seg)) {
        const lit = unescapeGlob(seg);
        const cand = base === '' ? lit : base.endsWith('/') ? base + lit : `${base}/${lit}`;
        if (fs.exists(normalizePath(cwd, cand))) next.push(cand);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(dir);
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (matchPattern(seg, name))
          next.push(base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
      }
    }
    found = next;
  }
  return found.filter((f) => f !== '' && f !== '/').sort();
}
