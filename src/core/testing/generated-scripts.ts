// Generated shell scripts: fragments joined by separators, as the core fuzz test
// (src/core/quality/fuzz.hostile.test.ts) runs them in a container. The trace digest corpus
// (scripts/trace-digest.ts) builds its scripts here too, from the same fragments plus a few more, so the
// two cannot drift apart.
//
// Test-only: fast-check is a dev dependency, so only tests and scripts may import this module (nothing
// under src/ui or the core's runtime code does), which keeps it out of the production bundle.
import fc from 'fast-check';

/** The fragments of the fuzz test. */
export const FUZZ_SCRIPT_FRAGMENTS: readonly string[] = [
  'echo hi',
  'echo "<script>x</script>"',
  'sleep 1',
  'exit 3',
  'false',
  // Busy loops cost seconds each (shell.hostile.test.ts covers them one by one); a bounded one here.
  'i=0; while [ $i -lt 200 ]; do i=$((i+1)); done',
  'yes | head -n 3',
  'cat /etc/hosts',
  'nslookup svc',
  'f() { f; }; f',
  'x=$((x+1))',
  'sleep 2 &',
  'wait',
  'kill $$',
  '"unterminated',
  'trap "echo bye" TERM',
  'for i in 1 2 3; do echo $i; done',
  'echo a > /tmp/a; cat /tmp/a',
];

/** More of the shell's own (PATH, cd, the vfs, until loops), which the digest corpus adds. */
export const MORE_SCRIPT_FRAGMENTS: readonly string[] = [
  'PATH=/bin; ls /bin | head -n 2',
  'cd /tmp && pwd && echo x > f && cat ./f ../tmp/f',
  'date; hostname; env | sort | head -n 3',
  'until nslookup kubernetes; do sleep 1; done',
  'mkdir -p /tmp/d/e && ls -R /tmp',
];

/** 1 to 5 fragments joined by `; `, `&&`, `||`, `|`, a newline or `&`. */
export function scriptArb(fragments: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(fc.constantFrom(...fragments), fc.constantFrom('; ', ' && ', ' || ', ' | ', '\n', ' & ')),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((parts) => parts.map(([f, sep], i) => (i === parts.length - 1 ? f : f + sep)).join(''));
}
