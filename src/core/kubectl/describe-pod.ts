// `kubectl describe pod`, laid out as kubectl's PodDescriber writes it (tab-separated, then Go's
// tabwriter with padding 2 over the whole text).
import type { Container, Probe } from '../manifest/types';
import type { PodWorker } from '../kubelet/pod-worker';
import type { ContainerStatus, Millis, PodSnapshot, TerminatedState } from '../trace/types';
import { EPOCH_MS } from '../cluster/cluster';
import { civil } from '../shell/applets/clock';
import { SERVICE_ACCOUNT_PATH } from '../cluster/volumes';
import { describeEvents } from './describe-events';
import { goTabwriter } from './go-tabwriter';
import { formatAge } from './duration';
import { containerId, imageId } from './ids';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z of a virtual time: `Thu, 01 Jan 2026 10:00:01 +0000`. */
export function rfc1123z(t: Millis): string {
  const c = civil(EPOCH_MS + t);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[c.weekday]}, ${p2(c.day)} ${MONTHS[c.month - 1]} ${c.year} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)} +0000`;
}

const bool = (b: boolean) => (b ? 'True' : 'False');
const L = (level: number) => '  '.repeat(level);

function probeText(p: Probe): string {
  let handler = 'unknown';
  if (p.exec) handler = `exec [${(p.exec.command ?? []).join(' ')}]`;
  else if (p.httpGet)
    handler = `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? '/'}`;
  else if (p.tcpSocket) handler = `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port}`;
  else if (p.grpc) handler = `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''}`;
  return `${handler} delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
}

function state(label: string, s: ContainerStatus | TerminatedState, kind: 'current' | 'last'): string {
  const out: string[] = [];
  const term = kind === 'last' ? (s as TerminatedState) : null;
  const cs = kind === 'current' ? (s as ContainerStatus) : null;
  if (cs?.state === 'running') {
    out.push(`${L(2)}${label}:\tRunning`, `${L(3)}Started:\t${rfc1123z(cs.startedAt ?? 0)}`);
  } else if (cs?.state === 'waiting') {
    out.push(`${L(2)}${label}:\tWaiting`);
    if (cs.reason) out.push(`${L(3)}Reason:\t${cs.reason}`);
  } else {
    const t = term ?? {
      reason: cs!.reason ?? '',
      message: cs!.message,
      exitCode: cs!.exitCode ?? 0,
      startedAt: cs!.startedAt,
      finishedAt: cs!.finishedAt ?? 0,
    };
    out.push(`${L(2)}${label}:\tTerminated`);
    if (t.reason) out.push(`${L(3)}Reason:\t${t.reason}`);
    if (t.message) out.push(`${L(3)}Message:\t${t.message}`);
    out.push(`${L(3)}Exit Code:\t${t.exitCode}`);
    out.push(
      `${L(3)}Started:\t${t.startedAt !== null ? rfc1123z(t.startedAt) : 'Thu, 01 Jan 1970 00:00:00 +0000'}`,
    );
    out.push(`${L(3)}Finished:\t${rfc1123z(t.finishedAt)}`);
  }
  return out.join('\n');
}

