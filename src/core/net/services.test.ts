// Service routing end to end: real manifests through simulate(), clients in one pod, servers in others.
import { describe, expect, it } from 'vitest';
import { run } from '../testing/harness';

const server = (name: string, labels: string, script: string, ports = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: {${labels}}\nspec:\n  containers:\n  - name: web\n    image: busybox:1.36\n    command: ['sh', '-c', '${script}']\n${ports}`;
const client = (script: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n    command: ['sh', '-c', '${script}']\n`;
const service = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const web = server(
  'web',
  'app: web',
  'mkdir -p /www && echo hello from web > /www/index.html && httpd -f -p 8080 -h /www',
  '    ports:\n    - {containerPort: 8080, name: http}\n',
);
const docs = (...d: string[]) => d.join('---\n');

describe('Services', () => {
  it('routes a Service name (every DNS form) to a ready pod on a named targetPort', () => {
    const svc = service('websvc', '  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: http}\n');
    const r = run(
      docs(
        web,
        svc,
        client(
          'sleep 5; for h in websvc websvc.default websvc.default.svc websvc.default.svc.cluster.local; do wget -qO- http://$h; done; sleep 3600',
        ),
      ),
      { until: 20 },
    );
    expect(r.logs('c', 'client')).toEqual(Array(4).fill('hello from web'));
    const connects = r.trace.activity.filter((a) => a.kind === 'connect' && a.pod === 'client');
    expect(connects).toHaveLength(4);
    expect(connects.every((a) => a.kind === 'connect' && a.ok && a.target === 'web/web')).toBe(true);
  });

  it('connects to the ClusterIP:port directly', () => {
    const svc = service(
      'websvc',
      '  clusterIP: 10.96.7.7\n  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n',
    );
    const r = run(docs(web, svc, client('sleep 5; wget -qO- 10.96.7.7:80; sleep 3600')), { until: 20 });
    expect(r.logs('c', 'client')).toEqual(['hello from web']);
  });

  it('refuses connections to a Service without ready endpoints', () => {
    const svc = service(
      'nobody',
      '  selector: {app: nothing}\n  clusterIP: 10.96.3.3\n  ports:\n  - {port: 80}\n',
    );
    const r = run(
      docs(svc, client('sleep 2; wget -O- nobody 2>&1; echo rc=$?; nc -z nobody 80; echo nc=$?; sleep 3600')),
      {
        until: 10,
      },
    );
    expect(r.logs('c', 'client')).toEqual([
      'Connecting to nobody:80 (10.96.3.3:80)',
      "wget: can't connect to remote host (10.96.3.3): Connection refused",
      'rc=1',
      'nc=1',
    ]);
  });

  it('times out on a port the Service does not expose', () => {
    const svc = service(
      'websvc',
      '  clusterIP: 10.96.7.7\n  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n',
    );
    const r = run(docs(web, svc, client('sleep 5; wget -q -T 3 websvc:81 2>&1; echo rc=$?; sleep 3600')), {
      until: 20,
    });
    expect(r.logs('c', 'client')).toEqual(['wget: download timed out', 'rc=1']);
  });

  it('does not resolve names outside the cluster; ExternalName is a CNAME', () => {
    const ext = service('ext', '  type: ExternalName\n  externalName: example.com\n');
    const alias = service(
      'alias',
      '  type: ExternalName\n  externalName: websvc.default.svc.cluster.local\n',
    );
    const svc = service('websvc', '  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n');
    const r = run(
      docs(
        web,
        svc,
        ext,
        alias,
        client('sleep 5; wget -qO- example.com 2>&1; wget -qO- ext 2>&1; wget -qO- alias; sleep 3600'),
      ),
      { until: 20 },
    );
    expect(r.logs('c', 'client')).toEqual([
      "wget: bad address 'example.com'",
      "wget: bad address 'ext'",
      'hello from web',
    ]);
  });

  it('skips pods that are not ready and round-robins over ready ones', () => {
    const web2 = server(
      'web2',
      'app: web',
      'mkdir -p /www && echo hello from web2 > /www/index.html && httpd -f -p 8080 -h /www',
    );
    const broken = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web3\n  labels: {app: web}\nspec:\n  containers:\n  - name: web\n    image: busybox:1.36\n    command: ['sh', '-c', 'sleep 3600']\n    readinessProbe:\n      exec: {command: ['false']}\n`;
    const svc = service('websvc', '  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n');
    const r = run(
      docs(
        web,
        web2,
        broken,
        svc,
        client('sleep 8; for i in 1 2 3 4; do wget -qO- websvc; done; sleep 3600'),
      ),
      {
        until: 20,
      },
    );
    expect(r.logs('c', 'client').sort()).toEqual([
      'hello from web',
      'hello from web',
      'hello from web2',
      'hello from web2',
    ]);
  });

  it('pings pod IPs but not ClusterIPs', () => {
    const svc = service(
      'websvc',
      '  clusterIP: 10.96.7.7\n  selector: {app: web}\n  ports:\n  - {port: 80, targetPort: 8080}\n',
    );
    const r = run(docs(web, svc, client('sleep 5; ping -c 2 -W 1 websvc; echo rc=$?; sleep 3600')), {
      until: 30,
    });
    expect(r.logs('c', 'client')).toEqual([
      'PING websvc (10.96.7.7): 56 data bytes',
      '',
      '--- websvc ping statistics ---',
      '2 packets transmitted, 0 packets received, 100% packet loss',
      'rc=1',
    ]);
  });
});
