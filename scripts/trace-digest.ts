// Golden digests of simulate(): a SHA-256 of JSON.stringify(trace) for a corpus of runs (every shared
// scenario with its kubectl actions, every lesson manifest, the bench workloads, generated pods and
// scripts), each for 10 virtual minutes and for 1 hour. A change that must not alter behaviour (a
// speed-up, a refactor) keeps every digest: record them before, check them after.
//
//   npx tsx scripts/trace-digest.ts write /tmp/golden.json   # record
//   npx tsx scripts/trace-digest.ts check /tmp/golden.json   # compare; exit 1 on any difference
//   npx tsx scripts/trace-digest.ts list                     # names and wall times only
//   ... --only SUBSTRING                                     # a subset of the corpus
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import YAML from 'yaml';
import { parseManifests } from '../src/core/manifest/parse';
import { simulate, simulateCommands, type SimInput, type SimOptions } from '../src/core/simulate';
import type { Trace } from '../src/core/trace/types';
import { EXAMPLES } from '../src/lessons/examples';
import { EXERCISES } from '../src/lessons/exercises';
import { SEED_MANIFEST, SEED_SERVICES } from '../src/ui/store/seed';
import { crashLoopingPod, loggingPod } from '../bench/workloads.mjs';
import { scriptPod } from '../src/core/quality/hostile-pods';
import { generatedPodArb, generatedPodManifest } from '../src/core/testing/generated-pods';
import {
  FUZZ_SCRIPT_FRAGMENTS,
  MORE_SCRIPT_FRAGMENTS,
  scriptArb,
} from '../src/core/testing/generated-scripts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const scenarioDir = path.resolve(root, '..', 'shared', 'scenarios');
const UNTILS = { '10m': 600_000, '1h': 3_600_000 } as const;

/** One corpus entry: runs the simulation for a given `until`. */
interface Case {
  name: string;
  run(until: number): Trace | null;
}

/** A manifest applied at t=0 as the playground does (null trace when the API server refuses it). */
function manifestCase(
  name: string,
  text: string,
  inputs: SimInput[] = [],
  opts: Partial<SimOptions> = {},
): Case {
  return {
    name,
    run(until) {
      const parse = parseManifests(text);
      if (parse.diagnostics.some((d) => d.severity === 'error')) return null;
      return simulate(parse.objects, inputs, { until, ...opts });
    },
  };
}

/** A shared scenario run the way check-scenario runs the `simulate` command: the file applied at t=0,
 * then each expected action at its time, with the objects it carries as a file of that name. */
function scenarioCase(file: string): Case {
  const text = fs.readFileSync(file, 'utf8');
  const shown = path.basename(file);
  const values = YAML.parseAllDocuments(text).map((d) => d.toJS());
  const expect = values.find((v) => v && typeof v === 'object' && 'expect' in v)?.expect ?? {};
  const actions: { t?: number; do?: string; command?: string; objects?: unknown[] }[] = Array.isArray(
    expect.actions,
  )
    ? expect.actions
    : [];
  const files: Record<string, string> = { [shown]: text };
  const inputs: SimInput[] = [{ t: 0, command: `kubectl apply -f ${shown}` }];
  const commandOf = (a: (typeof actions)[number]) => String(a.do ?? a.command ?? '');
  const implicit = actions.findIndex(
    (a) =>
      Number(a.t ?? 0) === 0 &&
      /^kubectl apply -f (\S+)$/.exec(commandOf(a).trim())?.[1].split('/').pop() === shown,
  );
  const ats = actions.filter((_, i) => i !== implicit).sort((x, y) => Number(x.t ?? 0) - Number(y.t ?? 0));
  for (const a of ats) {
    const command = commandOf(a);
    const m = /(?:^|\s)(?:-f|--filename)[=\s]+(\S+)/.exec(command);
    if (Array.isArray(a.objects) && m) files[m[1]] = a.objects.map((o) => YAML.stringify(o)).join('---\n');
    inputs.push({ t: Math.round(Number(a.t ?? 0) * 1000), command });
  }
  return { name: `scenario ${shown}`, run: (until) => simulateCommands(inputs, { until, files }) };
}

/** Scripts that never block: they end on the spin or step budgets, whose semantics must not move. */
const HOSTILE_SCRIPTS = [
  'while true; do :; done',
  ':(){ :|:& };:',
  'cat /dev/zero',
  'i=0; while true; do i=$((i+1)); done',
  'while true; do echo x > /tmp/f; done',
  'until false; do true; done & sleep 30; echo done',
  'yes > /tmp/big',
];

