// Volume features through parse + simulate(): readOnly, subPath, modes, hostPath, projected, medium.
import { describe, expect, it } from 'vitest';
import { run } from '../testing/harness';

const exec = (r: ReturnType<typeof run>, prefix: string) =>
  r.trace.actions.find((a) => a.command.startsWith(prefix));

describe('volumes', () => {
  it('readOnly refuses writes; subPath mounts one file or directory', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {app.conf: "port=80\\n", other: "x"}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  volumes:
  - {name: data, emptyDir: {}}
  - {name: cfg, configMap: {name: cfg}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo x > /ro/f; echo rc=$?; cat /etc/app.conf; ls /etc/app.conf; echo hi > /sub/file; sleep 3600']
    volumeMounts:
    - {name: data, mountPath: /ro, readOnly: true}
    - {name: cfg, mountPath: /etc/app.conf, subPath: app.conf}
    - {name: data, mountPath: /sub, subPath: nested/dir}
`;
    const r = run(yaml, { until: 10, at: [[5, 'kubectl exec p -- find /ro']] });
    expect(r.logs('app', 'p')).toEqual([
      "sh: can't create /ro/f: Read-only file system",
      'rc=1',
      'port=80',
      '/etc/app.conf',
    ]);
  });

  it('configMap/secret defaultMode and item modes show in ls -l', () => {
    const yaml = `apiVersion: v1
kind: Secret
metadata: {name: s}
stringData: {key: secret, other: o}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {run.sh: "echo hi\\n"}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  volumes:
  - {name: s, secret: {secretName: s, defaultMode: 0400, items: [{key: key, path: k}, {key: other, path: sub/o, mode: 0600}]}}
  - {name: c, configMap: {name: c, defaultMode: 0755}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sleep', '3600']
    volumeMounts: [{name: s, mountPath: /s}, {name: c, mountPath: /c}]
`;
    const r = run(yaml, { until: 10, at: [[5, 'kubectl exec p -- ls -l /s /s/sub /c']] });
    const modes = exec(r, 'kubectl exec')!
      .stdout.split('\n')
      .filter((l) => /^[-d][rwx-]{9} /.test(l))
      .map((l) => `${l.split(/\s+/)[0]} ${l.split(/\s+/).at(-1)}`);
    expect(modes).toEqual(['-rwxr-xr-x run.sh', '-r-------- k', 'drwxr-xr-x sub', '-rw------- o']);
  });

  it('hostPath is one node directory shared by every pod; projected merges sources', () => {
    const pod = (name: string, cmd: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: {app: x}}
spec:
  volumes:
  - {name: host, hostPath: {path: /var/shared, type: DirectoryOrCreate}}
  - name: all
    projected:
      sources:
      - configMap: {name: c}
      - downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]}
  - {name: mem, emptyDir: {medium: Memory}}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', '${cmd}']
    volumeMounts: [{name: host, mountPath: /host}, {name: all, mountPath: /all}, {name: mem, mountPath: /mem}]
`;
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {greeting: hello}
---
${pod('writer', 'echo from-writer > /host/note; echo m > /mem/f; sleep 3600')}---
${pod('reader', 'sleep 5; cat /host/note; cat /all/greeting; echo; cat /all/labels; echo; sleep 3600')}`;
    const r = run(yaml, { until: 12 });
    expect(r.logs('app', 'reader')).toEqual(['from-writer', 'hello', 'app="x"']);
  });
});
