import { describe, expect, it } from 'vitest';
import type { Trace, WatchRow } from '../trace/types';
import { followLinesBetween, streamOf, watchContinuation, watchRowsBetween } from './stream';

const row = (t: number, status: string, age: string): WatchRow => ({
  t,
  name: 'myapp-pod',
  ready: '0/1',
  status,
  restarts: '0',
  age,
});

describe('streamOf', () => {
  it('recognises get -w and logs -f', () => {
    expect(streamOf('kubectl get pods -w')).toEqual({ kind: 'watch', names: [] });
    expect(streamOf('kubectl get pod/web --watch')).toEqual({ kind: 'watch', names: ['web'] });
    expect(streamOf('kubectl logs -f web -c app --timestamps')).toEqual({
      kind: 'follow',
      pod: 'web',
      container: 'app',
      stamps: true,
    });
    expect(streamOf('kubectl get pods')).toBeNull();
    expect(streamOf('kubectl get svc -w')).toBeNull();
  });
});

describe('watchContinuation', () => {
  it('keeps the first table widths and only widens them', () => {
    const first =
      'NAME        READY   STATUS     RESTARTS   AGE\nmyapp-pod   0/1     Init:0/2   0          10s\n';
    expect(watchContinuation(first, [row(12, 'Init:1/2', '12s'), row(13, 'PodInitializing', '13s')])).toEqual(
      [
        'myapp-pod   0/1     Init:1/2   0          12s',
        'myapp-pod   0/1     PodInitializing   0          13s',
      ],
    );
  });
});

describe('streamed lines', () => {
  const trace = {
    watch: [row(1000, 'Init:0/2', '1s'), row(5000, 'Init:1/2', '5s')],
    snapshots: [{ name: 'p', containerStatuses: [{ name: 'app' }] }],
    logs: {
      p: {
        app: [
          { t: 1000, line: 'one', instance: 0, stream: 'stdout' },
          { t: 3000, line: 'two', instance: 0, stream: 'stdout' },
          { t: 4000, line: 'again', instance: 1, stream: 'stdout' },
        ],
      },
    },
  } as unknown as Trace;
  it('watch rows after the command, up to the player time', () => {
    expect(watchRowsBetween(trace, [], 2000, 10_000).map((r) => r.status)).toEqual(['Init:1/2']);
    expect(watchRowsBetween(trace, [], 2000, 4000)).toEqual([]);
  });
  it('logs -f follows the same run of the default container', () => {
    const s = { pod: 'p', container: null, stamps: false };
    expect(followLinesBetween(trace, s, 2000, 10_000)).toEqual(['two']);
    expect(followLinesBetween(trace, s, 0, 2000)).toEqual(['one']);
  });
});
