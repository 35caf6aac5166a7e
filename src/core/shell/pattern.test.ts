import { describe, expect, it } from 'vitest';
import { matchPattern, trimPattern, hasGlobChars, escapeGlob } from './pattern';
import { evalArith, ArithError } from './arith';

describe('patterns', () => {
  it('matches *, ? and bracket expressions', () => {
    expect(matchPattern('*.txt', 'a.txt')).toBe(true);
    expect(matchPattern('*.txt', 'a.log')).toBe(false);
    expect(matchPattern('a?c', 'abc')).toBe(true);
    expect(matchPattern('[a-c]x', 'bx')).toBe(true);
    expect(matchPattern('[!a-c]x', 'bx')).toBe(false);
    expect(matchPattern(escapeGlob('*'), 'x')).toBe(false);
    expect(matchPattern(escapeGlob('*'), '*')).toBe(true);
    expect(hasGlobChars('a\\*')).toBe(false);
  });

  it('trims prefixes and suffixes, shortest and longest', () => {
    expect(trimPattern('file.tar.gz', '*.', '#')).toBe('tar.gz');
    expect(trimPattern('file.tar.gz', '*.', '##')).toBe('gz');
    expect(trimPattern('file.tar.gz', '.*', '%')).toBe('file.tar');
    expect(trimPattern('file.tar.gz', '.*', '%%')).toBe('file');
  });
});

describe('arithmetic', () => {
  const vars = new Map<string, string>([['x', '5']]);
  const host = { get: (n: string) => vars.get(n), set: (n: string, v: string) => void vars.set(n, v) };
  it('evaluates with C precedence', () => {
    expect(evalArith('1 + 2 * 3', host)).toBe(7);
    expect(evalArith('(1 + 2) * 3', host)).toBe(9);
    expect(evalArith('x * 2 - 1', host)).toBe(9);
    expect(evalArith('7 / 2', host)).toBe(3);
    expect(evalArith('-7 % 3', host)).toBe(-1);
    expect(evalArith('x > 3 && x < 10', host)).toBe(1);
    expect(evalArith('!0', host)).toBe(1);
    expect(evalArith('x == 5 ? 10 : 20', host)).toBe(10);
    expect(evalArith('0x10 + 010', host)).toBe(24);
    expect(evalArith('unset + 1', host)).toBe(1);
  });
  it('assigns', () => {
    expect(evalArith('y = x + 1', host)).toBe(6);
    expect(vars.get('y')).toBe('6');
    evalArith('y += 4', host);
    expect(vars.get('y')).toBe('10');
  });
  it('fails like ash', () => {
    expect(() => evalArith('1 / 0', host)).toThrow('divide by zero');
    expect(() => evalArith('1 +', host)).toThrow(ArithError);
    expect(() => evalArith('2 3', host)).toThrow(ArithError);
  });
});
