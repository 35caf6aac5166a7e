// Classic sidecar -> native sidecar: an init container with restartPolicy: Always starts before the app.
import { endsWithStatus, loggedBy, podSpec, specFact, startedBefore } from '../../findings';
import type { Exercise } from '../../types';

const VOLUMES = `  volumes:
  - name: logs
    emptyDir: {}`;
const SHIPPER = `  - name: log-shipper
    image: busybox:1.36
    command: ['sh', '-c', 'tail -n+1 -F /var/log/app.log']
    volumeMounts:
    - name: logs
      mountPath: /var/log`;
const APP = `  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo "boot line" >> /var/log/app.log; i=0; while true; do echo "tick $i" >> /var/log/app.log; i=$((i+1)); sleep 5; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log`;

export const nativeSidecarOrder: Exercise = {
  id: 'native-sidecar-order',
  kind: 'fix',
  title: { en: 'Start the sidecar first', ko: '사이드카를 먼저 시작하기' },
  goal: {
    en: 'Turn log-shipper into a native sidecar so that it is already running when app starts: move it to initContainers and give it `restartPolicy: Always`.',
    ko: 'log-shipper를 네이티브 사이드카로 바꿔서 app이 시작될 때 이미 실행 중이게 하세요: initContainers로 옮기고 `restartPolicy: Always`를 지정하세요.',
  },
  explanation: {
    en: 'App containers start one after another in spec order, with nothing guaranteeing that a helper is up first. An init container with `restartPolicy: Always` is a native sidecar (Kubernetes 1.29+): the kubelet starts it during initialization, moves on as soon as it has started (it does not wait for it to exit), keeps it running next to the app, and counts it in READY.',
    ko: '앱 컨테이너는 spec 순서대로 차례로 시작될 뿐, 도우미가 먼저 떠 있다는 보장은 없습니다. `restartPolicy: Always`가 지정된 init 컨테이너는 네이티브 사이드카(Kubernetes 1.29+)입니다. kubelet은 초기화 단계에서 이를 시작하고, 시작되기만 하면(종료를 기다리지 않고) 다음으로 넘어가며, 앱 옆에서 계속 실행하고 READY에도 셉니다.',
  },
  start: `apiVersion: v1
kind: Pod
metadata:
  name: sidecar-order
spec:
${VOLUMES}
  containers:
${APP}
${SHIPPER}
`,
  solution: `apiVersion: v1
kind: Pod
metadata:
  name: sidecar-order
spec:
${VOLUMES}
  initContainers:
${SHIPPER}
    restartPolicy: Always
  containers:
${APP}
`,
  hints: [
    {
      en: 'Cut the whole log-shipper entry and paste it under a new `initContainers:` key.',
      ko: 'log-shipper 항목 전체를 잘라내어 새 `initContainers:` 키 아래에 붙여 넣으세요.',
    },
    {
      en: 'Add `restartPolicy: Always` to that container (not to the pod).',
      ko: '`restartPolicy: Always`는 Pod가 아니라 그 컨테이너에 추가하세요.',
    },
  ],
  check: (run) => {
    const native = (podSpec(run)?.spec?.initContainers ?? []).some(
      (c) => c.name === 'log-shipper' && c.restartPolicy === 'Always',
    );
    return [
      specFact(
        native,
        native
          ? 'log-shipper is a native sidecar.'
          : 'log-shipper is not an init container with restartPolicy: Always.',
        native
          ? 'log-shipper는 네이티브 사이드카입니다.'
          : 'log-shipper가 restartPolicy: Always인 init 컨테이너가 아닙니다.',
      ),
      startedBefore(run, 'log-shipper', 'app'),
      loggedBy(run, 'log-shipper', 'boot line', '"boot line"'),
      endsWithStatus(run, 'Running'),
    ];
  },
};
