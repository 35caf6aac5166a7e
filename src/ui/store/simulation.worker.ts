// Runs the core off the main thread: text in, parse result and trace out (workerJob.ts: early, then
// whole, dropped when superseded). The page's own bundle then needs neither the YAML parser nor the
// simulator.
import { parseManifests } from '../../core/manifest/parse';
import { simulate, startSimulation } from '../../core/simulate';
import { localEngine } from './engine';
import { idleRepeater, MAX_REPEAT_TEXT } from './idleRepeats';
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

// Repeats only warm the code up, so their results are dropped, and they simulate a shorter time: the
// same code paths at a fraction of the cost, so a request arriving meanwhile waits less.
const REPEAT_UNTIL = 60_000;
const engine = localEngine({ parse: parseManifests, simulate, eventTimes: () => [] });
const repeats = idleRepeater<SimRequest>((r) => {
  try {
    engine.analyze(r.text, r.inputs, { until: Math.min(r.until, REPEAT_UNTIL), seed: r.seed });
  } catch {
    // the request itself was answered with this failure
  }
}, later);

/** The newest request that wants an answer: older runs still going are dropped. */
let latest = 0;

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const request = e.data;
  repeats.interrupt();
  // A warm-up of a big text would only hold up the edits it is meant to speed up.
  if (request.warmUp && request.text.length > MAX_REPEAT_TEXT) return;
  if (!request.warmUp) latest = request.id;
  const current = () => latest <= request.id;
  runJob(request, deps, current, (ms) => {
    if (request.warmUp && current()) repeats.after(request, request.text.length, ms);
  });
};
