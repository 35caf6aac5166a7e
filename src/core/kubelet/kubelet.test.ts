// Kubelet rules, one test per rule of the semantics spec, through the real parse + simulate.
import { describe, expect, it } from 'vitest';
import { run } from '../testing/harness';

const pod = (spec: string, name = 'p') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const app = (command: string, extra = '') =>
  `  containers:\n  - name: app\n    image: busybox:1.36\n    command: ['sh', '-c', '${command}']\n${extra}`;

describe('restart back-off (section 9)', () => {
  it('restarts at once, then after 10, 20, 40 s, as CrashLoopBackOff with the Go duration', () => {
    const r = run(pod(app('exit 1')), { until: 200 });
    const starts = r.starts('app');
    expect(starts.slice(0, 5)).toEqual([1, 2, 13, 34, 75]);
    const gaps = starts.slice(2).map((s, i) => s - starts[i + 1]);
    expect(gaps.slice(0, 3)).toEqual([11, 21, 41]);
    const waiting = r.container(20, 'app');
    expect(waiting).toMatchObject({ state: 'waiting', reason: 'CrashLoopBackOff', restartCount: 2 });
    expect(waiting.message).toMatch(/^back-off 20s restarting failed container=app pod=p_default\(.+\)$/);
    expect(r.pod(20)?.phase).toBe('Running');
  });

  it('caps the back-off at 5m0s', () => {
    const r = run(pod(app('exit 1')), { until: 1500 });
    const messages = r.trace.snapshots.flatMap((s) => s.containerStatuses.map((c) => c.message ?? ''));
    expect(messages.some((m) => m.startsWith('back-off 5m0s'))).toBe(true);
    expect(messages.some((m) => m.startsWith('back-off 10m'))).toBe(false);
  });
});

describe('restartPolicy (section 7)', () => {
  it('OnFailure leaves an exit 0 alone: Succeeded, Completed', () => {
    const r = run(pod(`  restartPolicy: OnFailure\n${app('echo done')}`), { until: 30 });
    expect(r.pod(30)?.phase).toBe('Succeeded');
    expect(r.row(30)).toBe('0/1 Completed 0');
  });

  it('Never with exit 1: Failed, Error, PodReadyToStartContainers False after the sandbox goes', () => {
    const r = run(pod(`  restartPolicy: Never\n${app('exit 1')}`), { until: 30 });
    expect(r.pod(30)?.phase).toBe('Failed');
    expect(r.row(30)).toBe('0/1 Error 0');
    expect(r.pod(30)?.conditions.find((c) => c.type === 'PodReadyToStartContainers')?.status).toBe('False');
    expect(r.events('BackOff')).toEqual([]);
  });
});

describe('native sidecars (section 8)', () => {
  const job = pod(`  restartPolicy: Never
  terminationGracePeriodSeconds: 5
  initContainers:
  - name: side
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'while true; do sleep 1; done']
${app('sleep 3; echo done')}`);

  it('start before the app, are killed after it completes, and the pod Succeeds by the app alone', () => {
    const r = run(job, { until: 60 });
    expect(r.starts('side')[0]).toBeLessThan(r.starts('app')[0]);
    const kill = r.events('Killing').find((e) => e.fieldPath === 'spec.initContainers{side}');
    expect(kill?.message).toBe('Stopping container side');
    expect(r.pod(60)?.phase).toBe('Succeeded');
    expect(r.container(60, 'side')).toMatchObject({ state: 'terminated', exitCode: 137 });
    expect(r.row(60)).toBe('0/2 Completed 0');
  });
});

