import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseManifests } from './parse';
import { podWarnings } from './validate';
import type { Pod } from './types';

const errors = (obj: unknown) =>
  parseManifests(stringify(obj))
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.message);

describe('services', () => {
  const svc = (spec: Record<string, unknown>) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec,
  });

  it('a plain ClusterIP service is valid and defaulted', () => {
    const r = parseManifests(
      stringify(svc({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] })),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.objects[0].object).toMatchObject({
      spec: { type: 'ClusterIP', ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }] },
    });
  });
  it('duplicate port/protocol pairs print the Go struct', () => {
    expect(
      errors(
        svc({
          ports: [
            { name: 'a', port: 80 },
            { name: 'b', port: 80 },
          ],
        }),
      ),
    ).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });
  it('nodePort is forbidden on ClusterIP', () => {
    expect(errors(svc({ ports: [{ port: 80, nodePort: 30080 }] }))).toEqual([
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ]);
  });
  it('targetPort names must be IANA service names', () => {
    expect(errors(svc({ ports: [{ port: 80, targetPort: 'web_port' }] }))).toEqual([
      'spec.ports[0].targetPort: Invalid value: "web_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });
  it('ExternalName needs externalName, not ports', () => {
    expect(errors(svc({ type: 'ExternalName' }))).toEqual(['spec.externalName: Required value']);
  });
});

describe('configmaps and secrets', () => {
  it('a key in both data and binaryData', () => {
    expect(
      errors({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c' },
        data: { a: 'x' },
        binaryData: { a: 'eA==' },
      }),
    ).toEqual([
      'data[a]: Invalid value: "a": duplicate of key present in binaryData',
      'binaryData[a]: Invalid value: "a": duplicate of key present in data',
    ]);
  });
  it('tls secrets need tls.crt and tls.key', () => {
    expect(
      errors({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        type: 'kubernetes.io/tls',
        data: { 'tls.crt': 'eA==' },
      }),
    ).toEqual(['data[tls.key]: Required value']);
  });
  it('stringData keys are validated as data keys', () => {
    expect(
      errors({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        stringData: { 'bad key': 'x' },
      })[0],
    ).toMatch(/^data\[bad key\]: Invalid value: "bad key": a valid config key/);
  });
});

describe('pod warnings (pkg/api/pod/warnings.go)', () => {
  const pod = (spec: unknown) => ({ spec }) as unknown as Pod;
  it('init containers are visited first', () => {
    const w = podWarnings(
      pod({
        initContainers: [{ name: 'i', ports: [{ containerPort: 80, protocol: 'TCP' }] }],
        containers: [{ name: 'a', ports: [{ containerPort: 80, protocol: 'TCP' }] }],
      }),
    );
    expect(w.map((e) => `${e.path}: ${e.detail}`)).toEqual([
      'spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]',
    ]);
  });
  it('overlapping when only one side has a hostPort; nothing for other protocols', () => {
    const w = podWarnings(
      pod({
        containers: [
          { name: 'a', ports: [{ containerPort: 80, protocol: 'TCP' }] },
          {
            name: 'b',
            ports: [
              { containerPort: 80, protocol: 'TCP', hostPort: 8080 },
              { containerPort: 80, protocol: 'UDP' },
            ],
          },
        ],
      }),
    );
    expect(w.map((e) => e.detail)).toEqual(['overlapping port definition with spec.containers[0].ports[0]']);
  });
});
