// YAML syntax problems in plain words, with stable `yaml/...` codes.
import type { YAMLError } from 'yaml';

export interface YamlProblem {
  code: string;
  message: string;
  /** Better offsets than the parser's, when the parser points somewhere unhelpful. */
  pos?: [number, number];
}

/** The visible text of the line holding `offset`. */
function lineAt(source: string, offset: number): [number, number] {
  const lineStart = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let lineEnd = source.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = source.length;
  let start = lineStart;
  while (start < lineEnd && source[start] === ' ') start++;
  return [start, Math.max(start + 1, lineEnd)];
}

/**
 * For "implicit key" errors the parser points at the value above the broken line: use the last line
 * of a multi-line range, or the next non-blank line after a single-line one.
 */
function offendingLine(source: string, [start, end]: [number, number]): [number, number] {
  const last = Math.max(start, end - 1);
  if (source.slice(start, last).includes('\n')) return lineAt(source, last);
  let next = source.indexOf('\n', start);
  while (next >= 0 && next + 1 < source.length && /^[ \t]*(\n|$)/.test(source.slice(next + 1, next + 200))) {
    next = source.indexOf('\n', next + 1);
  }
  return next < 0 || next + 1 >= source.length ? lineAt(source, start) : lineAt(source, next + 1);
}

/** The opening quote of a string that never closes. */
function openingQuote(source: string, offset: number): [number, number] | undefined {
  const at = Math.max(source.lastIndexOf('"', offset - 1), source.lastIndexOf("'", offset - 1));
  return at >= 0 ? [at, at + 1] : undefined;
}

function firstLine(msg: string): string {
  return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function describeYamlError(err: YAMLError, source: string): YamlProblem {
  const text = source.slice(err.pos[0], Math.max(err.pos[1], err.pos[0] + 1));
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return {
        code: 'yaml/tab',
        message: 'tab character used for indentation: YAML only allows spaces here',
      };
    case 'BAD_INDENT':
      if (/end with a [\]}]/.test(err.message)) {
        return {
          code: 'yaml/unclosed-bracket',
          message: 'unclosed [ or {: a flow list or mapping must end with ] or } before the next key',
        };
      }
      return {
        code: 'yaml/bad-indentation',
        message: 'bad indentation: this line is not lined up with the keys of its mapping or list',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const line = lineAt(source, err.pos[0]);
      if (/:\s.*:(\s|$)/.test(source.slice(line[0], line[1]))) {
        return {
          code: 'yaml/colon-in-value',
          message: 'a plain value cannot contain ": ": put the value in quotes',
          pos: line,
        };
      }
      // The parser blames the key above; the line that breaks the structure is the last one.
      return {
        code: 'yaml/bad-indentation',
        message: 'bad indentation or a missing ":": this line does not continue the key above it',
        pos: offendingLine(source, err.pos),
      };
    }
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(err.pos[0]))?.[0].trim() ?? text;
      return {
        code: 'yaml/duplicate-key',
        message: `duplicate key ${JSON.stringify(key)}: a key may appear only once in a mapping`,
      };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(err.message)) {
        return {
          code: 'yaml/unclosed-quote',
          message: 'unclosed quote: this string has no closing quote',
          pos: openingQuote(source, err.pos[0]),
        };
      }
      if (/between flow/.test(err.message)) {
        return {
          code: 'yaml/flow-syntax',
          message:
            'missing "," between the items of a [...] list or {...} mapping (or an unescaped quote inside a string)',
        };
      }
      return { code: 'yaml/unclosed-bracket', message: `missing character: ${firstLine(err.message)}` };
    case 'BAD_SCALAR_START':
      return {
        code: 'yaml/bad-scalar',
        message: `a plain value cannot start with ${JSON.stringify(text[0] ?? '')}: put the value in quotes`,
      };
    case 'BLOCK_IN_FLOW':
      return {
        code: 'yaml/block-in-flow',
        message: 'block syntax (a new line with "-" or "key:") inside [...] or {...}',
      };
    case 'UNEXPECTED_TOKEN':
      return {
        code: 'yaml/unexpected',
        message: `unexpected ${JSON.stringify(text.trim() || text)} here: check the indentation and the ":" after each key`,
      };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return { code: 'yaml/alias', message: `bad alias: ${firstLine(err.message)}` };
    case 'KEY_OVER_1024_CHARS':
      return { code: 'yaml/key-too-long', message: 'a key longer than 1024 characters' };
    default:
      return { code: 'yaml/syntax', message: firstLine(err.message) };
  }
}