function container(
  c: Container,
  s: ContainerStatus | undefined,
  pod: PodWorker,
  saVolume: string | null,
): string {
  const out: string[] = [`${L(1)}${c.name}:`];
  if (s)
    out.push(
      `${L(2)}Container ID:\t${s.state === 'waiting' && !s.lastState ? '' : containerId(pod.uid, c.name, s.state === 'waiting' ? s.restartCount - 1 : s.restartCount)}`,
    );
  out.push(`${L(2)}Image:\t${c.image ?? ''}`);
  if (s) out.push(`${L(2)}Image ID:\t${s.state === 'waiting' && !s.lastState ? '' : imageId(c.image ?? '')}`);
  const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`);
  const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`);
  out.push(ports.length > 1 ? `${L(2)}Ports:\t${ports.join(', ')}` : `${L(2)}Port:\t${ports[0] ?? '<none>'}`);
  out.push(
    hostPorts.length > 1
      ? `${L(2)}Host Ports:\t${hostPorts.join(', ')}`
      : `${L(2)}Host Port:\t${hostPorts[0] ?? '<none>'}`,
  );
  if (c.command?.length) {
    out.push(`${L(2)}Command:`);
    for (const part of c.command) for (const line of part.split('\n')) out.push(`${L(3)}${line}`);
  }
  if (c.args?.length) {
    out.push(`${L(2)}Args:`);
    for (const part of c.args) for (const line of part.split('\n')) out.push(`${L(3)}${line}`);
  }
  if (s) {
    out.push(state('State', s, 'current'));
    if (s.lastState) out.push(state('Last State', s.lastState, 'last'));
    out.push(`${L(2)}Ready:\t${bool(s.ready)}`, `${L(2)}Restart Count:\t${s.restartCount}`);
  }
  for (const [label, p] of [
    ['Liveness', c.livenessProbe],
    ['Readiness', c.readinessProbe],
    ['Startup', c.startupProbe],
  ] as const) {
    if (p) out.push(`${L(2)}${label}:\t${probeText(p)}`);
  }
  const env = c.env ?? [];
  if (env.length === 0) out.push(`${L(2)}Environment:\t<none>`);
  else {
    out.push(`${L(2)}Environment:`);
    for (const e of env) {
      if (e.value !== undefined) out.push(`${L(3)}${e.name}:\t${e.value}`);
      else if (e.valueFrom?.fieldRef) out.push(`${L(3)}${e.name}:\t (v1:${e.valueFrom.fieldRef.fieldPath})`);
      else if (e.valueFrom?.configMapKeyRef)
        out.push(
          `${L(3)}${e.name}:\t<set to the key '${e.valueFrom.configMapKeyRef.key}' of config map '${e.valueFrom.configMapKeyRef.name}'>\tOptional: ${e.valueFrom.configMapKeyRef.optional ?? false}`,
        );
      else if (e.valueFrom?.secretKeyRef)
        out.push(
          `${L(3)}${e.name}:\t<set to the key '${e.valueFrom.secretKeyRef.key}' in secret '${e.valueFrom.secretKeyRef.name}'>\tOptional: ${e.valueFrom.secretKeyRef.optional ?? false}`,
        );
      else out.push(`${L(3)}${e.name}:\t`);
    }
  }
  const mounts = [...(c.volumeMounts ?? [])].map(
    (m) =>
      `${L(3)}${m.mountPath}${m.subPath ? ` from ${m.name} (${m.readOnly ? 'ro' : 'rw'},path="${m.subPath}")` : ` from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`}`,
  );
  if (saVolume) mounts.push(`${L(3)}${SERVICE_ACCOUNT_PATH} from ${saVolume} (ro)`);
  mounts.sort();
  if (mounts.length === 0) out.push(`${L(2)}Mounts:\t<none>`);
  else out.push(`${L(2)}Mounts:`, ...mounts);
  return out.join('\n');
}

function volumes(pod: PodWorker, saVolume: string | null): string {
  const out: string[] = ['Volumes:'];
  for (const v of pod.pod.spec?.volumes ?? []) {
    out.push(`${L(1)}${v.name}:`);
    if (v.configMap)
      out.push(
        `${L(2)}Type:\tConfigMap (a volume populated by a ConfigMap)`,
        `${L(2)}Name:\t${v.configMap.name}`,
        `${L(2)}Optional:\t${v.configMap.optional ?? false}`,
      );
    else if (v.secret)
      out.push(
        `${L(2)}Type:\tSecret (a volume populated by a Secret)`,
        `${L(2)}SecretName:\t${v.secret.secretName}`,
        `${L(2)}Optional:\t${v.secret.optional ?? false}`,
      );
    else if (v.hostPath)
      out.push(
        `${L(2)}Type:\tHostPath (bare host directory volume)`,
        `${L(2)}Path:\t${v.hostPath.path}`,
        `${L(2)}HostPathType:\t${v.hostPath.type ?? ''}`,
      );
    else if (v.downwardAPI)
      out.push(
        `${L(2)}Type:\tDownwardAPI (a volume populated by information about the pod)`,
        `${L(2)}Items:`,
        ...(v.downwardAPI.items ?? []).map((i) => `${L(3)}${i.fieldRef?.fieldPath ?? ''} -> ${i.path}`),
      );
    else
      out.push(
        `${L(2)}Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)`,
        `${L(2)}Medium:\t${v.emptyDir?.medium ?? ''}`,
        `${L(2)}SizeLimit:\t${v.emptyDir?.sizeLimit ?? '<unset>'}`,
      );
  }
  if (saVolume) {
    out.push(
      `${L(1)}${saVolume}:`,
      `${L(2)}Type:\tProjected (a volume that contains injected data from multiple sources)`,
      `${L(2)}TokenExpirationSeconds:\t3607`,
      `${L(2)}ConfigMapName:\tkube-root-ca.crt`,
      `${L(2)}Optional:\tfalse`,
      `${L(2)}DownwardAPI:\ttrue`,
    );
  }
  if (out.length === 1) return 'Volumes:\t<none>';
  return out.join('\n');
}

