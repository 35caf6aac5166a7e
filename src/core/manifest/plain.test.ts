import { describe, expect, it } from 'vitest';
import { parseManifests } from './parse';
import { fromPlainParse, toPlainParse } from './plain';

const TEXT = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
  - name: init
    image: busybox:1.36
  containers:
  - name: app
    image: busybox:1.36
  - name: side
    image: busybox:1.36
  volumes:
  - name: data
    emptyDir: {}
`;

describe('plain parse results (worker → page)', () => {
  it('survive structured clone and answer rangeOf for every container and volume', () => {
    const parse = parseManifests(TEXT);
    const back = fromPlainParse(structuredClone(toPlainParse(parse)));
    const [original, copy] = [parse.objects[0]!, back.objects[0]!];
    for (const path of [
      'spec.initContainers[0]',
      'spec.containers[0]',
      'spec.containers[1]',
      'spec.volumes[0]',
    ]) {
      expect(copy.rangeOf(path)).toEqual(original.rangeOf(path));
      expect(copy.rangeOf(path)).toBeDefined();
    }
    expect(copy.rangeOf('spec.containers[2]')).toBeUndefined();
    expect({ ...copy, rangeOf: null }).toEqual({ ...original, rangeOf: null });
    expect(back.diagnostics).toEqual(parse.diagnostics);
  });
});
