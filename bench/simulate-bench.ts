// `simulate` of one virtual hour in Node: median wall time of one workload, as one JSON line.
// bench/run.mjs starts one process per workload with a time limit, so a hang is reported, not waited on.
import { performance } from 'node:perf_hooks';
import { parseManifests } from '../src/core/manifest/parse';
import { simulate } from '../src/core/simulate';
import { SEED_MANIFEST } from '../src/ui/store/seed';
import { crashLoopingPod } from './workloads.mjs';

const HOUR = 3_600_000;
const workloads: Record<string, () => string> = {
  seed: () => SEED_MANIFEST,
  crash40: () => crashLoopingPod(40),
};

const name = process.argv[2] ?? 'seed';
const runs = Number(process.argv[3] ?? 11);
const text = workloads[name]?.();
if (!text) throw new Error(`unknown workload ${name}`);
const objects = parseManifests(text).objects;
const times: number[] = [];
let events = 0;
for (let i = 0; i < runs + 2; i++) {
  const start = performance.now();
  const trace = simulate(objects, [], { until: HOUR });
  // The first two runs warm up the JIT and are not counted.
  if (i >= 2) times.push(performance.now() - start);
  events = trace.events.length;
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({ name, median: times[Math.floor(times.length / 2)], runs, events }) + '\n',
);
