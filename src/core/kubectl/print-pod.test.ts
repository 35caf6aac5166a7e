import { describe, expect, it } from 'vitest';
import type { ContainerStatus, PodSnapshot } from '../trace/types';
import { formatTable, podRow } from './print-pod';

const c = (over: Partial<ContainerStatus>): ContainerStatus => ({
  name: 'c',
  kind: 'app',
  image: 'busybox:1.36',
  state: 'waiting',
  reason: 'PodInitializing',
  message: null,
  exitCode: null,
  startedAt: null,
  finishedAt: null,
  started: false,
  ready: false,
  restartCount: 0,
  lastState: null,
  ...over,
});

const pod = (over: Partial<PodSnapshot>): PodSnapshot => ({
  t: 0,
  name: 'p',
  namespace: 'default',
  uid: 'u',
  nodeName: 'node-1',
  podIP: null,
  createdAt: 0,
  deletionTimestamp: null,
  deleted: false,
  phase: 'Pending',
  reason: null,
  readyTotal: 1,
  conditions: [],
  initContainerStatuses: [],
  containerStatuses: [],
  ...over,
});

const cond = (type: 'Initialized' | 'Ready', status: 'True' | 'False') => ({
  type,
  status,
  reason: null,
  message: null,
  lastTransitionTime: 0,
});

describe('podRow (printPod)', () => {
  it('shows Pending before the kubelet reports, with the READY denominator from the spec', () => {
    const row = podRow(pod({}), 5000);
    expect(row).toMatchObject({ ready: '0/1', status: 'Pending', restarts: '0', age: '5s' });
  });

  it('shows Init:N/M for the first unfinished init container', () => {
    const p = pod({
      initContainerStatuses: [
        c({ name: 'a', kind: 'init', state: 'terminated', reason: 'Completed', exitCode: 0 }),
        c({ name: 'b', kind: 'init', state: 'running', reason: null }),
      ],
      containerStatuses: [c({ name: 'app' })],
    });
    expect(podRow(p, 0).status).toBe('Init:1/2');
  });

  it('shows Init:CrashLoopBackOff and counts init restarts while initializing', () => {
    const p = pod({
      initContainerStatuses: [
        c({
          name: 'a',
          kind: 'init',
          reason: 'CrashLoopBackOff',
          restartCount: 2,
          lastState: { exitCode: 1, reason: 'Error', message: null, startedAt: 0, finishedAt: 10_000 },
        }),
      ],
      containerStatuses: [c({ name: 'app' })],
    });
    expect(podRow(p, 24_000)).toMatchObject({ status: 'Init:CrashLoopBackOff', restarts: '2 (14s ago)' });
  });

  it('drops regular init restarts once initialized and shows PodInitializing', () => {
    const p = pod({
      conditions: [cond('Initialized', 'True')],
      initContainerStatuses: [
        c({
          name: 'a',
          kind: 'init',
          state: 'terminated',
          reason: 'Completed',
          exitCode: 0,
          restartCount: 2,
        }),
      ],
      containerStatuses: [c({ name: 'app' })],
    });
    expect(podRow(p, 0)).toMatchObject({ status: 'PodInitializing', restarts: '0' });
  });

  it('counts a ready started sidecar as done and ready', () => {
    const p = pod({
      readyTotal: 2,
      initContainerStatuses: [
        c({ name: 's', kind: 'sidecar', state: 'running', reason: null, started: true, ready: true }),
      ],
      containerStatuses: [c({ name: 'app' })],
    });
    expect(podRow(p, 0)).toMatchObject({ ready: '1/2', status: 'PodInitializing' });
  });

  it('shows the reason of the first non-running app container', () => {
    const p = pod({
      phase: 'Running',
      readyTotal: 2,
      conditions: [cond('Initialized', 'True')],
      containerStatuses: [
        c({ name: 'a', state: 'running', reason: null, ready: true, started: true }),
        c({ name: 'b', state: 'terminated', reason: 'Error', exitCode: 1 }),
      ],
    });
    expect(podRow(p, 0)).toMatchObject({ ready: '1/2', status: 'Error' });
  });

  it('turns Completed into NotReady/Running when another container still runs', () => {
    const base = {
      phase: 'Running' as const,
      containerStatuses: [
        c({ name: 'a', state: 'terminated', reason: 'Completed', exitCode: 0 }),
        c({ name: 'b', state: 'running', reason: null, ready: true, started: true }),
      ],
    };
    expect(podRow(pod({ ...base, conditions: [cond('Initialized', 'True')] }), 0).status).toBe('NotReady');
    expect(
      podRow(pod({ ...base, conditions: [cond('Initialized', 'True'), cond('Ready', 'True')] }), 0).status,
    ).toBe('Running');
  });

  it('shows Terminating for a pod being deleted, but not for a terminal one', () => {
    const running = pod({
      phase: 'Running',
      deletionTimestamp: 1,
      containerStatuses: [c({ state: 'running', reason: null, ready: true })],
    });
    expect(podRow(running, 0).status).toBe('Terminating');
    expect(podRow({ ...running, phase: 'Succeeded' }, 0).status).toBe('Succeeded');
  });
});

describe('formatTable', () => {
  it('pads columns like kubectl get', () => {
    expect(formatTable(['NAME', 'READY'], [['myapp-pod', '0/1']])).toBe(
      'NAME        READY\nmyapp-pod   0/1\n',
    );
  });
});
