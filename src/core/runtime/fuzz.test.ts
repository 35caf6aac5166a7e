// Property tests: whatever script a learner types, the runtime never throws, never hangs, and is
// deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sh } from './testing/run';
import { parseScript, ShellSyntaxError } from '../shell/parser';

const FRAGMENTS = [
  'echo hi',
  'echo $x',
  'x=$((x+1))',
  'sleep 1',
  'sleep 0.1',
  'true',
  'false',
  'cat /etc/hosts',
  'cat /nope',
  'ls /',
  'nslookup svc',
  'date',
  'yes | head -n 2',
  'seq 3 | sort -r',
  'while true; do :; done',
  'while true; do sleep 1; done',
  'until false; do break; done',
  'for i in 1 2 3; do echo $i; done',
  'if [ -f /tmp/a ]; then echo y; fi',
  'echo a > /tmp/a',
  'rm -f /tmp/a',
  'exit 3',
  'trap "echo t" TERM',
  'sleep 5 &',
  'wait',
  'kill $$',
  'kill -9 $!',
  '( echo sub; exit 2 )',
  '{ echo grp; }',
  'f() { echo f; }; f',
  'case $x in 1) echo one;; esac',
  'echo $(echo nested $(date +%s))',
  'read v < /etc/hostname',
  'cat <<EOF\nbody\nEOF',
  'set -e',
  'grep -c root /etc/passwd',
  'tail -n 1 /etc/hosts',
  'printf "%s\\n" a b',
  'fi',
  'done',
  '"unterminated',
  '$((1/0))',
  '${x:?unset}',
  'echo `echo bq`',
  'httpd -p 8080 -h /tmp',
  'wget -qO- localhost:8080',
  'nc -z localhost 8080',
  'sleep infinity &',
  'echo $RANDOM',
  'f() { f; }; f',
];

const script = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('; ', ' && ', ' || ', ' | ', '\n', ' & ')), {
    maxLength: 6,
  })
  .map((parts) => parts.map(([f, sep], i) => (i === parts.length - 1 ? f : f + sep)).join(''));

function fingerprint(src: string): string {
  const r = sh(src, { spinSteps: 20_000, until: 20_000 });
  r.instance?.kill();
  return JSON.stringify([r.exitCode, r.exitedAt, r.world.out, r.world.activities, r.startError]);
}

describe('fuzz', () => {
  it('random scripts never throw, never report internal errors, and are deterministic', () => {
    fc.assert(
      fc.property(script, (src) => {
        const a = fingerprint(src);
        expect(a).not.toContain('internal error');
        expect(fingerprint(src)).toBe(a);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('the parser only ever fails with a syntax error', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ab $(){}[]|&;<>\'"`\\\n#=*?!-0123456789'.split('')),
          maxLength: 40,
        }),
        (src) => {
          try {
            parseScript(src);
          } catch (e) {
            expect(e).toBeInstanceOf(ShellSyntaxError);
          }
        },
      ),
      { numRuns: 2_000, seed: 7 },
    );
  });

  it('random text run as a script never throws', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ab $(){}|&;<>\'"`\\\n=*-0123456789'.split('')),
          maxLength: 30,
        }),
        (src) => {
          expect(fingerprint(src)).not.toContain('internal error');
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
