// YAML syntax problems in plain words, with stable `yaml/...` codes.
import type { YAMLError } from 'yaml';

export interface YamlProblem {
  code: string;
  message: string;
}

function firstLine(msg: string): string {
  return msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function describeYamlError(err: YAMLError, source: string): YamlProblem {
  const text = source.slice(err.pos[0], Math.max(err.pos[1], err.pos[0] + 1));
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return { code: 'yaml/tab', message: 'tab character used for indentation: YAML only allows spaces here' };
    case 'BAD_INDENT':
      return {
        code: 'yaml/bad-indentation',
        message: 'bad indentation: this line is not lined up with the keys of its mapping or list',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        code: 'yaml/bad-indentation',
        message: 'bad indentation or a missing ":": this line does not continue the key above it',
      };
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(err.pos[0]))?.[0].trim() ?? text;
      return {
        code: 'yaml/duplicate-key',
        message: `duplicate key ${JSON.stringify(key)}: a key may appear only once in a mapping`,
      };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(err.message)) {
        return { code: 'yaml/unclosed-quote', message: 'unclosed quote: this string has no closing quote' };
      }
      return { code: 'yaml/unclosed-bracket', message: `missing character: ${firstLine(err.message)}` };
    case 'BAD_SCALAR_START':
      return {
        code: 'yaml/bad-scalar',
        message: `a plain value cannot start with ${JSON.stringify(text[0] ?? '')}: put the value in quotes`,
      };
    case 'BLOCK_IN_FLOW':
      return { code: 'yaml/block-in-flow', message: 'block syntax (a new line with "-" or "key:") inside [...] or {...}' };
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
