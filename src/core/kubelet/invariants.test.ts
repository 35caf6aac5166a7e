// Property test: thousands of generated pods, and the rules that must hold for every one of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest/parse';
import { simulate } from '../simulate';
import type { Trace } from '../trace/types';
import { generatedPodArb, generatedPodManifest } from '../testing/generated-pods';

const STATUS =
  /^(Pending|Running|Succeeded|Failed|Completed|Error|NotReady|Terminating|ContainerCreating|PodInitializing|CrashLoopBackOff|ErrImagePull|ImagePullBackOff|StartError|PostStartHookError|Init:\d+\/\d+|Init:(Error|CrashLoopBackOff|ErrImagePull|ImagePullBackOff|StartError|PostStartHookError|ExitCode:\d+))$/;

function run(text: string): Trace {
  const parsed = parseManifests(text);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return simulate(parsed.objects, [{ t: 200_000, command: 'kubectl delete pod gen' }], { until: 300_000 });
}

function checkInvariants(trace: Trace) {
  let lastT = -1;
  const restarts = new Map<string, number>();
  for (const s of trace.snapshots) {
    expect(s.t).toBeGreaterThanOrEqual(lastT);
    lastT = s.t;
    for (const c of [...s.initContainerStatuses, ...s.containerStatuses]) {
      expect(c.restartCount).toBeGreaterThanOrEqual(restarts.get(c.name) ?? 0);
      restarts.set(c.name, c.restartCount);
    }
  }
  for (const w of trace.watch) expect(w.status).toMatch(STATUS);
  // No app container starts before every regular init container has completed.
  const firstAppStart = trace.events.find(
    (e) => e.reason === 'Started' && e.fieldPath?.startsWith('spec.containers'),
  );
  if (firstAppStart) {
    const before = trace.snapshots.filter((s) => s.t <= firstAppStart.t).at(-1);
    for (const c of before?.initContainerStatuses ?? []) {
      if (c.kind === 'init') expect(c.state === 'terminated' && c.exitCode === 0).toBe(true);
    }
  }
  // Once terminal, the phase never changes.
  const terminal = trace.snapshots.findIndex((s) => s.phase === 'Succeeded' || s.phase === 'Failed');
  if (terminal >= 0) {
    const phase = trace.snapshots[terminal].phase;
    for (const s of trace.snapshots.slice(terminal)) if (!s.deleted) expect(s.phase).toBe(phase);
  }
}

describe('kubelet invariants over generated pods', () => {
  it('hold for 1,200 random pods, and re-simulating gives the identical trace', () => {
    fc.assert(
      fc.property(generatedPodArb, (p) => {
        const text = generatedPodManifest(p);
        const a = run(text);
        checkInvariants(a);
        expect(JSON.stringify(run(text))).toBe(JSON.stringify(a));
      }),
      { numRuns: 1200, seed: 20261127 },
    );
  }, 120_000);
});
