import { describe, expect, it } from 'vitest';
import type { Activity } from '../../core/trace/types';
import { volumeFiles } from './volumeInfo';

describe('volumeFiles', () => {
  const w = (
    t: number,
    container: string,
    path: string,
    kind: 'file-write' | 'file-read' = 'file-write',
  ): Activity => ({
    t,
    kind,
    pod: 'p',
    container,
    volume: 'logs',
    path,
  });
  it('says who wrote and read each file up to t', () => {
    const activity = [
      w(1, 'app', '/var/log/a'),
      w(2, 'shipper', '/var/log/a', 'file-read'),
      w(3, 'app', '/var/log/b'),
      w(9, 'x', '/var/log/c'),
    ];
    expect(volumeFiles(activity, 'p', 'logs', 5)).toEqual([
      {
        path: '/var/log/a',
        writers: ['app'],
        readers: ['shipper'],
        lastWrite: { t: 1, container: 'app' },
        lastRead: { t: 2, container: 'shipper' },
      },
      {
        path: '/var/log/b',
        writers: ['app'],
        readers: [],
        lastWrite: { t: 3, container: 'app' },
        lastRead: null,
      },
    ]);
  });
});
