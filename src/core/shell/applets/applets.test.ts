import { describe, expect, it } from 'vitest';
import { sh } from '../../runtime/testing/run';

function run(script: string, until = 600_000): [string, string, number | null] {
  const r = sh(script, { until });
  return [r.stdout, r.stderr, r.exitCode];
}
const out = (script: string): string => run(script)[0];

describe('echo and printf', () => {
  it.each([
    ['echo -n a; echo b', 'ab\n'],
    ['echo -e "a\\tb\\nc"', 'a\tb\nc\n'],
    ['echo "a\\nb"', 'a\\nb\n'],
    ['echo -e "x\\cignored"; echo', 'x\n'],
    ['echo -x', '-x\n'],
    ['printf "%s-%s\\n" a b c d', 'a-b\nc-d\n'],
    ['printf "%5s|%-5s|%05d|%x\\n" ab cd 42 255', '   ab|cd   |00042|ff\n'],
    ['printf "%d%%\\n" 50', '50%\n'],
    ['printf "no newline"', 'no newline'],
  ])('%s', (script, expected) => expect(out(script)).toBe(expected));

  it('printf rejects bad numbers', () => {
    expect(run('printf "%d\\n" abc')).toEqual(['0\n', "printf: invalid number 'abc'\n", 1]);
  });
});

describe('test / [', () => {
  it.each([
    ['[ -f /etc/hosts ]', 0],
    ['[ -d /etc ]', 0],
    ['[ -e /nope ]', 1],
    ['[ -z "" ]', 0],
    ['[ -n "" ]', 1],
    ['[ abc = abc ]', 0],
    ['[ abc != abc ]', 1],
    ['[ 3 -eq 3 ]', 0],
    ['[ 3 -ne 3 ]', 1],
    ['[ 2 -lt 10 ]', 0],
    ['[ 10 -le 9 ]', 1],
    ['[ 5 -gt 4 -a 1 -ge 1 ]', 0],
    ['[ 1 -gt 4 -o x = x ]', 0],
    ['[ ! -f /nope ]', 0],
    ['test x', 0],
    ['test', 1],
    ['[ -s /etc/hostname ]', 0],
  ])('%s -> %i', (script, code) => expect(run(script)[2]).toBe(code));

  it('reports errors with status 2', () => {
    expect(run('[ 1 -eq 1')).toEqual(['', '[: missing ]\n', 2]);
    expect(run('[ a -eq 1 ]')).toEqual(['', "sh: invalid number 'a'\n", 2]);
  });
});

describe('file applets', () => {
  it('cat, including busybox error text', () => {
    expect(run('echo hi > /tmp/a; cat /tmp/a /nope /tmp/a')).toEqual([
      'hi\nhi\n',
      "cat: can't open '/nope': No such file or directory\n",
      1,
    ]);
    expect(out('echo piped | cat')).toBe('piped\n');
  });

  it('ls lists one name per line when not a terminal', () => {
    expect(out('mkdir /d; touch /d/b /d/a /d/.h; ls /d; ls -a /d')).toBe('a\nb\n.\n..\n.h\na\nb\n');
    expect(run('ls /nope')).toEqual(['', 'ls: /nope: No such file or directory\n', 1]);
    expect(out('ls /etc/hostname')).toBe('/etc/hostname\n');
    expect(out('echo hello > /f; ls -l /f')).toBe(
      '-rw-r--r--    1 root     root             6 Nov 27 22:09 /f\n',
    );
  });

  it('mkdir, touch, rm, rmdir, cp, mv', () => {
    expect(run('mkdir /a/b')).toEqual([
      '',
      "mkdir: can't create directory '/a/b': No such file or directory\n",
      1,
    ]);
    expect(run('mkdir /tmp')).toEqual(['', "mkdir: can't create directory '/tmp': File exists\n", 1]);
    expect(out('mkdir -p /a/b/c && ls /a/b')).toBe('c\n');
    expect(run('rm /nope')).toEqual(['', "rm: can't remove '/nope': No such file or directory\n", 1]);
    expect(run('rm -f /nope')[2]).toBe(0);
    expect(run('mkdir /d; rm /d')).toEqual(['', "rm: '/d' is a directory\n", 1]);
    expect(out('mkdir -p /d/e; touch /d/e/f; rm -rf /d; ls /d 2>&1')).toBe(
      'ls: /d: No such file or directory\n',
    );
    expect(out('echo x > /s; cp /s /t; mv /t /u; cat /u; ls /t 2>/dev/null || echo gone')).toBe('x\ngone\n');
    expect(out('mkdir /dir; echo y > /f; cp /f /dir; cat /dir/f')).toBe('y\n');
    expect(run('cp /nope /x')).toEqual(['', "cp: can't stat '/nope': No such file or directory\n", 1]);
    expect(out('mkdir -p /r/s; echo z > /r/s/f; cp -r /r /q; cat /q/s/f')).toBe('z\n');
    expect(out('mkdir /e; rmdir /e; ls / | grep -c "^e$"')).toBe('0\n');
  });

  it('tee writes to files and stdout', () => {
    expect(out('echo t | tee /tmp/t1 /tmp/t2; cat /tmp/t1 /tmp/t2')).toBe('t\nt\nt\n');
  });
});