function corpus(): Case[] {
  const cases: Case[] = [];
  for (const f of fs
    .readdirSync(scenarioDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort())
    cases.push(scenarioCase(path.join(scenarioDir, f)));
  for (const e of EXAMPLES) cases.push(manifestCase(`example ${e.id}`, e.manifest));
  for (const x of EXERCISES) {
    const texts = [
      ['start', x.start],
      ['solution', x.solution],
      ...(x.alternatives ?? []).map((a, i) => [`alt${i}`, a]),
    ];
    for (const [which, text] of texts)
      cases.push(manifestCase(`exercise ${x.id} ${which}`, text, x.checkInputs ?? [], { seed: 1 }));
  }
  cases.push(manifestCase('bench seed', SEED_MANIFEST));
  cases.push(manifestCase('bench seed+services', SEED_MANIFEST + SEED_SERVICES));
  cases.push(
    manifestCase('bench seed, services created at 30s', SEED_MANIFEST, [
      { t: 30_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' },
      { t: 45_000, command: 'kubectl create service clusterip mydb --tcp=80:9377' },
      { t: 90_000, command: 'kubectl delete pod myapp-pod' },
    ]),
  );
  cases.push(manifestCase('bench crashLoopingPod(40)', crashLoopingPod(40)));
  cases.push(manifestCase('bench loggingPod(20)', loggingPod(20)));
  // The property test's pods and seed (src/core/kubelet/invariants.test.ts), the first 300 of its 1,200.
  fc.sample(generatedPodArb, { seed: 20261127, numRuns: 300 }).forEach((p, i) => {
    const inputs = i % 2 === 0 ? [{ t: 200_000, command: 'kubectl delete pod gen' }] : [];
    cases.push(manifestCase(`generated pod ${i}`, generatedPodManifest(p), inputs));
  });
  // The fuzz test's scripts and seed (src/core/quality/fuzz.hostile.test.ts), with more fragments.
  const scripts = scriptArb([...FUZZ_SCRIPT_FRAGMENTS, ...MORE_SCRIPT_FRAGMENTS]);
  fc.sample(scripts, { seed: 4321, numRuns: 200 }).forEach((src, i) => {
    cases.push(manifestCase(`generated script ${i}`, scriptPod(src), [], { maxSteps: 200_000 }));
  });
  HOSTILE_SCRIPTS.forEach((src, i) => cases.push(manifestCase(`hostile script ${i}`, scriptPod(src))));
  return cases;
}

function digest(trace: Trace | null): string {
  return createHash('sha256')
    .update(trace === null ? 'rejected' : JSON.stringify(trace))
    .digest('hex')
    .slice(0, 24);
}

function main(argv: string[]): number {
  const [mode, file] = argv;
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : null;
  if (!['write', 'check', 'list'].includes(mode) || (mode !== 'list' && !file)) {
    process.stderr.write(
      'usage: trace-digest.ts write|check FILE [--only SUBSTRING] | list [--only SUBSTRING]\n',
    );
    return 2;
  }
  const golden: Record<string, string> = mode === 'check' ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const out: Record<string, string> = {};
  let differ = 0;
  let total = 0;
  for (const c of corpus()) {
    if (only && !c.name.includes(only)) continue;
    for (const [label, until] of Object.entries(UNTILS)) {
      const key = `${c.name} @${label}`;
      const start = performance.now();
      const hash = digest(c.run(until));
      const ms = performance.now() - start;
      total += ms;
      out[key] = hash;
      if (mode === 'list') process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${key}\n`);
      if (mode === 'check' && golden[key] !== hash) {
        differ++;
        process.stdout.write(`DIFF ${key}: ${golden[key] ?? '(not recorded)'} -> ${hash}\n`);
      }
    }
  }
  const n = Object.keys(out).length;
  process.stdout.write(`${n} runs, ${(total / 1000).toFixed(1)} s of simulation\n`);
  if (mode === 'write') fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  if (mode === 'check') {
    const missing = only ? 0 : Object.keys(golden).filter((k) => !(k in out)).length;
    process.stdout.write(
      differ || missing ? `${differ} differ, ${missing} missing\n` : 'all digests match\n',
    );
    return differ || missing ? 1 : 0;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
