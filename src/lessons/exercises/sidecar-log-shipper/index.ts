// Build a classic sidecar: a second container streams the app's log file from a shared emptyDir.
import { endsReady, endsWithStatus, loggedBy, noRestarts, podSpec, specFact } from '../../findings';
import type { Exercise } from '../../types';

const APP = `  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do echo "request $i served" >> /var/log/app.log; i=$((i+1)); sleep 2; done']`;

export const sidecarLogShipper: Exercise = {
  id: 'sidecar-log-shipper',
  kind: 'build',
  title: { en: 'A log-shipping sidecar', ko: '로그를 내보내는 사이드카' },
  goal: {
    en: 'The app writes its log to /var/log/app.log, so `kubectl logs` shows nothing. Add a second container named log-shipper that prints that file to its own stdout, through an emptyDir volume mounted at /var/log in both containers.',
    ko: '앱이 로그를 /var/log/app.log 파일에 쓰기 때문에 `kubectl logs`에는 아무것도 나오지 않습니다. 두 컨테이너 모두 /var/log에 마운트한 emptyDir 볼륨을 통해, 그 파일을 자기 stdout으로 출력하는 log-shipper 컨테이너를 추가하세요.',
  },
  explanation: {
    en: 'Containers of one pod do not share a filesystem, only the volumes they both mount. An emptyDir lives as long as the pod; a sidecar that runs `tail -f` on the shared file turns it into a log stream the kubelet collects.',
    ko: '같은 Pod의 컨테이너라도 파일시스템은 공유하지 않습니다. 둘 다 마운트한 볼륨만 공유합니다. emptyDir은 Pod가 살아 있는 동안 유지되며, 공유 파일에 `tail -f`를 실행하는 사이드카가 그 파일을 kubelet이 수집하는 로그 스트림으로 바꿉니다.',
  },
  start: `apiVersion: v1
kind: Pod
metadata:
  name: logger
spec:
  containers:
${APP}
`,
  solution: `apiVersion: v1
kind: Pod
metadata:
  name: logger
spec:
  volumes:
  - name: logs
    emptyDir: {}
  containers:
${APP}
    volumeMounts:
    - name: logs
      mountPath: /var/log
  - name: log-shipper
    image: busybox:1.36
    command: ['sh', '-c', 'tail -n+1 -f /var/log/app.log']
    volumeMounts:
    - name: logs
      mountPath: /var/log
`,
  hints: [
    {
      en: 'Start with `volumes: [{name: logs, emptyDir: {}}]` under spec.',
      ko: 'spec 아래에 `volumes: [{name: logs, emptyDir: {}}]`부터 추가하세요.',
    },
    {
      en: "The sidecar's command can be `['sh', '-c', 'tail -n+1 -f /var/log/app.log']`.",
      ko: "사이드카의 command는 `['sh', '-c', 'tail -n+1 -f /var/log/app.log']`로 하면 됩니다.",
    },
  ],
  check: (run) => {
    const names = podSpec(run)?.spec?.containers.map((c) => c.name) ?? [];
    return [
      specFact(
        names.includes('log-shipper'),
        names.includes('log-shipper')
          ? 'There is a container named log-shipper.'
          : 'No container is named log-shipper.',
        names.includes('log-shipper')
          ? 'log-shipper 컨테이너가 있습니다.'
          : 'log-shipper 컨테이너가 없습니다.',
      ),
      loggedBy(run, 'log-shipper', 'request 0 served', '"request 0 served"'),
      endsWithStatus(run, 'Running'),
      endsReady(run),
      noRestarts(run),
    ];
  },
};
