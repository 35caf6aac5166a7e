// kubectl describe pod|svc [NAME_PREFIX]: pods through describe-pod.ts, Services as kubectl's
// ServiceDescriber prints them (one tabwriter, padding 2).
import type { Cluster } from '../cluster/cluster';
import { KUBERNETES_SERVICE_IP } from '../cluster/cluster';
import { SERVICE_ACCOUNT_PATH } from '../cluster/volumes';
import type { PodWorker } from '../kubelet/pod-worker';
import type { ServiceRecord } from '../trace/types';
import { parseFlags } from './argv';
import { fail, objectLabels, resourceType, type CommandOutput, type KubectlContext } from './context';
import { describeEvents } from './describe-events';
import { describePod } from './describe-pod';
import { latestSnapshot } from './get';
import { goTabwriter } from './go-tabwriter';

/** The projected service account volume's name (kube-api-access-xxxxx), if the pod mounts one. */
function serviceAccountVolume(c: Cluster, pod: PodWorker): string | null {
  const first = pod.spec.all[0];
  if (!first) return null;
  const m = c.env.mountsFor(pod, first).find((x) => x.mountPath === SERVICE_ACCOUNT_PATH);
  return m ? m.volume.name : null;
}

export function describePodText(c: Cluster, pod: PodWorker): string | null {
  const snap = latestSnapshot(c, pod.name);
  if (!snap) return null;
  return describePod(pod, snap, c.now, serviceAccountVolume(c, pod));
}

const KUBERNETES_SERVICE: ServiceRecord = {
  name: 'kubernetes',
  namespace: 'default',
  type: 'ClusterIP',
  clusterIP: KUBERNETES_SERVICE_IP,
  ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }],
  selector: null,
  createdAt: 0,
  deletedAt: null,
};

const labelLines = (title: string, labels: Record<string, string>) => {
  const list = Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`);
  return [`${title}:\t${list[0] ?? '<none>'}`, ...list.slice(1).map((l) => `\t${l}`)];
};

/** Ready pods selected by the Service, as the EndpointSlice controller lists them. */
function endpoints(c: Cluster, s: ServiceRecord, targetPort: number | string): string {
  if (s.name === 'kubernetes' && s.namespace === 'default') return '172.18.0.2:6443';
  if (!s.selector) return '<none>';
  const sel = s.selector;
  const ips: string[] = [];
  for (const p of c.pods.values()) {
    if (p.removed || p.spec.namespace !== s.namespace) continue;
    const labels = p.pod.metadata?.labels ?? {};
    if (!Object.entries(sel).every(([k, v]) => labels[k] === v)) continue;
    const snap = latestSnapshot(c, p.name);
    const ready = snap?.conditions.some((x) => x.type === 'Ready' && x.status === 'True');
    if (snap?.podIP && ready && snap.deletionTimestamp === null) ips.push(`${snap.podIP}:${targetPort}`);
  }
  return ips.join(',');
}

export function describeService(c: Cluster, s: ServiceRecord): string {
  const labels =
    s.name === 'kubernetes' && s.namespace === 'default'
      ? { component: 'apiserver', provider: 'kubernetes' }
      : objectLabels(c, 'services', s.namespace, s.name);
  const selector = s.selector
    ? Object.keys(s.selector)
        .sort()
        .map((k) => `${k}=${s.selector![k]}`)
        .join(',')
    : '<none>';
  const lines = [
    `Name:\t${s.name}`,
    `Namespace:\t${s.namespace}`,
    ...labelLines('Labels', labels),
    'Annotations:\t<none>',
    `Selector:\t${selector}`,
    `Type:\t${s.type}`,
  ];
  if (s.type !== 'ExternalName') lines.push('IP Family Policy:\tSingleStack', 'IP Families:\tIPv4');
  lines.push(`IP:\t${s.clusterIP}`);
  if (s.clusterIP) lines.push(`IPs:\t${s.clusterIP}`);
  for (const p of s.ports) {
    const name = p.name || '<unset>';
    lines.push(`Port:\t${name}\t${p.port}/${p.protocol}`, `TargetPort:\t${p.targetPort}/${p.protocol}`);
    if (p.nodePort) lines.push(`NodePort:\t${name}\t${p.nodePort}/${p.protocol}`);
    lines.push(`Endpoints:\t${endpoints(c, s, p.targetPort)}`);
  }
  if (s.ports.length === 0) lines.push(`Endpoints:\t${endpoints(c, s, 0)}`);
  lines.push('Session Affinity:\tNone');
  if (s.type === 'NodePort' || s.type === 'LoadBalancer') lines.push('External Traffic Policy:\tCluster');
  if (s.type !== 'ExternalName') lines.push('Internal Traffic Policy:\tCluster');
  const events = c.rec.trace.events.filter((e) => e.object === `service/${s.name}` && e.t <= c.now);
  if (events.length === 0) return goTabwriter(`${lines.join('\n')}\nEvents:\t<none>`, 2) + '\n';
  return goTabwriter(lines.join('\n'), 2) + '\n' + describeEvents(events, c.now);
}

export function describeCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, new Set(['show-events', 'A', 'all-namespaces']), {
    n: 'namespace',
    l: 'selector',
  });
  let [typeWord, ...names] = p.args;
  if (!typeWord)
    return fail(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl describe -h\' for help and examples\n',
    );
  if (typeWord.includes('/'))
    [typeWord, ...names] = [typeWord.split('/')[0], typeWord.split('/')[1], ...names];
  const ns = p.flags.get('namespace')?.at(-1) ?? 'default';
  const type = resourceType(typeWord);
  if (type !== 'pods' && type !== 'services')
    return fail(`error: the server doesn't have a resource type "${typeWord}"\n`);
  const c = ctx.cluster;
  const objects: { name: string; text: () => string | null }[] =
    type === 'pods'
      ? [...c.pods.values()]
          .filter((pod) => !pod.removed && pod.spec.namespace === ns)
          .map((pod) => ({ name: pod.name, text: () => describePodText(c, pod) }))
      : [...(ns === 'default' ? [KUBERNETES_SERVICE] : []), ...c.services.values()]
          .filter((s) => s.namespace === ns)
          .map((s) => ({ name: s.name, text: () => describeService(c, s) }));
  objects.sort((a, b) => a.name.localeCompare(b.name));
  const texts: string[] = [];
  let stderr = '';
  if (names.length === 0) {
    for (const o of objects) texts.push(o.text() ?? '');
    if (texts.length === 0) return fail(`No resources found in ${ns} namespace.\n`, 0);
  }
  for (const n of names) {
    // An exact name first; otherwise every object whose name starts with it (NAME_PREFIX).
    const exact = objects.filter((o) => o.name === n);
    const matched = exact.length ? exact : objects.filter((o) => o.name.startsWith(n));
    if (matched.length === 0) stderr += `Error from server (NotFound): ${type} "${n}" not found\n`;
    for (const o of matched) texts.push(o.text() ?? '');
  }
  return { stdout: texts.join('\n\n'), stderr, exitCode: stderr ? 1 : 0 };
}
