import { describe, expect, it } from 'vitest';
import {
  applyPodDefaults,
  applySecretDefaults,
  applyServiceDefaults,
  base64Encode,
  defaultPullPolicy,
  imageTag,
} from './defaults';
import type { Pod } from './types';

const pod = (spec: Record<string, unknown>): Pod =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec }) as unknown as Pod;

describe('applyPodDefaults (spec section 1)', () => {
  const out = applyPodDefaults(
    pod({
      containers: [
        {
          name: 'app',
          image: 'busybox',
          ports: [{ containerPort: 80 }],
          livenessProbe: { httpGet: { port: 80 } },
          readinessProbe: { exec: { command: ['true'] }, periodSeconds: 5 },
          env: [{ name: 'N', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
        },
      ],
      initContainers: [{ name: 'init', image: 'busybox:1.36' }],
      volumes: [{ name: 'scratch' }, { name: 'cfg', configMap: { name: 'c' } }],
    }),
  );
  const spec = out.spec!;
  const app = spec.containers[0];

  it('pod-level fields', () => {
    expect(spec.restartPolicy).toBe('Always');
    expect(spec.terminationGracePeriodSeconds).toBe(30);
    expect(spec.schedulerName).toBe('default-scheduler');
    expect(spec.dnsPolicy).toBe('ClusterFirst');
    expect(out.metadata?.namespace).toBe('default');
  });
  it('container fields', () => {
    expect(app.imagePullPolicy).toBe('Always');
    expect(spec.initContainers![0].imagePullPolicy).toBe('IfNotPresent');
    expect(app.terminationMessagePath).toBe('/dev/termination-log');
    expect(app.terminationMessagePolicy).toBe('File');
    expect(app.ports![0].protocol).toBe('TCP');
    expect(app.env![0].valueFrom!.fieldRef!.apiVersion).toBe('v1');
  });
  it('probes', () => {
    expect(app.livenessProbe).toMatchObject({
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
      httpGet: { path: '/', scheme: 'HTTP', port: 80 },
    });
    expect(app.livenessProbe!.initialDelaySeconds).toBeUndefined();
    expect(app.readinessProbe!.periodSeconds).toBe(5);
  });
  it('volumes', () => {
    expect(spec.volumes![0]).toEqual({ name: 'scratch', emptyDir: {} });
    expect(spec.volumes![1].configMap!.defaultMode).toBe(420);
  });
  it('keeps explicit values and does not mutate its input', () => {
    const input = pod({
      restartPolicy: 'Never',
      terminationGracePeriodSeconds: 0,
      containers: [{ name: 'a', image: 'x', imagePullPolicy: 'Never' }],
    });
    const copy = JSON.parse(JSON.stringify(input));
    const res = applyPodDefaults(input);
    expect(input).toEqual(copy);
    expect(res.spec!.restartPolicy).toBe('Never');
    expect(res.spec!.terminationGracePeriodSeconds).toBe(0);
    expect(res.spec!.containers[0].imagePullPolicy).toBe('Never');
  });
  it('v1.34 drops container restartPolicy except Always on init containers', () => {
    const res = applyPodDefaults(
      pod({
        initContainers: [
          { name: 's', image: 'x', restartPolicy: 'Always' },
          { name: 'i', image: 'x', restartPolicy: 'OnFailure' },
        ],
        containers: [{ name: 'a', image: 'x', restartPolicy: 'Always' }],
      }),
    );
    expect(res.spec!.initContainers![0].restartPolicy).toBe('Always');
    expect(res.spec!.initContainers![1].restartPolicy).toBeUndefined();
    expect(res.spec!.containers[0].restartPolicy).toBeUndefined();
  });
});

describe('image tags and pull policy', () => {
  it.each([
    ['busybox', 'latest', 'Always'],
    ['busybox:latest', 'latest', 'Always'],
    ['busybox:1.36', '1.36', 'IfNotPresent'],
    ['localhost:5000/busybox', 'latest', 'Always'],
    ['localhost:5000/busybox:1.0', '1.0', 'IfNotPresent'],
    ['busybox@sha256:abc', '', 'IfNotPresent'],
    ['busybox:1.36@sha256:abc', '1.36', 'IfNotPresent'],
  ])('%s', (image, tag, policy) => {
    expect(imageTag(image)).toBe(tag);
    expect(defaultPullPolicy(image)).toBe(policy);
  });
});

describe('service and secret defaults', () => {
  it('service: type, affinity, protocol, targetPort', () => {
    const svc = applyServiceDefaults({
      metadata: { name: 's' },
      spec: { ports: [{ port: 80 }, { port: 81, targetPort: 'http' }] },
    });
    expect(svc.spec).toMatchObject({ type: 'ClusterIP', sessionAffinity: 'None' });
    expect(svc.spec!.ports![0]).toEqual({ port: 80, protocol: 'TCP', targetPort: 80 });
    expect(svc.spec!.ports![1].targetPort).toBe('http');
  });
  it('secret: Opaque, stringData merged into data', () => {
    const s = applySecretDefaults({ metadata: { name: 's' }, stringData: { user: 'admin', pw: 'héllo' } });
    expect(s.type).toBe('Opaque');
    expect(s.data).toEqual({ user: 'YWRtaW4=', pw: 'aMOpbGxv' });
    expect(s.stringData).toBeUndefined();
  });
  it('base64Encode pads like Go', () => {
    expect(['', 'a', 'ab', 'abc'].map(base64Encode)).toEqual(['', 'YQ==', 'YWI=', 'YWJj']);
  });
});
