import { describe, expect, it } from 'vitest';
import { parseScript, ShellSyntaxError } from './parser';
import type { SimpleNode } from './ast';

function firstSimple(src: string): SimpleNode {
  const cmd = parseScript(src).items[0].node.first.cmds[0];
  if (cmd.t !== 'simple') throw new Error('not simple');
  return cmd;
}

function syntaxError(src: string): string {
  try {
    parseScript(src);
  } catch (e) {
    if (e instanceof ShellSyntaxError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('parser', () => {
  it('parses words, quotes and assignments', () => {
    const s = firstSimple(`A=1 B="x y" echo 'single' "dq $v" plain\\ esc`);
    expect(s.assigns.map((a) => a.name)).toEqual(['A', 'B']);
    expect(s.words).toHaveLength(4);
    expect(s.words[1].parts).toEqual([{ t: 'lit', v: 'single', quoted: true }]);
    expect(s.words[2].parts[1]).toMatchObject({ t: 'param', name: 'v', quoted: true });
  });

  it('parses redirections with fds', () => {
    const s = firstSimple('cmd >out 2>&1 <in 3>>log');
    expect(s.redirs.map((r) => [r.fd, r.op])).toEqual([
      [1, '>'],
      [2, '>&'],
      [0, '<'],
      [3, '>>'],
    ]);
  });

  it('parses lists, and-or, pipelines and background', () => {
    const l = parseScript('a && b || c; d | e | f & g');
    expect(l.items).toHaveLength(3);
    expect(l.items[0].node.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(l.items[1].bg).toBe(true);
    expect(l.items[1].node.first.cmds).toHaveLength(3);
  });

  it('parses compound commands', () => {
    const kinds = [
      'if a; then b; elif c; then d; else e; fi',
      'while a; do b; done',
      'until a; do b; done',
      'for x in 1 2; do :; done',
      'case x in a|b) y;; *) z;; esac',
      '{ a; b; }',
      '(a; b)',
      'f() { a; }',
    ].map((s) => parseScript(s).items[0].node.first.cmds[0].t);
    expect(kinds).toEqual(['if', 'loop', 'loop', 'for', 'case', 'group', 'subshell', 'func']);
  });

  it('reads here-documents after the line, quoted or not', () => {
    const s = firstSimple('cat <<EOF\nhello $X\nEOF\n');
    expect(s.redirs[0].heredoc!.parts.map((p) => p.t)).toEqual(['lit', 'param', 'lit']);
    const q = firstSimple("cat <<'EOF'\nhello $X\nEOF\n");
    expect(q.redirs[0].heredoc!.parts).toEqual([{ t: 'lit', v: 'hello $X\n', quoted: true }]);
    const tabs = firstSimple('cat <<-EOF\n\tindented\n\tEOF\n');
    expect(tabs.redirs[0].heredoc!.parts).toEqual([{ t: 'lit', v: 'indented\n', quoted: true }]);
  });

  it('parses $(...), backquotes, $((...)) and ${...} operators', () => {
    const s = firstSimple('echo $(a $(b)) `c` $((1 + (2*3))) ${x:-d} ${#x} ${x%%.*}');
    expect(s.words.slice(1).map((w) => w.parts[0].t)).toEqual([
      'cmdsub',
      'cmdsub',
      'arith',
      'param',
      'param',
      'param',
    ]);
    expect(s.words.slice(4).map((w) => (w.parts[0] as { op: string }).op)).toEqual([':-', 'len', '%%']);
  });

  it('skips comments and line continuations', () => {
    const l = parseScript('# comment\necho a \\\n  b # trailing\n');
    expect(l.items).toHaveLength(1);
    expect((l.items[0].node.first.cmds[0] as SimpleNode).words).toHaveLength(3);
  });

  it('reports syntax errors as busybox ash does', () => {
    expect(syntaxError('if true; then echo')).toBe('syntax error: unexpected end of file (expecting "fi")');
    expect(syntaxError('while true; do echo')).toBe(
      'syntax error: unexpected end of file (expecting "done")',
    );
    expect(syntaxError('fi')).toBe('syntax error: unexpected "fi"');
    expect(syntaxError('echo )')).toBe('syntax error: unexpected ")"');
    expect(syntaxError("echo 'open")).toBe('syntax error: unterminated quoted string');
    expect(syntaxError('a && ')).toBe('syntax error: unexpected end of file');
    expect(syntaxError('| a')).toBe('syntax error: unexpected "|"');
  });
});