export function describePod(pod: PodWorker, snap: PodSnapshot, now: Millis, saVolume: string | null): string {
  const m = pod.pod.metadata ?? {};
  const labels = Object.entries(m.labels ?? {}).map(([k, v]) => `${k}=${v}`);
  const annotations = Object.entries(m.annotations ?? {}).map(([k, v]) => `${k}: ${v}`);
  const statuses = new Map(
    [...snap.initContainerStatuses, ...snap.containerStatuses].map((s) => [s.name, s]),
  );
  const lines: string[] = [
    `Name:\t${pod.name}`,
    `Namespace:\t${pod.spec.namespace}`,
    `Priority:\t0`,
    `Service Account:\t${pod.pod.spec?.serviceAccountName ?? 'default'}`,
    `Node:\t${snap.nodeName ? `${snap.nodeName}/172.18.0.2` : '<none>'}`,
  ];
  if (snap.nodeName) lines.push(`Start Time:\t${rfc1123z(snap.createdAt)}`);
  lines.push(`Labels:\t${labels[0] ?? '<none>'}`, ...labels.slice(1).map((l) => `\t${l}`));
  lines.push(`Annotations:\t${annotations[0] ?? '<none>'}`, ...annotations.slice(1).map((a) => `\t${a}`));
  if (snap.deletionTimestamp !== null) {
    lines.push(`Status:\tTerminating (lasts ${formatAge(now - snap.deletionTimestamp)})`);
    lines.push(
      `Termination Grace Period:\t${Math.round((pod.deletionGraceMs ?? pod.spec.terminationGracePeriodMs) / 1000)}s`,
    );
  } else lines.push(`Status:\t${snap.phase}`);
  lines.push(`IP:\t${snap.podIP ?? ''}`, 'IPs:');
  if (snap.podIP) lines.push(`${L(1)}IP:\t${snap.podIP}`);
  else lines[lines.length - 1] = 'IPs:\t<none>';
  const initSpecs = pod.pod.spec?.initContainers ?? [];
  if (initSpecs.length > 0) {
    lines.push(
      'Init Containers:',
      ...initSpecs.map((c) => container(c, statuses.get(c.name), pod, saVolume)),
    );
  }
  lines.push(
    'Containers:',
    ...(pod.pod.spec?.containers ?? []).map((c) => container(c, statuses.get(c.name), pod, saVolume)),
  );
  if (snap.conditions.length > 0) {
    lines.push(
      'Conditions:',
      `${L(1)}Type\tStatus`,
      ...snap.conditions.map((c) => `${L(1)}${c.type} \t${c.status} `),
    );
  }
  lines.push(volumes(pod, saVolume));
  lines.push(
    `QoS Class:\tBestEffort`,
    `Node-Selectors:\t<none>`,
    `Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s`,
    `\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s`,
  );
  const events = pod.rec.trace.events.filter((e) => e.object === pod.objectRef && e.t <= now);
  if (events.length === 0) return goTabwriter(`${lines.join('\n')}\nEvents:\t<none>`, 2) + '\n';
  return goTabwriter(lines.join('\n'), 2) + '\n' + describeEvents(events, now);
}
