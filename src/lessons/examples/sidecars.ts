// Native sidecars: init containers with restartPolicy: Always.
import type { Example } from '../types';

export const SIDECAR_EXAMPLES: Example[] = [
  {
    id: 'sidecar-start-order',
    topic: 'sidecars',
    title: { en: 'Native sidecar start order', ko: '네이티브 사이드카의 시작 순서' },
    watch: {
      en: 'proxy is a native sidecar with a startupProbe. The kubelet starts it, then waits for its startupProbe to succeed (about 10 s) before starting migrate, the next init container; app starts only after migrate completes. STATUS stays Init:0/2 while the probe fails; READY counts proxy (x/2).',
      ko: 'proxy는 startupProbe가 있는 네이티브 사이드카입니다. kubelet은 이를 시작한 뒤 startupProbe가 성공할 때까지(약 10초) 기다렸다가 다음 init 컨테이너 migrate를 시작하고, app은 migrate가 완료된 뒤에야 시작합니다. probe가 실패하는 동안 STATUS는 Init:0/2에 머물고, READY는 proxy도 셉니다(x/2).',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: sidecar-startup-gate
spec:
  initContainers:
  - name: proxy
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'sleep 10; touch /tmp/ready; while true; do sleep 1; done']
    startupProbe:
      exec:
        command: ['test', '-f', '/tmp/ready']
      periodSeconds: 2
      failureThreshold: 30
  - name: migrate
    image: busybox:1.36
    command: ['sh', '-c', 'echo migrating; sleep 2']
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`,
  },
  {
    id: 'sidecar-job-completion',
    topic: 'sidecars',
    title: { en: 'A Job-like pod with a native sidecar', ko: '네이티브 사이드카가 있는 잡 형태 Pod' },
    watch: {
      en: 'restartPolicy Never, one job container and a native log-shipper sidecar. When job exits 0 the pod does not wait for the sidecar: the kubelet stops it (SIGTERM; tail ignores it as PID 1, so SIGKILL after the 30 s grace period) and the pod ends Completed, phase Succeeded. With a classic sidecar it would stay NotReady forever.',
      ko: 'restartPolicy Never, job 컨테이너 하나와 네이티브 log-shipper 사이드카입니다. job이 0으로 종료하면 Pod는 사이드카를 기다리지 않습니다. kubelet이 사이드카를 멈추고(SIGTERM; PID 1인 tail은 이를 무시하므로 30초 유예 후 SIGKILL) Pod는 Completed, phase Succeeded로 끝납니다. 전통적인 사이드카라면 영원히 NotReady에 머뭅니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  restartPolicy: Never
  volumes:
  - name: logs
    emptyDir: {}
  initContainers:
  - name: log-shipper
    image: busybox:1.36
    restartPolicy: Always
    command: ['sh', '-c', 'tail -n+1 -F /var/log/job.log']
    volumeMounts:
    - name: logs
      mountPath: /var/log
  containers:
  - name: job
    image: busybox:1.36
    command: ['sh', '-c', 'for i in 1 2 3; do echo "step $i done" >> /var/log/job.log; sleep 2; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log
`,
  },
];