describe('deletion (section 13)', () => {
  it('SIGTERM is ignored by a shell without a trap: SIGKILL at the end of the grace period, 137', () => {
    const r = run(pod(`  terminationGracePeriodSeconds: 10\n${app('sleep 3600')}`), {
      until: 60,
      at: [[5, 'kubectl delete pod p']],
    });
    expect(r.rows()).toContain('1/1 Terminating 0');
    const gone = r.trace.snapshots.find((s) => s.deleted);
    expect(gone?.t).toBeGreaterThanOrEqual(15_000);
    expect(gone?.t).toBeLessThan(17_000);
    // kubectl delete returns only when the object is gone.
    expect(r.trace.actions[1]).toMatchObject({ t: 5000, doneAt: gone?.t, stdout: 'pod "p" deleted\n' });
    const last = r.trace.snapshots.filter((s) => !s.deleted).at(-1);
    expect(last?.phase).toBe('Failed');
    expect(last?.containerStatuses[0]).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('a TERM trap exits at once with 0: Succeeded', () => {
    const r = run(pod(app('trap "exit 0" TERM; while true; do sleep 1; done')), {
      until: 60,
      at: [[5, 'kubectl delete pod p']],
    });
    const last = r.trace.snapshots.filter((s) => !s.deleted).at(-1);
    expect(last?.phase).toBe('Succeeded');
    expect(r.trace.snapshots.find((s) => s.deleted)?.t).toBeLessThan(8_000);
    expect(r.trace.actions[1].stdout).toBe('pod "p" deleted\n');
  });
});

describe('probes (section 11)', () => {
  it('a failing liveness probe kills and restarts with the exact messages', () => {
    const r = run(
      pod(
        app(
          'sleep 3600',
          `    livenessProbe:\n      exec: {command: ['cat', '/tmp/healthy']}\n      periodSeconds: 5\n      failureThreshold: 2\n`,
        ),
      ),
      { until: 60 },
    );
    const unhealthy = r.events('Unhealthy')[0];
    expect(unhealthy.message).toBe(
      "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
    );
    expect(r.events('Killing')[0].message).toBe('Container app failed liveness probe, will be restarted');
    expect(r.container(60, 'app').restartCount).toBeGreaterThanOrEqual(1);
  });

  it('a readiness probe that never passes keeps READY 0/1 without restarts', () => {
    const r = run(
      pod(app('sleep 3600', `    readinessProbe:\n      exec: {command: ['test', '-f', '/tmp/ready']}\n`)),
      {
        until: 60,
      },
    );
    expect(r.row(60)).toBe('0/1 Running 0');
    expect(r.events('Unhealthy')[0].message).toBe('Readiness probe failed: ');
  });
});

describe('images (section 9.3)', () => {
  it('an image that does not exist: ErrImagePull / ImagePullBackOff, no restarts', () => {
    const r = run(pod(`  containers:\n  - name: app\n    image: nosuchimage\n`), { until: 60 });
    const statuses = new Set(r.rows().map((x) => x.split(' ')[1]));
    expect(statuses).toContain('ErrImagePull');
    expect(statuses).toContain('ImagePullBackOff');
    expect(r.events('Failed').some((e) => e.message === 'Error: ErrImagePull')).toBe(true);
    expect(
      r.events('Failed').some((e) => e.message.startsWith('Failed to pull image "nosuchimage": rpc error')),
    ).toBe(true);
    expect(r.container(60, 'app').restartCount).toBe(0);
  });

  it('an untagged image is pulled on every start', () => {
    const r = run(
      pod(`  containers:\n  - name: app\n    image: busybox\n    command: ['sh', '-c', 'exit 1']\n`),
      { until: 40 },
    );
    expect(r.events('Pulling').length).toBe(r.starts('app').length);
    expect(r.events('Pulled')[0].message).toMatch(
      /^Successfully pulled image "busybox" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/,
    );
  });
});

describe('postStart (section 12.1)', () => {
  it('blocks the container status and the next container until it returns', () => {
    const r = run(
      pod(`  containers:
  - name: a
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
    lifecycle:
      postStart:
        exec: {command: ['sh', '-c', 'sleep 5']}
  - name: b
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`),
      { until: 30 },
    );
    expect(r.container(4, 'a')).toMatchObject({ state: 'waiting', reason: 'ContainerCreating' });
    expect(r.starts('b')[0]).toBeGreaterThanOrEqual(6);
    expect(r.starts('b')).toHaveLength(1);
    expect(r.row(30)).toBe('2/2 Running 0');
  });
});

describe('postStart failure (section 12.1)', () => {
  it('records FailedPostStartHook, kills the container and restarts it with back-off', () => {
    const r = run(
      pod(`  terminationGracePeriodSeconds: 2
  containers:
  - name: web
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
    lifecycle:
      postStart:
        exec: {command: ['sh', '-c', 'exit 1']}
`),
      { until: 60 },
    );
    expect(r.events('FailedPostStartHook')[0]).toMatchObject({
      type: 'Warning',
      message: 'PostStartHook failed',
    });
    expect(r.events('Killing')[0].message).toBe('FailedPostStartHook');
    const statuses = new Set(r.trace.snapshots.map((s) => s.containerStatuses[0]?.reason));
    expect(statuses).toContain('PostStartHookError');
    expect(r.container(60, 'web').restartCount).toBeGreaterThanOrEqual(1);
  });
});

describe('regressions', () => {
  it('a crash-looping container with a readiness probe is restarted once per exit, not in a loop', () => {
    const r = run(
      pod(
        app(
          'sleep 1; exit 1',
          `    readinessProbe:\n      exec: {command: ['true']}\n      periodSeconds: 3\n`,
        ),
      ),
      { until: 120 },
    );
    const starts = r.starts('app');
    expect(starts.length).toBeLessThan(10);
    expect(new Set(starts).size).toBe(starts.length);
    expect(r.container(120, 'app').restartCount).toBe(starts.length - 1);
  });
});
