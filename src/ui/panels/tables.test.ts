import { describe, expect, it } from 'vitest';
import type { WatchRow } from '../../core/trace/types';
import { watchLines } from './tables';

const row = (t: number, ready: string, status: string, age: string): WatchRow => ({
  t,
  name: 'myapp-pod',
  ready,
  status,
  restarts: '0',
  age,
});

describe('watchLines', () => {
  it('prints the header with the first row, aligned like kubectl', () => {
    expect(watchLines([row(0, '0/1', 'Pending', '0s')])).toEqual([
      'NAME        READY   STATUS    RESTARTS   AGE',
      'myapp-pod   0/1     Pending   0          0s',
    ]);
  });

  it('widens columns for later rows without realigning earlier ones', () => {
    const lines = watchLines([
      row(0, '0/1', 'Pending', '0s'),
      row(0, '0/1', 'Pending', '0s'),
      row(1000, '0/1', 'Init:0/2', '1s'),
      row(33000, '0/1', 'PodInitializing', '33s'),
      row(34000, '1/1', 'Running', '34s'),
    ]);
    expect(lines).toEqual([
      'NAME        READY   STATUS    RESTARTS   AGE',
      'myapp-pod   0/1     Pending   0          0s',
      'myapp-pod   0/1     Pending   0          0s',
      'myapp-pod   0/1     Init:0/2   0          1s',
      'myapp-pod   0/1     PodInitializing   0          33s',
      'myapp-pod   1/1     Running           0          34s',
    ]);
  });

  it('prints nothing before the first event', () => {
    expect(watchLines([])).toEqual([]);
  });
});
