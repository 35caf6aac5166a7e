// Seeded fuzzing of the whole core: generated (and then damaged) manifests never make the parser
// throw, and generated scripts run as containers never make the simulation throw or run unbounded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest/parse';
import { simulate } from '../simulate';
import { FUZZ_SCRIPT_FRAGMENTS, scriptArb } from '../testing/generated-scripts';
import { scriptPod } from './hostile-pods';

const NAME = fc.constantFrom(
  'app',
  'web',
  'init-db',
  'a',
  'Bad_Name',
  '',
  '-x',
  'a'.repeat(70),
  'ü',
  '<b>x</b>',
);
const IMAGE = fc.constantFrom('busybox:1.36', 'busybox', 'nginx:1.27', 'nope:latest', 'alpine', '');
const COMMAND = fc.constantFrom(
  "['sh', '-c', 'echo hi; sleep 5']",
  "['sh', '-c', 'exit 1']",
  "['sh', '-c', 'until nslookup svc; do sleep 2; done']",
  "['sleep', '3600']",
  '[]',
  '"not a list"',
);
const PROBE = fc.constantFrom(
  '',
  "    readinessProbe:\n      exec:\n        command: ['true']\n",
  '    livenessProbe:\n      httpGet:\n        port: 80\n      periodSeconds: 0\n',
  '    startupProbe:\n      tcpSocket:\n        port: x\n',
);
const container = fc
  .tuple(NAME, IMAGE, COMMAND, PROBE)
  .map(([n, img, cmd, probe]) => `  - name: ${n}\n    image: ${img}\n    command: ${cmd}\n${probe}`);
const pod = fc
  .record({
    name: NAME,
    restart: fc.constantFrom('Always', 'OnFailure', 'Never', 'Sometimes'),
    init: fc.array(container, { maxLength: 2 }),
    app: fc.array(container, { maxLength: 3 }),
  })
  .map(
    (p) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${p.name}\nspec:\n  restartPolicy: ${p.restart}\n` +
      (p.init.length ? `  initContainers:\n${p.init.join('')}` : '') +
      `  containers:\n${p.app.join('')}`,
  );
/** Damage a text the way typing does: a character inserted or deleted somewhere. */
const damage = fc.tuple(
  fc.nat(),
  fc.constantFrom('', ' ', '\t', ':', '-', '[', '{', '"', "'", '&a', '*a', '\n', '\u0000', '\uFFFD', '---\n'),
  fc.boolean(),
);
const manifest = fc.tuple(pod, fc.array(damage, { maxLength: 3 })).map(([text, edits]) =>
  edits.reduce((t, [at, ins, del]) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + ins + t.slice(del ? i + 1 : i);
  }, text),
);

const script = scriptArb(FUZZ_SCRIPT_FRAGMENTS);

describe('fuzz (seeded)', () => {
  it('10,000 generated and damaged manifests: the parser never throws and every diagnostic is placed', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        const result = parseManifests(text);
        for (const d of result.diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          if (d.range) expect(d.range.startLine).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: Number(process.env.Q_RUNS ?? 10_000), seed: 1234 },
    );
  }, 120_000);

  it('1,000 generated scripts run as a container: the simulation never throws and ends in budget', () => {
    const until = 10_000;
    fc.assert(
      fc.property(script, (src) => {
        const parse = parseManifests(scriptPod(src));
        const trace = simulate(parse.objects, [], { until, maxSteps: 200_000 });
        const stopped = trace.notes.some((n) => /step budget/.test(n.message));
        expect(stopped || trace.until === until).toBe(true);
        expect(JSON.stringify(trace.logs)).not.toContain('internal error');
      }),
      { numRuns: Number(process.env.Q_RUNS ?? 1_000), seed: 4321 },
    );
  }, 120_000);
});
