import { describe, expect, it } from 'vitest';
import { seedTrace, status } from '../test-fixtures/seed.fixture';
import { announcements, shortState } from './announce';

const snaps = seedTrace.snapshots;

describe('announcements', () => {
  it('announces each container that changed, then the pod status', () => {
    expect(
      announcements({ pod: snaps[1], status: 'Init:0/2' }, { pod: snaps[2], status: 'Init:1/2' }),
    ).toEqual(['init-myservice: Completed', 'init-mydb: Running', 'myapp-pod: Init:1/2']);
  });

  it('says nothing when nothing changed', () => {
    expect(
      announcements({ pod: snaps[1], status: 'Init:0/2' }, { pod: snaps[1], status: 'Init:0/2' }),
    ).toEqual([]);
  });

  it('announces the first statuses', () => {
    expect(
      announcements({ pod: snaps[0], status: 'Pending' }, { pod: snaps[1], status: 'Init:0/2' }),
    ).toEqual([
      'init-myservice: Running',
      'init-mydb: PodInitializing',
      'myapp-container: PodInitializing',
      'myapp-pod: Init:0/2',
    ]);
  });

  it('includes restart counts', () => {
    const crashing = {
      ...snaps[3],
      containerStatuses: [status('myapp-container', 'app', { reason: 'CrashLoopBackOff', restartCount: 2 })],
    };
    expect(
      announcements({ pod: snaps[3], status: 'Running' }, { pod: crashing, status: 'CrashLoopBackOff' }),
    ).toEqual(['myapp-container: CrashLoopBackOff (2)', 'myapp-pod: CrashLoopBackOff']);
  });
});

describe('shortState', () => {
  it('uses the reason, else the state', () => {
    expect(shortState(status('a', 'app', { state: 'running', reason: null }))).toBe('Running');
    expect(shortState(status('a', 'app', { state: 'terminated', reason: null, exitCode: 2 }))).toBe(
      'ExitCode:2',
    );
    expect(shortState(status('a', 'app', { state: 'waiting', reason: null }))).toBe('Waiting');
  });
});
