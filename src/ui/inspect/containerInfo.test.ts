import { describe, expect, it } from 'vitest';
import { seedTrace } from '../test-fixtures/seed.fixture';
import { envEntries, exitCodes, logRuns, mountLines, stateHistory } from './containerInfo';

const pod = seedTrace.snapshots[0].name;

describe('stateHistory', () => {
  it('lists each state the container went through up to t', () => {
    const h = stateHistory(seedTrace.snapshots, pod, 'init-mydb', seedTrace.until);
    expect(h.map((e) => e.state)).toContain('Running');
    expect(h[0].state).toMatch(/^Waiting/);
    // Strictly changing: no two neighbours say the same.
    h.slice(1).forEach((e, i) =>
      expect(`${e.state}${e.restartCount}${e.ready}`).not.toBe(
        `${h[i].state}${h[i].restartCount}${h[i].ready}`,
      ),
    );
    expect(stateHistory(seedTrace.snapshots, pod, 'init-mydb', -1)).toEqual([]);
  });

  it('collects exit codes', () => {
    expect(exitCodes(seedTrace.snapshots, pod, 'init-myservice', seedTrace.until)).toEqual([
      expect.objectContaining({ code: 0, reason: 'Completed' }),
    ]);
  });
});

describe('manifest parts', () => {
  it('words env and mounts like kubectl describe', () => {
    const c = {
      name: 'app',
      env: [
        { name: 'A', value: '1' },
        { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
        { name: 'K', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'k' } } },
        { name: 'S', valueFrom: { secretKeyRef: { name: 'sec', key: 'pw' } } },
      ],
      envFrom: [{ configMapRef: { name: 'cfg' } }, { secretRef: { name: 'sec' }, prefix: 'S_' }],
      volumeMounts: [
        { name: 'logs', mountPath: '/var/log' },
        { name: 'cfg', mountPath: '/etc/cfg', readOnly: true },
      ],
    };
    expect(envEntries(c)).toEqual([
      ['A', '1'],
      ['NODE', '(v1:spec.nodeName)'],
      ['K', "<set to the key 'k' of config map 'cfg'>  Optional: false"],
      ['S', "<set to the key 'pw' in secret 'sec'>  Optional: false"],
      ['cfg', 'ConfigMap  Optional: false'],
      ['sec', "Secret with prefix 'S_'  Optional: false"],
    ]);
    expect(mountLines(c)).toEqual(['/etc/cfg from cfg (ro)', '/var/log from logs (rw)']);
  });
});

describe('logRuns', () => {
  const line = (t: number, instance: number) => ({
    t,
    stream: 'stdout' as const,
    line: `run ${instance}`,
    instance,
  });
  it('splits the current run from the previous one', () => {
    const runs = logRuns([line(1, 0), line(2, 1), line(3, 2)], 2);
    expect(runs.current).toEqual({ instance: 2, lines: [line(3, 2)] });
    expect(runs.previous).toEqual({ instance: 1, lines: [line(2, 1)] });
    expect(logRuns([], 0)).toEqual({ current: null, previous: null });
  });
});
