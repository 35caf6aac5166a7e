import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../core/manifest/parse';
import { simulate, startSimulation } from '../../core/simulate';
import { frameAt } from '../../core/trace/frame';
import type { Trace } from '../../core/trace/types';
import { EARLY_AHEAD, runJob, type JobDeps } from './workerJob';
import type { SimRequest, SimResponse } from './workerProtocol';
import { SEED_MANIFEST } from './seed';

const crashing = `apiVersion: v1
kind: Pod
metadata:
  name: crasher
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting; sleep 1; exit 1']
`;

/** Deps over the real core with a fake clock (each look advances it 1 ms) and a task queue. */
function harness() {
  const posted: SimResponse[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const deps: JobDeps = {
    parse: parseManifests,
    start: startSimulation,
    post: (r) => posted.push(structuredClone(r)),
    now: () => clock++,
    later: (t) => tasks.push(t),
  };
  const drain = (before?: () => void) => {
    while (tasks.length) {
      before?.();
      tasks.shift()!();
    }
  };
  return { posted, deps, drain };
}

const request = (text: string, extra: Partial<SimRequest> = {}): SimRequest => ({
  id: 1,
  text,
  inputs: [],
  until: 600_000,
  seed: 1,
  ...extra,
});

describe('a worker job', () => {
  it('answers early with the first seconds past the learner’s time, then with the whole run', () => {
    const { posted, deps, drain } = harness();
    const ms: number[] = [];
    runJob(
      request(crashing, { at: 30_000 }),
      deps,
      () => true,
      (m) => ms.push(m),
    );
    expect(posted).toHaveLength(1);
    const early = posted[0] as Extract<SimResponse, { early: unknown }>;
    expect(early.early.trace.complete).toBe(30_000 + EARLY_AHEAD);
    expect(ms).toEqual([]);
    drain();
    const last = posted.at(-1) as Extract<SimResponse, { trace: Trace | null }>;
    expect(last.parse).toBeNull(); // the early answer carried it
    const whole = simulate(parseManifests(crashing).objects, [], { until: 600_000, seed: 1 });
    expect(last.trace).toEqual(whole);
    expect(frameAt(early.early.trace, 35_000)).toEqual(frameAt(whole, 35_000));
    expect(ms).toHaveLength(1);
  });

  it('answers at once, in one message, when the run is over before the early horizon', () => {
    const { posted, deps } = harness();
    runJob(
      request(crashing, { until: 5_000 }),
      deps,
      () => true,
      () => {},
    );
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ id: 1, parse: { diagnostics: [] }, trace: { until: 5_000 } });
  });

  it('answers a text with errors with its parse only', () => {
    const { posted, deps } = harness();
    runJob(
      request('kind: Pood\n'),
      deps,
      () => true,
      () => {},
    );
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ id: 1, trace: null });
  });

  it('drops a run a newer request superseded, saying so', () => {
    const { posted, deps, drain } = harness();
    let current = true;
    const ms: number[] = [];
    runJob(
      request(SEED_MANIFEST),
      deps,
      () => current,
      (m) => ms.push(m),
    );
    expect('early' in posted[0]).toBe(true);
    drain(() => (current = false));
    expect(posted.slice(1)).toEqual([{ id: 1, superseded: true }]);
    expect(ms).toHaveLength(1);
  });

  it('says the analysis failed when the core throws', () => {
    const { posted, deps } = harness();
    const ms: number[] = [];
    const broken = {
      ...deps,
      parse: () => {
        throw new Error('boom');
      },
    };
    runJob(
      request(crashing),
      broken,
      () => true,
      (m) => ms.push(m),
    );
    expect(posted).toEqual([{ id: 1, failure: 'boom' }]);
    expect(ms).toHaveLength(1);
  });

  it('answers nothing for a warm-up request, yet runs it', () => {
    const { posted, deps, drain } = harness();
    const ms: number[] = [];
    runJob(
      request(crashing, { warmUp: true }),
      deps,
      () => true,
      (m) => ms.push(m),
    );
    drain();
    expect(posted).toEqual([]);
    expect(ms).toHaveLength(1);
  });
});
