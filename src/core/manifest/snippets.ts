// Ready-made pieces of a Pod (containers, patterns, probes) and a Service, and the pure text edit that
// puts one at the right place of a manifest: containers into spec.containers, init containers and
// native sidecars into spec.initContainers, volumes into spec.volumes, a Service as a new document.
import { LineCounter, isMap, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';

export type SnippetId =
  | 'container'
  | 'init-container'
  | 'native-sidecar'
  | 'shared-emptydir'
  | 'sidecar'
  | 'adapter'
  | 'ambassador'
  | 'probes'
  | 'service';

type ListField = 'containers' | 'initContainers' | 'volumes';

export interface Snippet {
  id: SnippetId;
  /** Block-sequence items at indentation 0, per list of the pod spec. */
  parts: Partial<Record<ListField, string>>;
  /** A whole document appended to the stream (after `---`). */
  document?: string;
}

const IMAGE = 'busybox:1.36';

export const SNIPPETS: readonly Snippet[] = [
  {
    id: 'container',
    parts: {
      containers: `- name: app
  image: ${IMAGE}
  command: ['sh', '-c', 'echo Hello from the app; sleep 3600']
`,
    },
  },
  {
    id: 'init-container',
    parts: {
      initContainers: `- name: init-setup
  image: ${IMAGE}
  command: ['sh', '-c', 'echo preparing; sleep 2']
`,
    },
  },
  {
    // restartPolicy: Always on an init container makes it a sidecar that starts before the app
    // containers and runs beside them (Kubernetes v1.29+, on by default).
    id: 'native-sidecar',
    parts: {
      initContainers: `- name: log-agent
  image: ${IMAGE}
  restartPolicy: Always
  command: ['sh', '-c', 'while true; do echo agent alive; sleep 10; done']
`,
    },
  },
  {
    id: 'shared-emptydir',
    parts: {
      containers: `- name: writer
  image: ${IMAGE}
  command: ['sh', '-c', 'while true; do date >> /shared/out.txt; sleep 5; done']
  volumeMounts:
  - name: shared-data
    mountPath: /shared
- name: reader
  image: ${IMAGE}
  command: ['sh', '-c', 'touch /shared/out.txt; tail -n+1 -f /shared/out.txt']
  volumeMounts:
  - name: shared-data
    mountPath: /shared
`,
      volumes: `- name: shared-data
  emptyDir: {}
`,
    },
  },
  {
    id: 'sidecar',
    parts: {
      containers: `- name: log-writer
  image: ${IMAGE}
  command: ['sh', '-c', 'i=0; while true; do echo "$i: $(date)" >> /var/log/app/app.log; i=$((i+1)); sleep 1; done']
  volumeMounts:
  - name: app-logs
    mountPath: /var/log/app
- name: log-shipper
  image: ${IMAGE}
  command: ['sh', '-c', 'tail -n+1 -F /var/log/app/app.log']
  volumeMounts:
  - name: app-logs
    mountPath: /var/log/app
`,
      volumes: `- name: app-logs
  emptyDir: {}
`,
    },
  },
  {
    id: 'adapter',
    parts: {
      containers: `- name: metrics-app
  image: ${IMAGE}
  command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "$(date +%s) $i" > /data/raw.txt; sleep 5; done']
  volumeMounts:
  - name: metrics-data
    mountPath: /data
- name: metrics-adapter
  image: ${IMAGE}
  command:
  - sh
  - -c
  - |
    mkdir -p /www
    (while true; do
       if [ -f /data/raw.txt ]; then
         awk '{print "app_requests_total " $2}' /data/raw.txt > /www/metrics.tmp && mv /www/metrics.tmp /www/metrics
       fi
       sleep 5
     done) &
    exec httpd -f -p 9100 -h /www
  ports:
  - containerPort: 9100
    name: metrics
  volumeMounts:
  - name: metrics-data
    mountPath: /data
    readOnly: true
`,
      volumes: `- name: metrics-data
  emptyDir: {}
`,
    },
  },
  {
    // In a cluster the ambassador would point at a Service or an external host; here a local
    // backend container stands in for it, since PodLab simulates one pod.
    id: 'ambassador',
    parts: {
      containers: `- name: client
  image: ${IMAGE}
  command: ['sh', '-c', 'sleep 5; while true; do wget -qO- http://localhost:9000/; sleep 10; done']
- name: ambassador
  image: ${IMAGE}
  command:
  - sh
  - -c
  - |
    mkdir -p /cache
    (while true; do wget -qO /cache/index.html http://localhost:8080/ || echo "backend unreachable"; sleep 5; done) &
    exec httpd -f -p 9000 -h /cache
- name: backend
  image: ${IMAGE}
  command: ['sh', '-c', 'mkdir -p /www; echo "hello from the backend" > /www/index.html; exec httpd -f -p 8080 -h /www']
`,
    },
  },
  {
    id: 'probes',
    parts: {
      containers: `- name: probed
  image: ${IMAGE}
  command: ['sh', '-c', 'sleep 5; touch /tmp/healthy; sleep 3600']
  startupProbe:
    exec:
      command: ['cat', '/tmp/healthy']
    periodSeconds: 2
    failureThreshold: 15
  livenessProbe:
    exec:
      command: ['cat', '/tmp/healthy']
    periodSeconds: 10
  readinessProbe:
    exec:
      command: ['cat', '/tmp/healthy']
    periodSeconds: 5
`,
    },
  },
  {
    id: 'service',
    parts: {},
    document: `apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9376
`,
  },
];

export function snippetById(id: string): Snippet | undefined {
  return SNIPPETS.find((s) => s.id === id);
}

interface Insertion {
  offset: number;
  text: string;
}

function indentTo(items: string, indent: string): string {
  return items.replace(/^(?=.)/gm, indent);
}

/** Offset just after the line holding the last visible character of `node`, newline included. */
function afterNode(text: string, node: Node): number {
  let end = node.range?.[1] ?? text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const newline = text.indexOf('\n', end);
  return newline < 0 ? text.length : newline + 1;
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return ' '.repeat(offset - start);
}

function podDocument(docs: Document[]): Document | undefined {
  return docs.find((d) => {
    const contents = d.contents;
    return isMap(contents) && contents.get('kind') === 'Pod' && d.errors.length === 0;
  });
}

/** Names already used by containers of any kind and by volumes, which a snippet must not reuse. */
function takenNames(pod: Document): Set<string> {
  const taken = new Set<string>();
  for (const list of ['containers', 'initContainers', 'ephemeralContainers', 'volumes']) {
    const seq = pod.getIn(['spec', list], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) if (isMap(item)) taken.add(String(item.get('name') ?? ''));
  }
  return taken;
}

/** The snippet's parts with every `name:` that clashes renamed `<name>-2` (or the next free). */
function withFreeNames(parts: Snippet['parts'], taken: Set<string>): Snippet['parts'] {
  const all = Object.values(parts).join('\n');
  const names = [...all.matchAll(/^- name: ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? '');
  const renames = new Map<string, string>();
  for (const name of names) {
    if (!taken.has(name) || renames.has(name)) continue;
    let n = 2;
    while (taken.has(`${name}-${n}`) || names.includes(`${name}-${n}`)) n++;
    renames.set(name, `${name}-${n}`);
  }
  if (renames.size === 0) return parts;
  const out: Snippet['parts'] = {};
  for (const [field, items] of Object.entries(parts) as [ListField, string][]) {
    out[field] = items.replace(/^(\s*- name: )([a-z0-9-]+)$/gm, (m, head: string, name: string) =>
      renames.has(name) ? `${head}${renames.get(name)}` : m,
    );
  }
  return out;
}

/**
 * The text with the snippet inserted: list items appended to the first Pod's spec lists (created
 * when missing), a document appended to the stream. Undefined when there is no block-style Pod to
 * put pod parts into (flow style or YAML errors: the learner should fix those first).
 */
export function insertSnippet(text: string, snippet: Snippet): string | undefined {
  // Offsets below are in the text with a final newline, so every insertion is whole lines.
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const insertions: Insertion[] = [];
  if (Object.keys(snippet.parts).length > 0) {
    const docs = parseAllDocuments(base, {
      lineCounter: new LineCounter(),
      version: '1.1',
      uniqueKeys: false,
    });
    const pod = Array.isArray(docs) ? podDocument(docs) : undefined;
    const spec = pod?.get('spec', true);
    if (!pod || !isMap(spec) || spec.flow || !spec.range) return undefined;
    const firstKey = spec.items[0]?.key as Node | undefined;
    const specIndent = firstKey?.range ? lineIndent(base, firstKey.range[0]) : '  ';
    const parts = withFreeNames(snippet.parts, takenNames(pod));
    for (const [field, items] of Object.entries(parts) as [ListField, string][]) {
      const seq = spec.get(field, true) as Node | undefined;
      if (seq === undefined) {
        const block = `${specIndent}${field}:\n${indentTo(items, specIndent)}`;
        insertions.push({ offset: afterNode(base, spec), text: block });
      } else if (isSeq(seq) && !seq.flow && seq.range) {
        insertions.push({
          offset: afterNode(base, seq),
          text: indentTo(items, lineIndent(base, seq.range[0])),
        });
      } else {
        return undefined;
      }
    }
  }
  if (snippet.document) insertions.push({ offset: base.length, text: `---\n${snippet.document}` });
  // From the end backwards so earlier offsets stay valid (stable sort keeps same-offset order).
  let out = base;
  for (const ins of [...insertions].reverse().sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, ins.offset) + ins.text + out.slice(ins.offset);
  }
  return out;
}
