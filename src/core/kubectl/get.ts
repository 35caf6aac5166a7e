// kubectl get pods|svc|cm|secrets|events [NAME] [-o wide|name] [--show-labels]
import type { PodSnapshot, ServiceRecord } from '../trace/types';
import type { Cluster } from '../cluster/cluster';
import { KUBERNETES_SERVICE_IP } from '../cluster/cluster';
import { parseFlags } from './argv';
import { fail, resourceType, singular, type CommandOutput, type KubectlContext } from './context';
import { aggregateEvents } from './describe-events';
import { formatAge } from './duration';
import { podRow } from './print-pod';
import { tabulate } from './tabwriter';
import { podObject, printObjects, serviceObject } from './get-object';
import { objectLabels } from './context';

/** The cluster (and its `kubernetes` Service) is older than the simulation: 5 days at t=0. */
const CLUSTER_AGE_MS = 5 * 24 * 3_600_000;

export function latestSnapshot(cluster: Cluster, name: string): PodSnapshot | null {
  const snaps = cluster.rec.trace.snapshots;
  for (let i = snaps.length - 1; i >= 0; i--) if (snaps[i].name === name) return snaps[i];
  return null;
}

const labelsText = (labels: Record<string, string> | undefined) =>
  labels && Object.keys(labels).length
    ? Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')
    : '<none>';

export function getCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, new Set(['show-labels', 'w', 'watch', 'A', 'all-namespaces', 'no-headers']), {
    n: 'namespace',
    o: 'output',
    l: 'selector',
  });
  const [typeWord, ...names] = p.args;
  if (!typeWord)
    return fail(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    );
  const ns = p.flags.get('namespace')?.at(-1) ?? 'default';
  const output = p.flags.get('output')?.at(-1) ?? '';
  const c = ctx.cluster;
  const now = c.now;
  if (output === 'yaml' || output === 'json') return getObjects(typeWord, names, ns, output, c);
  let stdout = '';
  let stderr = '';
  for (const word of typeWord.split(',')) {
    const [w, inlineName] = word.split('/');
    const type = w === 'all' ? 'all' : resourceType(w);
    if (!type) {
      stderr += `error: the server doesn't have a resource type "${w}"\n`;
      continue;
    }
    const wanted = inlineName ? [inlineName] : names;
    const multi = typeWord.includes(',') || type === 'all';
    for (const t of type === 'all' ? (['pods', 'services'] as const) : [type]) {
      const out = getType(t, wanted, ns, output, p.flags.has('show-labels'), c, now, multi);
      if (out.stdout && stdout) stdout += '\n';
      stdout += out.stdout;
      stderr += out.stderr;
    }
  }
  if (!stdout && !stderr) stderr = `No resources found in ${ns} namespace.\n`;
  return { stdout, stderr, exitCode: stderr && !stderr.startsWith('No resources') ? 1 : 0 };
}