describe('text applets', () => {
  const nums = 'seq 1 12 > /tmp/n; ';
  it.each([
    [nums + 'head -n 2 /tmp/n', '1\n2\n'],
    [nums + 'head -3 /tmp/n', '1\n2\n3\n'],
    [nums + 'head /tmp/n | wc -l', '10\n'],
    [nums + 'tail -n 2 /tmp/n', '11\n12\n'],
    [nums + 'tail -n +11 /tmp/n', '11\n12\n'],
    [nums + 'cat /tmp/n | tail -1', '12\n'],
    ['printf "a\\nB\\nc\\n" | grep -i b', 'B\n'],
    ['printf "a\\nb\\nc\\n" | grep -v b', 'a\nc\n'],
    ['printf "a\\nb\\nab\\n" | grep -c a', '2\n'],
    ['printf "x1\\ny22\\n" | grep -E "[0-9]{2}"', 'y22\n'],
    ['printf "a.c\\nabc\\n" | grep -F a.c', 'a.c\n'],
    ['printf "one\\ntwo\\n" | grep -n two', '2:two\n'],
    ['echo hello | grep -q hell && echo found', 'found\n'],
    ['printf "a b\\nc d e\\n" | wc -l', '2\n'],
    ['printf "a b\\nc d e\\n" | wc -w', '5\n'],
    ['printf "a b\\nc d e\\n" | wc', '      2       5      10\n'],
    ['printf "abc" > /tmp/w; wc -c /tmp/w', '      3 /tmp/w\n'],
    ['echo "a:b:c:d" | cut -d: -f2,4', 'b:d\n'],
    ['echo "a:b:c:d" | cut -d: -f2-', 'b:c:d\n'],
    ['echo hello | cut -c 2-4', 'ell\n'],
    ['echo hello | tr a-z A-Z', 'HELLO\n'],
    ['echo "a  b   c" | tr -s " "', 'a b c\n'],
    ['echo hello | tr -d l', 'heo\n'],
    ['printf "b\\na\\nc\\n" | sort', 'a\nb\nc\n'],
    ['printf "10\\n9\\n100\\n" | sort -n', '9\n10\n100\n'],
    ['printf "a\\nc\\nb\\n" | sort -r', 'c\nb\na\n'],
    ['printf "a\\na\\nb\\na\\n" | uniq', 'a\nb\na\n'],
    ['printf "a\\na\\nb\\n" | uniq -c', '      2 a\n      1 b\n'],
    ['printf "b\\na\\nb\\n" | sort -u', 'a\nb\n'],
    ['echo hello world | sed "s/o/0/g"', 'hell0 w0rld\n'],
    ['echo hello | sed "s/l/L/"', 'heLlo\n'],
    ['echo "a/b" | sed "s|/|-|"', 'a-b\n'],
    ['printf "1\\n2\\n3\\n" | sed -n 2p', '2\n'],
    ['printf "1\\n2\\n3\\n" | sed 1d', '2\n3\n'],
    ['printf "1\\n2\\n3\\n" | sed "/2/d"', '1\n3\n'],
    ['echo "key=value" | sed "s/\\(.*\\)=\\(.*\\)/\\2=\\1/"', 'value=key\n'],
    ['echo "key=value" | sed -E "s/(.*)=(.*)/\\2 & /"', 'value key=value \n'],
    ['echo "x=1" > /tmp/c; sed -i "s/1/2/" /tmp/c; cat /tmp/c', 'x=2\n'],
    ['echo "a b c" | awk "{print \\$2}"', 'b\n'],
    ['echo "a:b:c" | awk -F: "{print \\$3, \\$1}"', 'c a\n'],
    ['printf "a 1\\nb 2\\n" | awk "\\$2 > 1 {print \\$1}"', 'b\n'],
    ['printf "x\\ny\\n" | awk "{print NR \\": \\" \\$0}"', '1: x\n2: y\n'],
    ['printf "x y z\\n" | awk "{print NF, \\$NF}"', '3 z\n'],
    ['printf "l1\\nl2\\n" | awk "END {print \\"done\\"}"', 'done\n'],
    ['printf "3\\n4\\n" | awk "{s += \\$1} END {print s}"', '7\n'],
    ['printf "a\\nb\\n" | awk "{n++} END {print n \\" lines\\"}"', '2 lines\n'],
    ['seq 3', '1\n2\n3\n'],
    ['seq 2 4', '2\n3\n4\n'],
    ['seq 10 -5 1', '10\n5\n'],
    ['seq -s, 1 3', '1,2,3\n'],
    ['yes | head -n 2', 'y\ny\n'],
    ['yes ok | head -n 1', 'ok\n'],
  ])('%s', (script, expected) => expect(out(script)).toBe(expected));

  it('grep exit codes: 0 match, 1 none, 2 error', () => {
    expect(run('echo a | grep b')[2]).toBe(1);
    expect(run('grep x /nope')).toEqual(['', "grep: can't open '/nope': No such file or directory\n", 2]);
  });
});

