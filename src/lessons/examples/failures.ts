// Failure cases: what each one looks like in STATUS, RESTARTS, events and logs.
import type { Example } from '../types';

const initFails = (name: string, policy: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  restartPolicy: ${policy}
  initContainers:
  - name: init1
    image: busybox:1.36
    command: ['sh', '-c', 'echo "init1 failing"; exit 1']
  - name: init2
    image: busybox:1.36
    command: ['sh', '-c', 'echo "init2 ok"']
  containers:
  - name: run1
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3600']
`;

export const FAILURE_EXAMPLES: Example[] = [
  {
    id: 'fail-init-always',
    topic: 'failures',
    title: {
      en: 'Init container fails: restartPolicy Always',
      ko: 'init 컨테이너 실패: restartPolicy Always',
    },
    watch: {
      en: 'init1 exits 1. The pod is not recreated: the kubelet restarts init1 in place, with back-off. STATUS alternates Init:Error and Init:CrashLoopBackOff, RESTARTS grows, and init2 and run1 are never started. The pod stays Pending.',
      ko: 'init1이 1로 종료합니다. Pod는 다시 만들어지지 않습니다. kubelet이 back-off를 두고 그 자리에서 init1을 재시작합니다. STATUS는 Init:Error와 Init:CrashLoopBackOff를 오가고 RESTARTS가 늘어나며, init2와 run1은 시작되지 않습니다. Pod는 Pending에 머뭅니다.',
    },
    manifest: initFails('init-fail-always', 'Always'),
  },
  {
    id: 'fail-init-onfailure',
    topic: 'failures',
    title: {
      en: 'Init container fails: restartPolicy OnFailure',
      ko: 'init 컨테이너 실패: restartPolicy OnFailure',
    },
    watch: {
      en: 'Exactly like Always for init containers: a failed init container is restarted with back-off (Init:CrashLoopBackOff). OnFailure differs from Always only for app containers that exit 0.',
      ko: 'init 컨테이너에 대해서는 Always와 똑같습니다. 실패한 init 컨테이너는 back-off를 두고 재시작됩니다(Init:CrashLoopBackOff). OnFailure가 Always와 다른 점은 0으로 종료하는 앱 컨테이너에서뿐입니다.',
    },
    manifest: initFails('init-fail-onfailure', 'OnFailure'),
  },
  {
    id: 'fail-init-never',
    topic: 'failures',
    title: { en: 'Init container fails: restartPolicy Never', ko: 'init 컨테이너 실패: restartPolicy Never' },
    watch: {
      en: 'One failure is final: STATUS Init:Error, phase Failed, RESTARTS 0. Nothing is retried and no app container is ever created. The pod object stays, so you can still read the logs of init1.',
      ko: '한 번의 실패로 끝입니다: STATUS Init:Error, phase Failed, RESTARTS 0. 아무것도 재시도하지 않고 앱 컨테이너는 생성되지 않습니다. Pod 객체는 남아 있으므로 init1의 로그는 계속 읽을 수 있습니다.',
    },
    manifest: initFails('init-fail-never', 'Never'),
  },
  {
    id: 'fail-crashloop',
    topic: 'failures',
    title: { en: 'CrashLoopBackOff', ko: 'CrashLoopBackOff' },
    watch: {
      en: 'The app prints a line, works 5 seconds and exits 1. Watch Error, then CrashLoopBackOff: the kubelet waits 10 s, 20 s, 40 s ... up to 5 minutes between restarts. RESTARTS shows how long ago the last one was; the Logs tab keeps one section per run.',
      ko: '앱이 한 줄을 출력하고 5초 동안 일한 뒤 1로 종료합니다. Error 다음 CrashLoopBackOff를 보세요. kubelet은 재시작 사이에 10초, 20초, 40초 ... 최대 5분까지 기다립니다. RESTARTS는 마지막 재시작이 얼마 전인지 보여 주고, Logs 탭에는 실행마다 구역이 나뉩니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: crash-loop
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo "starting work"; sleep 5; echo "something went wrong" >&2; exit 1']
`,
  },
  {
    id: 'fail-bad-image',
    topic: 'failures',
    title: { en: 'A bad image', ko: '잘못된 이미지' },
    watch: {
      en: "The tag latset does not exist. STATUS shows ErrImagePull, then ImagePullBackOff while the kubelet waits longer between pulls. There are no logs (nothing ever ran): read the Failed events for the registry's answer.",
      ko: 'latset 태그는 존재하지 않습니다. STATUS는 ErrImagePull, 그리고 kubelet이 풀 사이를 점점 더 오래 기다리는 동안 ImagePullBackOff를 보여 줍니다. 실행된 것이 없으니 로그도 없습니다. 레지스트리의 응답은 Failed 이벤트에서 읽으세요.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: bad-image
spec:
  containers:
  - name: nginx
    image: nginx:latset
`,
  },
  {
    id: 'fail-port-conflict',
    topic: 'failures',
    title: { en: 'A port conflict inside one pod', ko: '한 Pod 안의 포트 충돌' },
    watch: {
      en: 'Both containers run httpd on 8080. They share one network namespace, so web1 (started first) gets the port and web2 fails with `bind: Address already in use` and crash-loops. `kubectl apply` even warned about the duplicate port definition; ports: is informational and does not prevent it.',
      ko: '두 컨테이너 모두 8080에서 httpd를 실행합니다. 네트워크 네임스페이스를 공유하므로 먼저 시작한 web1이 포트를 차지하고, web2는 `bind: Address already in use`로 실패하며 크래시 루프에 빠집니다. `kubectl apply`가 중복 포트 정의를 경고하기도 합니다. ports:는 정보용일 뿐 이를 막지 못합니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: port-conflict
spec:
  containers:
  - name: web1
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo web1 > /www/index.html; exec httpd -f -p 8080 -h /www']
    ports:
    - containerPort: 8080
  - name: web2
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo web2 > /www/index.html; exec httpd -f -p 8080 -h /www']
    ports:
    - containerPort: 8080
`,
  },
  {
    id: 'fail-readiness',
    topic: 'failures',
    title: { en: 'A failing readiness probe', ko: '실패하는 readiness probe' },
    watch: {
      en: 'The server listens on 8080 but the readinessProbe asks 8081. STATUS is Running, READY stays 0/1, RESTARTS stays 0: readiness never restarts anything. Each failure is an Unhealthy warning ("connection refused"), and the Ready condition stays False.',
      ko: '서버는 8080에서 listen하지만 readinessProbe는 8081에 묻습니다. STATUS는 Running, READY는 0/1, RESTARTS는 0에 머뭅니다. readiness는 아무것도 재시작하지 않습니다. 실패할 때마다 Unhealthy 경고("connection refused")가 생기고 Ready 조건은 False로 남습니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: never-ready
spec:
  containers:
  - name: web
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo hello > /www/index.html; exec httpd -f -p 8080 -h /www']
    ports:
    - containerPort: 8080
    readinessProbe:
      httpGet:
        path: /
        port: 8081
      periodSeconds: 10
`,
  },
  {
    id: 'fail-liveness',
    topic: 'failures',
    title: { en: 'A failing liveness probe', ko: '실패하는 liveness probe' },
    watch: {
      en: 'The docs\' liveness example: the app removes /tmp/healthy after 30 s. Three failed probes later the kubelet kills it ("Container liveness failed liveness probe, will be restarted") and starts it again: RESTARTS grows while STATUS mostly says Running.',
      ko: '문서의 liveness 예제입니다. 앱이 30초 뒤 /tmp/healthy를 지웁니다. probe가 세 번 실패하면 kubelet이 컨테이너를 죽이고("Container liveness failed liveness probe, will be restarted") 다시 시작합니다. STATUS는 대부분 Running인 채로 RESTARTS가 늘어납니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: busybox:1.36
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`,
  },
];
