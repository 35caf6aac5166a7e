// `simulate` of one virtual hour in Node: median wall time of one workload, as one JSON line.
// bench/run.mjs starts one process per workload with a time limit, so a hang is reported, not waited on.
//
// What is measured is the steady state: the editor's worker runs `simulate` on every edit, so after the
// first few edits its code is optimised. V8 needs a variable number of runs to get there (tiering is
// driven by invocation and loop counters, and a busy machine slows it), so the warm-up lasts until both
// a number of runs and a minimum time have passed instead of a fixed two runs. The first, cold run is
// reported too, so the figure never hides it.
import { performance } from 'node:perf_hooks';
import { parseManifests } from '../src/core/manifest/parse';
import { simulate } from '../src/core/simulate';
import { SEED_MANIFEST } from '../src/ui/store/seed';
import { crashLoopingPod } from './workloads.mjs';

const HOUR = 3_600_000;
const WARM_UP_RUNS = 10;
const WARM_UP_MS = 500;
const workloads: Record<string, () => string> = {
  seed: () => SEED_MANIFEST,
  crash40: () => crashLoopingPod(40),
};

const name = process.argv[2] ?? 'seed';
const runs = Number(process.argv[3] ?? 21);
const text = workloads[name]?.();
if (!text) throw new Error(`unknown workload ${name}`);
const objects = parseManifests(text).objects;

function once(): { ms: number; events: number } {
  const start = performance.now();
  const trace = simulate(objects, [], { until: HOUR });
  return { ms: performance.now() - start, events: trace.events.length };
}

const cold = once();
const warmUpStart = performance.now();
for (let i = 1; i < WARM_UP_RUNS || performance.now() - warmUpStart < WARM_UP_MS; i++) once();
const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(once().ms);
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    name,
    median: times[Math.floor(times.length / 2)],
    runs,
    cold: cold.ms,
    events: cold.events,
  }) + '\n',
);