describe('system applets', () => {
  it('hostname, id, whoami, uname', () => {
    expect(out('hostname; id; whoami; uname')).toBe(
      'mypod\nuid=0(root) gid=0(root) groups=0(root),10(wheel)\nroot\nLinux\n',
    );
  });

  it('date prints the virtual clock', () => {
    expect(out('date')).toBe('Fri Nov 27 22:09:03 UTC 2026\n');
    expect(out('sleep 61; date +%T')).toBe('22:10:04\n');
    expect(out('date +"%Y-%m-%d %H:%M:%S"; date +%s')).toBe('2026-11-27 22:09:03\n1795817343\n');
    expect(out('date -u +%F')).toBe('2026-11-27\n');
  });

  it('sleep accepts suffixes and fractions and rejects junk', () => {
    expect(sh('sleep 1.5; sleep 1m', { until: 100_000 }).exitedAt).toBe(61_500);
    expect(sh('sleep 1 2').exitedAt).toBe(3000);
    expect(run('sleep abc')).toEqual(['', "sleep: invalid number 'abc'\n", 1]);
    expect(run('sleep')[2]).toBe(1);
    const inf = sh('sleep infinity', { until: 1_000_000 });
    expect(inf.exitCode).toBeNull();
    expect(inf.sched.pending()).toBe(0);
  });

  it('$RANDOM is in range and deterministic', () => {
    const a = out('echo $RANDOM $RANDOM $RANDOM');
    expect(a).toMatch(/^\d+ \d+ \d+\n$/);
    expect(
      a
        .trim()
        .split(' ')
        .every((n) => Number(n) >= 0 && Number(n) < 32768),
    ).toBe(true);
    expect(new Set(a.trim().split(' ')).size).toBe(3);
    expect(out('echo $RANDOM $RANDOM $RANDOM')).toBe(a);
    expect(out('RANDOM=5; echo $RANDOM')).toBe('5\n');
  });

  it('env lists the environment', () => {
    const e = out('env');
    expect(e).toContain('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
    expect(e).toContain('HOSTNAME=mypod\n');
    expect(e).toContain('HOME=/root\n');
  });

  it('the image has the kubelet-managed files', () => {
    expect(out('cat /etc/hosts')).toContain('10.244.0.5\tmypod\n');
    expect(out('cat /etc/hostname')).toBe('mypod\n');
  });

  it('kill reports missing processes', () => {
    expect(run('kill 99')).toEqual(['', "sh: can't kill pid 99: No such process\n", 1]);
  });

  it('ps lists processes', () => {
    expect(out('sleep 5 & ps')).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c sleep 5 & ps\n    2 root      0:00 sh\n',
    );
  });
});
