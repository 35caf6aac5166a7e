import { describe, expect, it } from 'vitest';
import type { ManifestObject, SourceRange } from '../../core/manifest/types';
import { podObject, seedPod, serviceObject } from '../test-fixtures/seed.fixture';
import { DRAWN_WHEN_CAPPED } from './containerCap';
import { nodeAtLine, sourceRangeOf } from './sourceRange';

const r = (line: number): SourceRange => ({
  startLine: line,
  startColumn: 3,
  endLine: line + 3,
  endColumn: 1,
});
const pod: ManifestObject = {
  ...seedPod,
  rangeOf: (path: string) =>
    ({ 'spec.containers[0]': r(9), 'spec.initContainers[0]': r(13), 'spec.initContainers[1]': r(16) })[path],
};

describe('sourceRangeOf', () => {
  it('finds init and app containers by name', () => {
    expect(sourceRangeOf([pod], 'container:init-mydb')).toEqual(r(16));
    expect(sourceRangeOf([pod], 'container:myapp-container')).toEqual(r(9));
  });

  it('finds the pod and services by their documents', () => {
    const svc = serviceObject('mydb', 1);
    expect(sourceRangeOf([pod, svc], 'pod')).toEqual(pod.range);
    expect(sourceRangeOf([pod, svc], 'service:mydb')).toEqual(svc.range);
  });

  it('returns null for unknown nodes', () => {
    expect(sourceRangeOf([pod], 'container:nope')).toBeNull();
    expect(sourceRangeOf([pod], 'volume:data')).toBeNull();
    expect(sourceRangeOf([], 'pod')).toBeNull();
  });
});

describe('nodeAtLine', () => {
  const svc = {
    ...serviceObject('mydb', 1),
    range: { startLine: 21, startColumn: 1, endLine: 30, endColumn: 1 },
  };
  const objects = [{ ...pod, range: { startLine: 1, startColumn: 1, endLine: 20, endColumn: 1 } }, svc];

  it('finds the container whose lines hold the cursor', () => {
    expect(nodeAtLine(objects, 17)).toBe('container:init-mydb');
    expect(nodeAtLine(objects, 9)).toBe('container:myapp-container');
  });

  it('falls back to the pod, finds services, and nothing outside documents', () => {
    expect(nodeAtLine(objects, 3)).toBe('pod');
    expect(nodeAtLine(objects, 25)).toBe('service:mydb');
    expect(nodeAtLine(objects, 40)).toBeNull();
  });

  it('treats a range ending at column 1 as ending on the line before', () => {
    // r(13) ends at line 16 column 1: line 16 belongs to the next container.
    expect(nodeAtLine(objects, 16)).toBe('container:init-mydb');
    expect(nodeAtLine(objects, 15)).toBe('container:init-myservice');
  });
});

describe('sourceRangeOf: the summary of containers not drawn', () => {
  const containers = Array.from({ length: 50 }, (_, i) => ({ name: `c${i}`, image: 'busybox:1.36' }));
  const wide: ManifestObject = {
    ...podObject({ containers }, 'wide'),
    rangeOf: (path: string) => {
      const m = /^spec\.containers\[(\d+)\]$/.exec(path);
      return m ? r(10 + 2 * Number(m[1])) : undefined;
    },
  };

  it('spans the lines of every container it stands for', () => {
    const first = r(10 + 2 * DRAWN_WHEN_CAPPED);
    const last = r(10 + 2 * 49);
    expect(sourceRangeOf([wide], 'more:app')).toEqual({
      ...first,
      endLine: last.endLine,
      endColumn: last.endColumn,
    });
    expect(sourceRangeOf([wide], 'more:init')).toBeNull();
  });
});
