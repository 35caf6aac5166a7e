// Runs the core off the main thread: text in, parse result and trace out (workerJob.ts: early, then
// whole, dropped when superseded). The page's own bundle then needs neither the YAML parser nor the
// simulator.
import { parseManifests } from '../../core/manifest/parse';
import { simulate, startSimulation } from '../../core/simulate';
import { localEngine } from './engine';
import { EXAMPLES } from '../../lessons/examples';
import { idleRunner, MAX_REPEAT_TEXT, warmUpItems } from './idleWarmUp';
import { runJob, type JobDeps } from './workerJob';
import type { SimRequest, SimResponse } from './workerProtocol';

const post = (r: SimResponse) => (self as unknown as { postMessage(m: SimResponse): void }).postMessage(r);

// Zero-delay tasks that queue behind messages already received (nested setTimeout(0) waits 4 ms).
const tasks: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => tasks.shift()?.();
const later = (task: () => void) => {
  tasks.push(task);
  channel.port2.postMessage(null);
};

const deps: JobDeps = {
  parse: parseManifests,
  start: startSimulation,
  post,
  now: () => performance.now(),
  later,
};

// Warm-up work only warms the code up, so its results are dropped, and it simulates a shorter time:
// the same code paths at a fraction of the cost, so a request arriving meanwhile waits less.
const WARM_UP_UNTIL = 60_000;
const EXAMPLE_TEXTS = EXAMPLES.map((e) => e.manifest);
const engine = localEngine({ parse: parseManifests, simulate, eventTimes: () => [] });
const idle = idleRunner<SimRequest>((r) => {
  try {
    engine.analyze(r.text, r.inputs, { until: Math.min(r.until, WARM_UP_UNTIL), seed: r.seed });
  } catch {
    // a warm-up that fails changes nothing
  }
}, later);

/** The newest request that wants an answer: older runs still going are dropped. */
let latest = 0;
/** Only the first warm-up request is worth the work: the code is warm after it. */
let warmedUp = false;

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const request = e.data;
  idle.interrupt();
  if (request.warmUp) {
    // A warm-up of a big text would only hold up the edits it is meant to speed up.
    if (warmedUp || request.text.length > MAX_REPEAT_TEXT) return;
    warmedUp = true;
  } else latest = request.id;
  const current = () => latest <= request.id;
  runJob(request, deps, current, (ms) => {
    if (request.warmUp && current())
      idle.start(warmUpItems(request, ms, EXAMPLE_TEXTS, (text) => ({ ...request, text, inputs: [] })));
  });
};
