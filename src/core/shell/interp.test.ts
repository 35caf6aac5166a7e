import { describe, expect, it } from 'vitest';
import { sh } from '../runtime/testing/run';

/** Run a script to completion and return [stdout, stderr, exit code]. */
function run(script: string): [string, string, number | null] {
  const r = sh(script, { until: 600_000 });
  return [r.stdout, r.stderr, r.exitCode];
}
const out = (script: string): string => run(script)[0];

describe('shell: words and expansion', () => {
  it.each([
    ['echo hello   world', 'hello world\n'],
    [`echo 'a  b' "c  d"`, 'a  b c  d\n'],
    ['echo a\\ b \\$x', 'a b $x\n'],
    ['x=hi; echo $x ${x} "$x"s', 'hi hi his\n'],
    ['echo ${u:-default} ${u-alt} ${u:+set}.', 'default alt .\n'],
    ['x=; echo "[${x:-e}] [${x-e}]"', '[e] []\n'],
    ['echo ${z:=assigned}; echo $z', 'assigned\nassigned\n'],
    ['x=abc; echo ${#x}', '3\n'],
    ['f=archive.tar.gz; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}', 'archive.tar archive tar.gz gz\n'],
    ['echo $((3 + 4 * 2)) $((10 / 3)) $((10 % 3))', '11 3 1\n'],
    ['i=1; i=$((i + 1)); echo $i', '2\n'],
    ['echo $(echo inner) `echo back`', 'inner back\n'],
    ['echo "$(printf "a\\nb\\n\\n")"', 'a\nb\n'],
    ['x="a   b"; echo $x; echo "$x"', 'a b\na   b\n'],
    ['set -- one "two three"; echo $#; for a in "$@"; do echo "[$a]"; done', '2\n[one]\n[two three]\n'],
    ['set -- a b c; echo $1 $3; shift; echo $*', 'a c\nb c\n'],
    ['echo "$$" $?', '1 0\n'],
    ['false; echo $?; true; echo $?', '1\n0\n'],
    ['echo ""; echo "" | wc -c', '\n1\n'],
    [
      'mkdir -p /g; touch /g/b.txt /g/a.txt /g/c.log; echo /g/*.txt; echo /g/*.none',
      '/g/a.txt /g/b.txt\n/g/*.none\n',
    ],
    ['cd /g 2>/dev/null || mkdir /g; cd /g; touch x y; echo *', 'x y\n'],
    ['echo "*"', '*\n'],
  ])('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });
});

describe('shell: control flow', () => {
  it.each([
    ['if true; then echo y; else echo n; fi', 'y\n'],
    ['if false; then echo 1; elif true; then echo 2; else echo 3; fi', '2\n'],
    ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n'],
    ['i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i', '2\n'],
    ['for x in a b c; do [ $x = b ] && continue; echo $x; done', 'a\nc\n'],
    ['for x in 1 2 3; do for y in a b; do [ $y = b ] && break 2; echo $x$y; done; done', '1a\n'],
    // Commands with a slash and relative $PATH entries are found from the working directory.
    [
      'mkdir -p /w; printf "echo ran \\$0\\n" > /w/s; chmod +x /w/s; cd /w; ./s; cd /; w/s',
      'ran ./s\nran w/s\n',
    ],
    [
      'mkdir -p /w; printf "echo ran\\n" > /w/s; chmod +x /w/s; cd /w; PATH=.; s; cd /; s; echo $?',
      'ran\n127\n',
    ],
    ['cd /tmp; ./missing; echo $?', '127\n'],
    // break/continue in a loop's condition belong to that loop (BusyBox ash, dash and bash agree).
    ['while break; do echo x; done; echo after $?', 'after 0\n'],
    ['i=0; while i=$((i+1)); [ $i -lt 3 ] && continue; [ $i -lt 5 ]; do echo $i; done', '3\n4\n'],
    ['for x in a b; do while break 2; do echo in; done; echo $x; done; echo out', 'out\n'],
    ['case foo.txt in *.log) echo log;; *.txt|*.md) echo text;; esac', 'text\n'],
    ['case x in y) echo no;; esac; echo $?', '0\n'],
    ['true && echo a || echo b; false && echo c || echo d', 'a\nd\n'],
    ['! false && echo negated', 'negated\n'],
    ['{ echo a; echo b; } | wc -l', '2\n'],
    ['x=1; (x=2; echo $x); echo $x', '2\n1\n'],
    ['f() { echo "f:$1"; return 4; }; f arg; echo $?', 'f:arg\n4\n'],
    ['f() { local v=inner; echo $v; }; v=outer; f; echo $v', 'inner\nouter\n'],
    ['g() { echo $#; }; g a b c', '3\n'],
    ['(exit 3); echo $?', '3\n'],
    ['eval "echo evaluated; x=9"; echo $x', 'evaluated\n9\n'],
    ['echo one; # comment\necho two', 'one\ntwo\n'],
  ])('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });

  it('exit sets the status and stops the script', () => {
    expect(run('echo a; exit 7; echo b')).toEqual(['a\n', '', 7]);
    expect(run('exit 300')[2]).toBe(44);
    expect(run('false; exit')[2]).toBe(1);
  });

  it('the status of the last command is the exit status', () => {
    expect(run('true; false')[2]).toBe(1);
    expect(run('ls /nope')[2]).toBe(1);
  });

  it('set -e exits on the first failing command, but not in conditions', () => {
    expect(run('set -e; echo a; false; echo b')).toEqual(['a\n', '', 1]);
    expect(run('set -e; if false; then :; fi; false || echo ok; ! true; echo end')).toEqual([
      'ok\nend\n',
      '',
      0,
    ]);
  });

  it('the EXIT trap runs at the end', () => {
    expect(run("trap 'echo bye' EXIT; echo hi; exit 2")).toEqual(['hi\nbye\n', '', 2]);
  });
});

describe('shell: redirections and here-documents', () => {
  it.each([
    ['echo a > /tmp/f; echo b >> /tmp/f; cat /tmp/f', 'a\nb\n'],
    ['echo err 1>&2 2>/dev/null', ''],
    ['ls /nope 2>&1 | head -n 1', 'ls: /nope: No such file or directory\n'],
    ['ls /nope 2>/dev/null; echo $?', '1\n'],
    ['echo x > /tmp/in; read line < /tmp/in; echo "got $line"', 'got x\n'],
    ['printf "1\\n2\\n3\\n" > /tmp/n; while read n; do echo "n=$n"; done < /tmp/n', 'n=1\nn=2\nn=3\n'],
    ['cat <<EOF\nhost $HOSTNAME\n$((1+1))\nEOF', 'host mypod\n2\n'],
    ["cat <<'EOF'\n$HOSTNAME\nEOF", '$HOSTNAME\n'],
    ['exec > /tmp/log; echo hidden; cat /tmp/log >&2', ''],
    ['{ echo a; echo b; } > /tmp/g; cat /tmp/g', 'a\nb\n'],
    ['echo piped | read v; echo "[$v]"', '[]\n'],
    ['echo "a b c" | { read x y; echo "$y"; }', 'b c\n'],
  ])('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });

  it('prints busybox messages for failed redirections', () => {
    expect(run('echo x > /nodir/f')).toEqual(['', "sh: can't create /nodir/f: nonexistent directory\n", 1]);
    expect(run('cat < /nofile')).toEqual(['', "sh: can't open /nofile: no such file\n", 1]);
  });
});

describe('shell: errors', () => {
  it('unknown commands: sh: foo: not found, 127', () => {
    expect(run('foo')).toEqual(['', 'sh: foo: not found\n', 127]);
    expect(run('/usr/bin/nosuch arg; echo $?')).toEqual(['127\n', 'sh: /usr/bin/nosuch: not found\n', 0]);
  });

  it('syntax errors exit 2', () => {
    expect(run('if true; then echo x')).toEqual([
      '',
      'sh: syntax error: unexpected end of file (expecting "fi")\n',
      2,
    ]);
    expect(run('echo ok; fi')).toEqual(['', 'sh: syntax error: unexpected "fi"\n', 2]);
  });

  it('arithmetic errors end the shell', () => {
    expect(run('echo $((1/0)); echo after')).toEqual(['', 'sh: divide by zero\n', 2]);
  });

  it('builtin errors name the builtin and the line', () => {
    expect(run('cd /nope')).toEqual([
      '',
      "sh: cd: line 1: can't cd to /nope: No such file or directory\n",
      2,
    ]);
  });

  it('${x:?msg} fails', () => {
    expect(run('echo ${NOPE:?is required}; echo no')).toEqual(['', 'sh: NOPE: is required\n', 2]);
  });
});

describe('shell: scripts and PATH', () => {
  it('runs a script file with a shebang and arguments', () => {
    expect(out("printf '#!/bin/sh\\necho script $1 $#\\n' > /tmp/s.sh; /tmp/s.sh a b; sh /tmp/s.sh c")).toBe(
      'script a 2\nscript c 1\n',
    );
  });

  it('command -v and type find applets', () => {
    expect(out('command -v sleep; type echo; type nope')).toBe(
      '/bin/sleep\necho is a shell builtin\nnope: not found\n',
    );
  });

  it('export passes variables to child environments', () => {
    expect(out('export A=1; B=2; env | grep -E "^(A|B)="')).toBe('A=1\n');
    expect(out('C=3 env | grep ^C=')).toBe('C=3\n');
  });

  it('set -x traces commands to stderr', () => {
    expect(run('set -x; echo hi')).toEqual(['hi\n', '+ echo hi\n', 0]);
  });

  it('refuses a function name that is not a variable name, as ash does (the bash fork bomb)', () => {
    expect(run(':(){ :|:& };:')).toEqual(['', 'sh: syntax error: bad function name\n', 2]);
  });
});
