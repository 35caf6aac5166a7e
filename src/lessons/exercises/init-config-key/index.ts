// An init container that validates its configuration crash-loops until the ConfigMap has the key.
import { endsWithStatus, loggedBy, startedAfterCompleted } from '../../findings';
import type { Exercise } from '../../types';

const manifest = (key: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  ${key}: |
    mode=production
---
apiVersion: v1
kind: Pod
metadata:
  name: configured
spec:
  volumes:
  - name: config
    configMap:
      name: app-config
  initContainers:
  - name: check-config
    image: busybox:1.36
    command: ['sh', '-c', 'cat /config/app.conf']
    volumeMounts:
    - name: config
      mountPath: /config
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo "started with $(cat /config/app.conf)"; sleep 3600']
    volumeMounts:
    - name: config
      mountPath: /config
`;

export const initConfigKey: Exercise = {
  id: 'init-config-key',
  kind: 'fix',
  title: { en: 'Init:CrashLoopBackOff on a missing file', ko: '없는 파일 때문에 Init:CrashLoopBackOff' },
  goal: {
    en: 'check-config reads /config/app.conf from the ConfigMap volume and crash-loops. Fix the ConfigMap (not the Pod) so that the pod starts.',
    ko: 'check-config가 ConfigMap 볼륨에서 /config/app.conf를 읽다가 크래시 루프에 빠집니다. Pod가 아니라 ConfigMap을 고쳐서 Pod가 시작되게 하세요.',
  },
  explanation: {
    en: 'A configMap volume has one file per key of the ConfigMap, named after the key. When an init container exits non-zero under restartPolicy Always, the kubelet restarts it with a growing back-off (10s, 20s, 40s ... 5m): Init:Error, then Init:CrashLoopBackOff. The Logs tab shows why.',
    ko: 'configMap 볼륨에는 ConfigMap의 키마다 그 키 이름의 파일이 하나씩 생깁니다. restartPolicy Always에서 init 컨테이너가 0이 아닌 코드로 종료하면 kubelet은 점점 늘어나는 back-off(10s, 20s, 40s ... 5m)로 재시작합니다: Init:Error, 그다음 Init:CrashLoopBackOff. 이유는 Logs 탭에 나옵니다.',
  },
  start: manifest('app.cfg'),
  solution: manifest('app.conf'),
  hints: [
    {
      en: "The log says `cat: can't open '/config/app.conf'`. Which files does the volume contain?",
      ko: "로그에 `cat: can't open '/config/app.conf'`라고 나옵니다. 볼륨에는 어떤 파일들이 있을까요?",
    },
    { en: 'Rename the ConfigMap key to app.conf.', ko: 'ConfigMap 키 이름을 app.conf로 바꾸세요.' },
  ],
  prediction: {
    at: 2_000,
    question: {
      en: 'check-config has just failed (Init:Error). What will STATUS show after the next change?',
      ko: 'check-config가 방금 실패했습니다(Init:Error). 다음 변화 후 STATUS는 무엇일까요?',
    },
    options: ['Init:CrashLoopBackOff', 'CrashLoopBackOff', 'Error', 'Init:0/1'],
    reveal: {
      en: 'Init:CrashLoopBackOff: the "Init:" prefix tells you the crash loop is in an init container, not in the app.',
      ko: 'Init:CrashLoopBackOff입니다. "Init:" 접두사는 크래시 루프가 앱이 아니라 init 컨테이너에서 일어나고 있음을 알려 줍니다.',
    },
  },
  check: (run) => [
    startedAfterCompleted(run, 'app', 'check-config'),
    loggedBy(run, 'app', 'started with mode=production', '"started with mode=production"'),
    endsWithStatus(run, 'Running'),
  ],
};
