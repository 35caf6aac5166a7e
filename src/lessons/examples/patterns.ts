// Multi-container patterns: sidecar, adapter, ambassador.
import type { Example } from '../types';

export const PATTERN_EXAMPLES: Example[] = [
  {
    id: 'pattern-sidecar-log-shipper',
    topic: 'patterns',
    title: { en: 'Sidecar: log shipper', ko: '사이드카: 로그 전달' },
    watch: {
      en: 'count appends a line per second to /var/log/1.log on a shared emptyDir; count-log-1 runs `tail -n+1 -F` on it. In Logs, count prints nothing to stdout while count-log-1 shows every line: the file crossed containers only through the volume. Both are app containers, so READY is 2/2.',
      ko: 'count는 공유 emptyDir의 /var/log/1.log에 1초마다 한 줄씩 추가하고, count-log-1은 그 파일에 `tail -n+1 -F`를 실행합니다. Logs에서 count의 stdout은 비어 있고 count-log-1에는 모든 줄이 보입니다. 파일은 볼륨을 통해서만 컨테이너 사이를 오갔습니다. 둘 다 앱 컨테이너이므로 READY는 2/2입니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: counter
spec:
  volumes:
  - name: varlog
    emptyDir: {}
  containers:
  - name: count
    image: busybox:1.36
    args: [/bin/sh, -c, 'i=0; while true; do echo "$i: $(date)" >> /var/log/1.log; i=$((i+1)); sleep 1; done']
    volumeMounts:
    - name: varlog
      mountPath: /var/log
  - name: count-log-1
    image: busybox:1.36
    args: [/bin/sh, -c, 'tail -n+1 -F /var/log/1.log']
    volumeMounts:
    - name: varlog
      mountPath: /var/log
`,
  },
  {
    id: 'pattern-adapter',
    topic: 'patterns',
    title: { en: 'Adapter: a standard metrics endpoint', ko: '어댑터: 표준 메트릭 엔드포인트' },
    watch: {
      en: "app writes raw numbers to a shared file; adapter converts them with awk and serves them on :9100/metrics with httpd. READY is 1/2 until the adapter's readinessProbe gets a 200, then 2/2. Try `kubectl exec adapter-demo -c app -- wget -qO- http://localhost:9100/metrics`: localhost reaches the adapter because containers share one network namespace.",
      ko: 'app은 공유 파일에 원시 숫자를 쓰고, adapter는 awk로 변환해 httpd로 :9100/metrics에 제공합니다. adapter의 readinessProbe가 200을 받기 전까지 READY는 1/2이고 그다음 2/2가 됩니다. `kubectl exec adapter-demo -c app -- wget -qO- http://localhost:9100/metrics`를 실행해 보세요. 컨테이너들이 하나의 네트워크 네임스페이스를 공유하므로 localhost로 adapter에 닿습니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: adapter-demo
spec:
  volumes:
  - name: data
    emptyDir: {}
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "$(date +%s) $i" > /data/raw.txt; sleep 5; done']
    volumeMounts:
    - name: data
      mountPath: /data
  - name: adapter
    image: busybox:1.36
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
    readinessProbe:
      httpGet:
        path: /metrics
        port: 9100
      periodSeconds: 5
    volumeMounts:
    - name: data
      mountPath: /data
      readOnly: true
`,
  },
  {
    id: 'pattern-ambassador',
    topic: 'patterns',
    title: {
      en: 'Ambassador: a local stand-in for a remote service',
      ko: '앰배서더: 원격 서비스의 로컬 대리인',
    },
    watch: {
      en: 'app only ever talks to localhost:9000. The ambassador container owns that port and is the only one that knows where the real backend is: it fetches from it and serves the answer locally, so the app\'s Logs show "hello from the backend" although its command names no backend. PodLab simulates one pod, so here a third container on port 8080 stands in for the remote server; in a cluster the ambassador would point at a Service or an external host, and only the ambassador would change.',
      ko: 'app은 언제나 localhost:9000하고만 통신합니다. 그 포트는 ambassador 컨테이너가 가지고 있고, 실제 백엔드가 어디인지는 ambassador만 압니다. ambassador가 백엔드에서 가져온 응답을 로컬로 제공하므로, app의 command에는 백엔드가 없는데도 app의 Logs에 "hello from the backend"가 보입니다. PodLab은 Pod 하나를 시뮬레이션하므로 여기서는 8080 포트의 세 번째 컨테이너가 원격 서버 역할을 합니다. 실제 클러스터에서는 ambassador가 Service나 외부 호스트를 가리키고, 바뀌는 것은 ambassador뿐입니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: ambassador-demo
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5; while true; do wget -qO- http://localhost:9000/; sleep 10; done']
  - name: ambassador
    image: busybox:1.36
    command:
    - sh
    - -c
    - |
      mkdir -p /cache
      (while true; do wget -qO /cache/index.html http://localhost:8080/ || echo "backend unreachable"; sleep 5; done) &
      exec httpd -f -p 9000 -h /cache
  - name: backend
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo "hello from the backend" > /www/index.html; exec httpd -f -p 8080 -h /www']
`,
  },
];
