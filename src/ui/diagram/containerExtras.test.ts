import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../../core/trace/types';
import { status } from '../test-fixtures/seed.fixture';
import { backOffOf, isSpinning, parseGoDuration, probeResults, transitionOf } from './containerExtras';

const exited = { exitCode: 1, reason: 'Error', message: null, startedAt: 1000, finishedAt: 4000 };

describe('parseGoDuration', () => {
  it('reads the durations the kubelet prints', () => {
    expect(parseGoDuration('10s')).toBe(10_000);
    expect(parseGoDuration('1m20s')).toBe(80_000);
    expect(parseGoDuration('5m0s')).toBe(300_000);
    expect(parseGoDuration('300ms')).toBe(300);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('soon')).toBeNull();
    expect(parseGoDuration('10s!')).toBeNull();
  });
});

describe('backOffOf', () => {
  const crashing = status('app', 'app', {
    state: 'waiting',
    reason: 'CrashLoopBackOff',
    message: 'back-off 20s restarting failed container=app pod=p_default(uid)',
    restartCount: 2,
    lastState: exited,
  });

  it('counts down from the last exit plus the window', () => {
    expect(backOffOf(crashing, 9000)).toEqual({ window: 20_000, until: 24_000, remaining: 15_000 });
    expect(backOffOf(crashing, 30_000)?.remaining).toBe(0);
  });

  it('is null when not backing off', () => {
    expect(backOffOf(status('app', 'app', { state: 'running', reason: null }), 0)).toBeNull();
    expect(backOffOf(undefined, 0)).toBeNull();
    expect(backOffOf({ ...crashing, lastState: null }, 0)).toBeNull();
  });
});

describe('probeResults', () => {
  const ev = (t: number, fieldPath: string, message: string, reason = 'Unhealthy'): KubeEvent => ({
    t,
    type: 'Warning',
    reason,
    from: 'kubelet',
    object: 'pod/p',
    fieldPath,
    message,
  });
  it('keeps the last Unhealthy event per probe type of that container', () => {
    const events = [
      ev(1, 'spec.containers{app}', "Liveness probe failed: cat: can't open '/tmp/healthy'"),
      ev(2, 'spec.containers{app}', 'Readiness probe failed: HTTP probe failed with statuscode: 500'),
      ev(3, 'spec.containers{app}', 'Liveness probe failed: second'),
      ev(4, 'spec.containers{other}', 'Liveness probe failed: other'),
      ev(5, 'spec.containers{app}', 'Container app failed liveness probe, will be restarted', 'Killing'),
    ];
    expect(probeResults(events, 'app', 'app')).toEqual([
      { type: 'Liveness', t: 3, message: 'Liveness probe failed: second' },
      { type: 'Readiness', t: 2, message: 'Readiness probe failed: HTTP probe failed with statuscode: 500' },
    ]);
    expect(probeResults(events, 'app', 'init')).toEqual([]);
  });
});

describe('transitionOf', () => {
  it('flags a fresh start or exit', () => {
    expect(transitionOf(status('a', 'app', { state: 'running', reason: null, startedAt: 1000 }), 1500)).toBe(
      'start',
    );
    expect(
      transitionOf(status('a', 'app', { state: 'running', reason: null, startedAt: 1000 }), 5000),
    ).toBeNull();
    expect(
      transitionOf(
        status('a', 'app', { state: 'terminated', reason: 'Error', finishedAt: 4000, exitCode: 1 }),
        4200,
      ),
    ).toBe('exit');
    expect(
      transitionOf(
        status('a', 'app', { state: 'waiting', reason: 'CrashLoopBackOff', lastState: exited }),
        4100,
      ),
    ).toBe('exit');
  });
});

describe('isSpinning', () => {
  const running = { state: 'running', startedAt: 1000 } as unknown as Parameters<typeof isSpinning>[0];
  it('is true only for the run that spun and while it runs', () => {
    expect(isSpinning(running, 21_000)).toBe(true);
    expect(isSpinning(running, 500)).toBe(false); // an earlier run spun
    expect(isSpinning(running, undefined)).toBe(false);
    expect(isSpinning({ ...running!, state: 'terminated' }, 21_000)).toBe(false);
  });
});
