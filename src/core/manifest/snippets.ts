// Ready-made pieces of a Pod (containers, patterns, probes) and a Service. The text edit that puts
// one in place is snippet-insert.ts (it needs the YAML parser; this list does not).

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

export type ListField = 'containers' | 'initContainers' | 'volumes';

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
