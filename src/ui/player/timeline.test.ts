import { describe, expect, it } from 'vitest';
import type { Trace } from '../../core/trace/types';
import { seedTrace, status } from '../test-fixtures/seed.fixture';
import { busyTimes, MARKER_TEXTS, skipTarget, timelineMarkers } from './timeline';

const base: Trace = {
  ...seedTrace,
  events: [],
  snapshots: [],
  actions: [],
  activity: [],
  watch: [],
  logs: {},
};

describe('timelineMarkers', () => {
  it('colours events by kind and groups them by time', () => {
    const ev = (t: number, type: 'Normal' | 'Warning', reason: string, message: string) => ({
      t,
      type,
      reason,
      message,
      from: 'kubelet',
      object: 'pod/p',
      fieldPath: null,
    });
    const trace: Trace = {
      ...base,
      events: [
        ev(1000, 'Normal', 'Pulled', 'Container image "busybox" already present on machine'),
        ev(1000, 'Normal', 'Started', 'Started container app'),
        ev(9000, 'Warning', 'BackOff', 'Back-off restarting failed container app in pod p_default(u)'),
        ev(9000, 'Normal', 'Pulled', 'again'),
      ],
      actions: [{ t: 3000, command: 'kubectl get pod', stdout: '', stderr: '', exitCode: 0 }],
    };
    expect(timelineMarkers(trace, 'p')).toEqual([
      {
        t: 1000,
        kind: 'start',
        texts: [
          'Normal Pulled: Container image "busybox" already present on machine',
          'Normal Started: Started container app',
        ],
      },
      { t: 3000, kind: 'info', texts: ['$ kubectl get pod'] },
      {
        t: 9000,
        kind: 'warning',
        texts: [
          'Warning BackOff: Back-off restarting failed container app in pod p_default(u)',
          'Normal Pulled: again',
        ],
      },
    ]);
  });

  it('marks exits from the snapshots, also when only lastState shows them', () => {
    const snap = seedTrace.snapshots[3];
    const terminated = status('app', 'app', {
      state: 'terminated',
      reason: 'Error',
      exitCode: 1,
      finishedAt: 5000,
    });
    const restarted = status('app', 'app', {
      state: 'running',
      reason: null,
      restartCount: 1,
      lastState: { exitCode: 137, reason: 'Error', message: null, startedAt: 6000, finishedAt: 8000 },
    });
    const trace: Trace = {
      ...base,
      snapshots: [
        { ...snap, t: 5000, initContainerStatuses: [], containerStatuses: [terminated] },
        { ...snap, t: 5100, initContainerStatuses: [], containerStatuses: [terminated] },
        { ...snap, t: 8000, initContainerStatuses: [], containerStatuses: [restarted] },
      ],
    };
    expect(timelineMarkers(trace, snap.name)).toEqual([
      { t: 5000, kind: 'exit', texts: ['app: Terminated: Error (1)'] },
      { t: 8000, kind: 'exit', texts: ['app: Terminated: Error (137)'] },
    ]);
  });
});

describe('timelineMarkers: a pod of thousands of containers', () => {
  it('keeps the first lines of a crowded moment and counts the rest, still coloured by the worst', () => {
    const snap = seedTrace.snapshots[3];
    const exited = Array.from({ length: 5000 }, (_, i) =>
      status(`c${i}`, 'app', { state: 'terminated', reason: 'Error', exitCode: 1, finishedAt: 2000 }),
    );
    const trace: Trace = {
      ...base,
      events: Array.from({ length: 5000 }, (_, i) => ({
        t: 2000,
        type: 'Normal' as const,
        reason: 'Started',
        message: `Started container c${i}`,
        from: 'kubelet',
        object: `pod/${snap.name}`,
        fieldPath: null,
      })),
      snapshots: [2000, 3000, 4000].map((t) => ({
        ...snap,
        t,
        initContainerStatuses: [],
        containerStatuses: exited,
      })),
    };
    const [m] = timelineMarkers(trace, snap.name);
    expect(m).toMatchObject({ t: 2000, kind: 'exit', more: 10_000 - MARKER_TEXTS });
    expect(m.texts).toHaveLength(MARKER_TEXTS);
    expect(m.texts[0]).toBe('Normal Started: Started container c0');
  });
});

describe('skip waiting', () => {
  it('collects every busy time, logs included', () => {
    const trace: Trace = {
      ...base,
      logs: { p: { app: [{ t: 4200, stream: 'stdout', line: 'x', instance: 0 }] } },
      activity: [{ t: 7000, kind: 'listen', pod: 'p', container: 'app', port: 80 }],
    };
    expect(busyTimes(trace)).toEqual([4200, 7000]);
  });

  it('jumps to just before the next busy time across a long quiet stretch only', () => {
    const times = [1000, 2000, 300_000];
    expect(skipTarget(times, 1000, 600_000)).toBeNull();
    expect(skipTarget(times, 2000, 600_000)).toBeNull(); // it just happened: show it first
    expect(skipTarget(times, 3000, 600_000)).toBe(299_000);
    expect(skipTarget(times, 301_000, 600_000)).toBe(599_000);
    expect(skipTarget(times, 599_500, 600_000)).toBeNull();
  });
});
