import { describe, expect, it } from 'vitest';
import { parseFlags, splitCommandLine } from './argv';

describe('splitCommandLine', () => {
  it('splits words and honours quotes', () => {
    expect(splitCommandLine(`kubectl exec p -c app -- sh -c 'echo "hi there"'`).argv).toEqual([
      'kubectl',
      'exec',
      'p',
      '-c',
      'app',
      '--',
      'sh',
      '-c',
      'echo "hi there"',
    ]);
    expect(splitCommandLine('a "b c" d\\ e').argv).toEqual(['a', 'b c', 'd e']);
    expect(splitCommandLine(`echo ''`).argv).toEqual(['echo', '']);
  });
  it('reports an unterminated quote', () => {
    expect(splitCommandLine(`echo 'oops`).error).toMatch(/unexpected EOF/);
  });
});

describe('parseFlags', () => {
  it('handles --flag=value, --flag value, bundled booleans and --', () => {
    const p = parseFlags(
      ['exec', 'pod', '-it', '-c', 'app', '--namespace=default', '--', 'sh'],
      new Set(['i', 't', 'stdin', 'tty']),
      { n: 'namespace' },
    );
    expect(p.args).toEqual(['exec', 'pod']);
    expect(p.flags.get('c')).toEqual(['app']);
    expect(p.flags.get('i')).toEqual(['true']);
    expect(p.flags.get('t')).toEqual(['true']);
    expect(p.flags.get('namespace')).toEqual(['default']);
    expect(p.rest).toEqual(['sh']);
  });
});