function getType(
  type: 'pods' | 'services' | 'configmaps' | 'secrets' | 'events',
  names: string[],
  ns: string,
  output: string,
  showLabels: boolean,
  c: Cluster,
  now: number,
  prefixed: boolean,
): { stdout: string; stderr: string } {
  const notFound = (n: string) => `Error from server (NotFound): ${type} "${n}" not found\n`;
  const prefix = prefixed ? `${type === 'services' ? 'service' : singular[type]}/` : '';
  let stderr = '';
  if (type === 'pods') {
    const pods = [...c.pods.values()].filter((p) => !p.removed && p.spec.namespace === ns);
    const chosen = names.length
      ? names.map((n) => pods.find((p) => p.name === n) ?? n)
      : pods.sort((a, b) => a.name.localeCompare(b.name));
    const rows: string[][] = [];
    for (const p of chosen) {
      if (typeof p === 'string') {
        stderr += notFound(p);
        continue;
      }
      const snap = latestSnapshot(c, p.name);
      if (!snap) continue;
      const r = podRow(snap, now);
      if (output === 'name') {
        rows.push([`pod/${r.name}`]);
        continue;
      }
      const row = [prefix + r.name, r.ready, r.status, r.restarts, r.age];
      if (output === 'wide') row.push(snap.podIP ?? '<none>', snap.nodeName ?? '<none>', '<none>', '<none>');
      if (showLabels) row.push(labelsText(p.pod.metadata?.labels));
      rows.push(row);
    }
    if (rows.length === 0) return { stdout: '', stderr };
    if (output === 'name') return { stdout: rows.map((r) => r[0]).join('\n') + '\n', stderr };
    const header = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
    if (output === 'wide') header.push('IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES');
    if (showLabels) header.push('LABELS');
    return { stdout: tabulate([header, ...rows], 3) + '\n', stderr };
  }
  if (type === 'services') {
    const all = [
      {
        name: 'kubernetes',
        namespace: 'default',
        type: 'ClusterIP',
        clusterIP: KUBERNETES_SERVICE_IP,
        ports: [{ port: 443, protocol: 'TCP', nodePort: undefined as number | undefined }],
        createdAt: -CLUSTER_AGE_MS,
        selector: null as Record<string, string> | null,
      },
      ...c.services.values(),
    ].filter((s) => s.namespace === ns);
    const chosen = names.length
      ? names.map((n) => all.find((s) => s.name === n) ?? n)
      : all.sort((a, b) => a.name.localeCompare(b.name));
    const rows: string[][] = [];
    for (const s of chosen) {
      if (typeof s === 'string') {
        stderr += notFound(s);
        continue;
      }
      const ports =
        s.ports.map((pp) => `${pp.port}${pp.nodePort ? `:${pp.nodePort}` : ''}/${pp.protocol}`).join(',') ||
        '<none>';
      const row = [
        prefix + s.name,
        s.type,
        s.clusterIP || '<none>',
        '<none>',
        ports,
        formatAge(now - s.createdAt),
      ];
      if (output === 'wide') row.push(s.selector ? labelsText(s.selector) : '<none>');
      rows.push(row);
    }
    if (rows.length === 0) return { stdout: '', stderr };
    const header = ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'];
    if (output === 'wide') header.push('SELECTOR');
    return { stdout: tabulate([header, ...rows], 3) + '\n', stderr };
  }
  if (type === 'configmaps' || type === 'secrets') {
    const map = type === 'configmaps' ? c.configMaps : c.secrets;
    const rows: string[][] = [];
    for (const [key, obj] of [...map.entries()].sort()) {
      const [objNs, name] = key.split('/');
      if (objNs !== ns || (names.length && !names.includes(name))) continue;
      const count =
        Object.keys(obj.data ?? {}).length +
        Object.keys((obj as { stringData?: object }).stringData ?? {}).length;
      rows.push(
        type === 'secrets'
          ? [prefix + name, (obj as { type?: string }).type ?? 'Opaque', String(count), '0s']
          : [prefix + name, String(count), '0s'],
      );
    }
    for (const n of names) if (!map.has(`${ns}/${n}`)) stderr += notFound(n);
    if (rows.length === 0) return { stdout: '', stderr };
    const header = type === 'secrets' ? ['NAME', 'TYPE', 'DATA', 'AGE'] : ['NAME', 'DATA', 'AGE'];
    return { stdout: tabulate([header, ...rows], 3) + '\n', stderr };
  }
  const events = aggregateEvents(c.rec.trace.events, now);
  if (events.length === 0) return { stdout: '', stderr };
  const rows = events.map((e) => [formatAge(now - e.lastTimestamp), e.type, e.reason, e.object, e.message]);
  return {
    stdout: tabulate([['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'], ...rows], 3) + '\n',
    stderr,
  };
}

const KUBERNETES_SERVICE_RECORD: ServiceRecord = {
  name: 'kubernetes',
  namespace: 'default',
  type: 'ClusterIP',
  clusterIP: KUBERNETES_SERVICE_IP,
  ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }],
  selector: null,
  createdAt: -CLUSTER_AGE_MS,
  deletedAt: null,
};

/** -o yaml|json: the objects themselves; a named one alone, otherwise a List. */
function getObjects(
  typeWord: string,
  names: string[],
  ns: string,
  format: 'yaml' | 'json',
  c: Cluster,
): CommandOutput {
  const objects: Record<string, unknown>[] = [];
  let stderr = '';
  let named = 0;
  for (const word of typeWord.split(',')) {
    const [w, inlineName] = word.split('/');
    const type = resourceType(w);
    const wanted = inlineName ? [inlineName] : names;
    named += wanted.length;
    if (type === 'pods') {
      const pods = [...c.pods.values()].filter((p) => !p.removed && p.spec.namespace === ns);
      for (const p of wanted.length ? wanted : pods.map((x) => x.name).sort()) {
        const pod = pods.find((x) => x.name === p);
        const snap = pod && latestSnapshot(c, p);
        if (pod && snap) objects.push(podObject(c, pod, snap));
        else stderr += `Error from server (NotFound): pods "${p}" not found\n`;
      }
    } else if (type === 'services') {
      const all = [KUBERNETES_SERVICE_RECORD, ...c.services.values()].filter((s) => s.namespace === ns);
      for (const n of wanted.length ? wanted : all.map((x) => x.name).sort()) {
        const svc = all.find((x) => x.name === n);
        if (svc)
          objects.push(
            serviceObject(
              svc,
              svc === KUBERNETES_SERVICE_RECORD
                ? { component: 'apiserver', provider: 'kubernetes' }
                : objectLabels(c, 'services', ns, n),
            ),
          );
        else stderr += `Error from server (NotFound): services "${n}" not found\n`;
      }
    } else if (type === 'configmaps' || type === 'secrets') {
      const map = type === 'configmaps' ? c.configMaps : c.secrets;
      for (const [key, obj] of [...map.entries()].sort()) {
        const [objNs, name] = key.split('/');
        if (objNs === ns && (wanted.length === 0 || wanted.includes(name))) objects.push({ ...obj });
      }
      for (const n of wanted)
        if (!map.has(`${ns}/${n}`)) stderr += `Error from server (NotFound): ${type} "${n}" not found\n`;
    } else stderr += `error: the server doesn't have a resource type "${w}"\n`;
  }
  const single = named === 1 && !typeWord.includes(',');
  if (objects.length === 0 && single) return { stdout: '', stderr, exitCode: 1 };
  return { stdout: printObjects(objects, format, single), stderr, exitCode: stderr ? 1 : 0 };
}
