// `kubectl get -o yaml|json`: the objects as the API server returns them (defaults, the service
// account volume, status from the trace), keys sorted as kubectl's printers sort them.
import { stringify } from 'yaml';
import type { Cluster } from '../cluster/cluster';
import { EPOCH_MS } from '../cluster/cluster';
import { SERVICE_ACCOUNT_PATH } from '../cluster/volumes';
import type { PodWorker } from '../kubelet/pod-worker';
import { civil } from '../shell/applets/clock';
import { containerId, imageId, imageRepository } from './ids';
import type { ContainerStatus, Millis, PodSnapshot, ServiceRecord } from '../trace/types';

type Json = Record<string, unknown>;
const HOST_IP = '172.18.0.2';

/** RFC 3339 in UTC, seconds precision, as metav1.Time marshals. */
export function isoTime(t: Millis): string {
  const c = civil(EPOCH_MS + t);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${p2(c.month)}-${p2(c.day)}T${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}Z`;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v as Json)
        .sort()
        .map((k) => [k, sortKeys((v as Json)[k])]),
    );
  return v;
}

function containerStatus(pod: PodWorker, s: ContainerStatus): Json {
  const started = s.state !== 'waiting' || s.lastState !== null;
  // The current run's container, or the last one's while waiting to restart.
  const run = s.state === 'waiting' ? s.restartCount - 1 : s.restartCount;
  const term = (
    x: {
      exitCode: number | null;
      reason: string | null;
      startedAt: Millis | null;
      finishedAt: Millis | null;
    },
    run: number,
  ) => ({
    containerID: containerId(pod.uid, s.name, run),
    exitCode: x.exitCode ?? 0,
    finishedAt: isoTime(x.finishedAt ?? 0),
    reason: x.reason ?? undefined,
    startedAt: isoTime(x.startedAt ?? 0),
  });
  const state =
    s.state === 'running'
      ? { running: { startedAt: isoTime(s.startedAt ?? 0) } }
      : s.state === 'waiting'
        ? { waiting: { reason: s.reason ?? undefined, message: s.message ?? undefined } }
        : { terminated: term(s, run) };
  return {
    containerID: started ? containerId(pod.uid, s.name, run) : undefined,
    image: `${imageRepository(s.image)}:${s.image.split(':')[1] ?? 'latest'}`,
    imageID: started ? imageId(s.image) : '',
    lastState: s.lastState ? { terminated: term(s.lastState, s.restartCount - 1) } : {},
    name: s.name,
    ready: s.ready,
    restartCount: s.restartCount,
    started: s.state === 'running' ? s.started : false,
    state,
  };
}

export function podObject(c: Cluster, pod: PodWorker, snap: PodSnapshot): Json {
  const obj = JSON.parse(JSON.stringify(pod.pod)) as Json & { metadata: Json; spec: Json };
  const first = pod.spec.all[0];
  const sa = first
    ? c.env.mountsFor(pod, first).find((m) => m.mountPath === SERVICE_ACCOUNT_PATH)
    : undefined;
  const spec = obj.spec as Json & { containers?: Json[]; initContainers?: Json[]; volumes?: Json[] };
  if (sa) {
    for (const ctr of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      ctr.volumeMounts = [
        ...((ctr.volumeMounts as Json[] | undefined) ?? []),
        { mountPath: SERVICE_ACCOUNT_PATH, name: sa.volume.name, readOnly: true },
      ];
    }
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: sa.volume.name,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            {
              downwardAPI: {
                items: [
                  { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' },
                ],
              },
            },
          ],
        },
      },
    ];
  }
  Object.assign(spec, {
    nodeName: snap.nodeName ?? undefined,
    preemptionPolicy: 'PreemptLowerPriority',
    priority: 0,
    serviceAccount: spec.serviceAccountName ?? 'default',
    serviceAccountName: spec.serviceAccountName ?? 'default',
    tolerations: spec.tolerations ?? [
      {
        effect: 'NoExecute',
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        tolerationSeconds: 300,
      },
      {
        effect: 'NoExecute',
        key: 'node.kubernetes.io/unreachable',
        operator: 'Exists',
        tolerationSeconds: 300,
      },
    ],
  });
  Object.assign(obj.metadata, {
    creationTimestamp: isoTime(snap.createdAt),
    deletionGracePeriodSeconds:
      snap.deletionTimestamp !== null ? Math.round((pod.deletionGraceMs ?? 0) / 1000) : undefined,
    deletionTimestamp: snap.deletionTimestamp !== null ? isoTime(snap.deletionTimestamp) : undefined,
    resourceVersion: String(1000 + c.rec.trace.snapshots.indexOf(snap)),
    uid: pod.uid,
  });
  const init = snap.initContainerStatuses.map((s) => containerStatus(pod, s));
  obj.status = {
    conditions: snap.conditions.map((x) => ({
      lastProbeTime: null,
      lastTransitionTime: isoTime(x.lastTransitionTime),
      message: x.message ?? undefined,
      reason: x.reason ?? undefined,
      status: x.status,
      type: x.type,
    })),
    containerStatuses: snap.containerStatuses.map((s) => containerStatus(pod, s)),
    hostIP: snap.nodeName ? HOST_IP : undefined,
    hostIPs: snap.nodeName ? [{ ip: HOST_IP }] : undefined,
    initContainerStatuses: init.length ? init : undefined,
    phase: snap.phase,
    podIP: snap.podIP ?? undefined,
    podIPs: snap.podIP ? [{ ip: snap.podIP }] : undefined,
    qosClass: 'BestEffort',
    startTime: snap.nodeName ? isoTime(snap.createdAt) : undefined,
  };
  return JSON.parse(JSON.stringify(obj)) as Json; // drops the undefined fields
}

export function serviceObject(s: ServiceRecord, labels: Record<string, string>): Json {
  const obj = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      creationTimestamp: isoTime(s.createdAt),
      labels: Object.keys(labels).length ? labels : undefined,
      name: s.name,
      namespace: s.namespace,
      resourceVersion: '500',
    },
    spec: {
      clusterIP: s.clusterIP || undefined,
      clusterIPs: s.clusterIP ? [s.clusterIP] : undefined,
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: s.ports.map((p) => ({ ...p })),
      selector: s.selector ?? undefined,
      sessionAffinity: 'None',
      type: s.type,
    },
    status: { loadBalancer: {} },
  };
  return JSON.parse(JSON.stringify(obj)) as Json;
}

/** One object as itself, several as a v1 List, in kubectl's YAML (go-yaml) or JSON (4 spaces). */
export function printObjects(objects: Json[], format: 'yaml' | 'json', single: boolean): string {
  const value = sortKeys(
    single && objects.length === 1
      ? objects[0]
      : { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } },
  );
  if (format === 'json') return JSON.stringify(value, null, 4) + '\n';
  return goYamlQuotes(
    stringify(value, { version: '1.1', indentSeq: false, lineWidth: 0, nullStr: 'null', singleQuote: true }),
  );
}

/**
 * go-yaml (behind kubectl's printer) single-quotes strings with special characters but double-quotes
 * strings that would otherwise read as another type: "True", "1003", timestamps.
 */
function goYamlQuotes(text: string): string {
  const typed =
    /^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*)?\.?\d+([eE][-+]?\d+)?|\d{4}-\d\d-\d\d(T[\d:.]+Z?)?)$/i;
  return text.replace(
    /^(\s*(?:- )*(?:[^\s'"][^:]*: |- ))'([^'\n]*)'$/gm,
    (whole, head: string, body: string) => (typed.test(body) ? `${head}"${body}"` : whole),
  );
}
