import { describe, expect, it } from 'vitest';
import type { Pod } from '../manifest/types';
import { computeAppActions, computeInitActions, type ProbeView } from './init-actions';
import { podSpecView } from './pod-spec';
import type { ObservedContainer, ObservedInstance } from './status';

const pod = (restartPolicy: string, init: { name: string; sidecar?: boolean }[], apps = ['app']): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: {
    restartPolicy,
    initContainers: init.map((c) => ({
      name: c.name,
      image: 'busybox:1.36',
      restartPolicy: c.sidecar ? 'Always' : undefined,
    })),
    containers: apps.map((name) => ({ name, image: 'busybox:1.36' })),
  },
});

const running: ObservedInstance = {
  restartCount: 0,
  state: 'running',
  startedAt: 0,
  finishedAt: null,
  exitCode: null,
  reason: null,
  message: null,
};
const exited = (code: number): ObservedInstance => ({
  ...running,
  state: 'exited',
  finishedAt: 1,
  exitCode: code,
  reason: code ? 'Error' : 'Completed',
});
const obs = (entries: Record<string, ObservedInstance>) =>
  new Map<string, ObservedContainer>(
    Object.entries(entries).map(([k, v]) => [k, { latest: v, previous: null }]),
  );
const probes: ProbeView = { startup: () => 'success', liveness: () => 'success' };
const names = (cs: { name: string }[]) => cs.map((c) => c.name);

describe('computeInitActions', () => {
  const spec = podSpecView(pod('Always', [{ name: 'a' }, { name: 'b' }]));

  it('starts the first init container when nothing ran yet', () => {
    expect(names(computeInitActions(spec, obs({}), false, probes).start)).toEqual(['a']);
  });
  it('waits while an init container runs', () => {
    const plan = computeInitActions(spec, obs({ a: running }), false, probes);
    expect(plan.start).toEqual([]);
    expect(plan.initialized).toBe(false);
  });
  it('starts the next one only after the previous exited 0', () => {
    expect(names(computeInitActions(spec, obs({ a: exited(0) }), false, probes).start)).toEqual(['b']);
  });
  it('retries a failed init container under Always and OnFailure, fails the pod under Never', () => {
    expect(names(computeInitActions(spec, obs({ a: exited(1) }), false, probes).start)).toEqual(['a']);
    const never = podSpecView(pod('Never', [{ name: 'a' }, { name: 'b' }]));
    expect(computeInitActions(never, obs({ a: exited(1) }), false, probes).killPod).toBe(true);
  });
  it('is initialized when the last one exited 0', () => {
    expect(computeInitActions(spec, obs({ a: exited(0), b: exited(0) }), false, probes).initialized).toBe(
      true,
    );
  });
  it('moves past a started sidecar and restarts an exited sidecar under any policy', () => {
    const s = podSpecView(pod('Never', [{ name: 'side', sidecar: true }, { name: 'b' }]));
    expect(names(computeInitActions(s, obs({ side: running }), false, probes).start)).toEqual(['b']);
    expect(names(computeInitActions(s, obs({ side: exited(1), b: exited(0) }), true, probes).start)).toEqual([
      'side',
    ]);
  });
  it('holds the sequence while a sidecar startup probe has no result', () => {
    const s = podSpecView(pod('Always', [{ name: 'side', sidecar: true }, { name: 'b' }]));
    s.init[0].startupProbe = { exec: { command: ['true'] } };
    const waiting: ProbeView = { startup: () => undefined, liveness: () => 'success' };
    expect(computeInitActions(s, obs({ side: running }), false, waiting).start).toEqual([]);
    const failed: ProbeView = { startup: () => 'failure', liveness: () => 'success' };
    expect(computeInitActions(s, obs({ side: running }), false, failed).restart[0].message).toBe(
      'Init container side failed startup probe',
    );
  });
});

describe('computeAppActions', () => {
  it('follows restartPolicy', () => {
    const always = podSpecView(pod('Always', [], ['a', 'b']));
    expect(names(computeAppActions(always, obs({ a: exited(0), b: running })).start)).toEqual(['a']);
    const onFailure = podSpecView(pod('OnFailure', [], ['a', 'b']));
    expect(names(computeAppActions(onFailure, obs({ a: exited(0), b: exited(2) })).start)).toEqual(['b']);
    const never = podSpecView(pod('Never', [], ['a']));
    expect(computeAppActions(never, obs({ a: exited(1) }))).toEqual({ start: [], keepCount: 0 });
  });
});
