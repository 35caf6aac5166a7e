// The course's multi-container patterns and the git-clone init container, end to end through
// parse + simulate(): the images, volumes, localhost and Services working together.
import { describe, expect, it } from 'vitest';
import { run } from '../testing/harness';

describe('sidecar log shipper', () => {
  it('fluent-bit tails the app log on a shared emptyDir and prints records to its stdout', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: fb-config
data:
  fluent-bit.conf: |
    [SERVICE]
        flush 1
    [INPUT]
        name tail
        path /var/log/app/*.log
        read_from_head true
    [OUTPUT]
        name stdout
        match *
---
apiVersion: v1
kind: Pod
metadata:
  name: shipper
spec:
  volumes:
  - {name: logs, emptyDir: {}}
  - {name: config, configMap: {name: fb-config}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do echo "line $i" >> /var/log/app/app.log; i=$((i+1)); sleep 1; done']
    volumeMounts: [{name: logs, mountPath: /var/log/app}]
  - name: shipper
    image: fluent/fluent-bit:3.2
    volumeMounts:
    - {name: logs, mountPath: /var/log/app, readOnly: true}
    - {name: config, mountPath: /fluent-bit/etc/}
`;
    const r = run(yaml, { until: 15 });
    expect(r.row(10)).toBe('2/2 Running 0');
    const records = r.logs('shipper', 'shipper').filter((l) => l.startsWith('[0] tail.0:'));
    expect(records.length).toBeGreaterThan(5);
    expect(records[0]).toMatch(/^\[0\] tail\.0: \[\[1767261\d{3}\.\d{9}, \{\}\], \{"log"=>"line 0"\}\]$/);
    expect(r.logs('shipper', 'shipper')[0]).toBe('Fluent Bit v3.2.10');
  });
});

describe('adapter', () => {
  it('the adapter turns the app format into /metrics, reachable through a Service', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: adapter-demo
  labels: {app: demo}
spec:
  volumes:
  - {name: data, emptyDir: {}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "$(date +%s) $i" > /data/raw.txt; sleep 5; done']
    volumeMounts: [{name: data, mountPath: /data}]
  - name: adapter
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; (while true; do [ -f /data/raw.txt ] && awk "{print \\"app_requests_total \\" \\$2}" /data/raw.txt > /www/metrics; sleep 1; done) & exec httpd -f -p 9100 -h /www']
    ports: [{containerPort: 9100, name: metrics}]
    volumeMounts: [{name: data, mountPath: /data, readOnly: true}]
---
apiVersion: v1
kind: Service
metadata:
  name: metrics
spec:
  selector: {app: demo}
  ports: [{port: 80, targetPort: metrics}]
`;
    const r = run(yaml, {
      until: 30,
      at: [
        [20, 'kubectl run probe --image=busybox:1.36 --restart=Never -- wget -qO- http://metrics/metrics'],
      ],
    });
    expect(r.logs('probe', 'probe')).toEqual([expect.stringMatching(/^app_requests_total [0-9]+$/)]);
  });
});

const backend = `apiVersion: v1
kind: Pod
metadata:
  name: db
  labels: {app: db}
spec:
  containers:
  - name: db
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir /www && echo "rows from db" > /www/index.html && httpd -f -p 5000 -h /www']
    ports: [{containerPort: 5000}]
---
apiVersion: v1
kind: Service
metadata:
  name: db-svc
spec:
  selector: {app: db}
  ports: [{port: 80, targetPort: 5000}]
---
`;

describe('ambassador', () => {
  it('an nc-based ambassador forwards localhost:8080 to the Service', () => {
    const yaml = `${backend}apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3; while true; do wget -qO- http://localhost:8080/; sleep 5; done']
  - name: ambassador
    image: busybox:1.36
    command: ['nc', '-lk', '-p', '8080', '-e', 'nc', 'db-svc', '80']
`;
    const r = run(yaml, { until: 20 });
    expect(r.logs('app', 'app').slice(0, 2)).toEqual(['rows from db', 'rows from db']);
    const hops = r.trace.activity.filter((a) => a.kind === 'connect' && a.pod === 'app');
    expect(
      hops.some((a) => a.kind === 'connect' && a.container === 'app' && a.target === 'app/ambassador'),
    ).toBe(true);
    expect(
      hops.some((a) => a.kind === 'connect' && a.container === 'ambassador' && a.target === 'db/db'),
    ).toBe(true);
  });

  it('a haproxy ambassador with a ConfigMap config does the same', () => {
    const yaml = `${backend}apiVersion: v1
kind: ConfigMap
metadata:
  name: haproxy-cfg
data:
  haproxy.cfg: |
    defaults
      mode http
    frontend local
      bind :8080
      default_backend db
    backend db
      server s1 db-svc:80
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  volumes:
  - {name: cfg, configMap: {name: haproxy-cfg}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3; wget -qO- http://localhost:8080/; sleep 3600']
  - name: ambassador
    image: haproxy:3.0
    volumeMounts: [{name: cfg, mountPath: /usr/local/etc/haproxy}]
`;
    const r = run(yaml, { until: 10 });
    expect(r.logs('app', 'app')).toEqual(['rows from db']);
    expect(r.logs('ambassador', 'app')).toContain('[NOTICE]   (1) : Loading success.');
  });
});

const gitPod = (image: string, command: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - {name: html, emptyDir: {}}
  initContainers:
  - name: clone
    image: ${image}
    command: ${command}
    volumeMounts: [{name: html, mountPath: /repo}]
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]
`;

describe('git clone init container', () => {
  it('fails in plain busybox: sh: git: not found, 127, Init:Error then Init:CrashLoopBackOff', () => {
    const r = run(
      gitPod('busybox:1.36', `['sh', '-c', 'git clone https://github.com/example/site.git /repo']`),
      {
        until: 60,
      },
    );
    expect(r.logs('clone', 'web')[0]).toBe('sh: git: not found');
    expect(r.trace.snapshots.some((s) => s.initContainerStatuses.some((c) => c.exitCode === 127))).toBe(true);
    expect(r.rows()).toContain('0/1 Init:Error 0');
    expect(r.rows()).toContain('0/1 Init:CrashLoopBackOff 2');
  });

  it('works with alpine/git: the emptyDir holds the checkout and nginx serves it', () => {
    const r = run(gitPod('alpine/git', `['git', 'clone', 'https://github.com/example/site.git', '/repo']`), {
      until: 30,
      at: [[20, 'kubectl exec web -- ls -a /usr/share/nginx/html']],
    });
    expect(r.logs('clone', 'web')).toEqual(["Cloning into '/repo'..."]);
    expect(r.row(15)).toBe('1/1 Running 0');
    const ls = r.trace.actions.find((a) => a.command.startsWith('kubectl exec'));
    expect(ls?.stdout.split('\n')).toEqual(expect.arrayContaining(['.git', 'README.md', 'index.html']));
  });
});
