// A liveness probe pointed at the wrong file kills a healthy app again and again.
import { endsReady, endsWithStatus, noRestarts } from '../../findings';
import type { Exercise } from '../../types';

const pod = (file: string) => `apiVersion: v1
kind: Pod
metadata:
  name: liveness-exec
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'touch /tmp/healthy; sleep 3600']
    livenessProbe:
      exec:
        command: ['cat', '${file}']
      initialDelaySeconds: 5
      periodSeconds: 5
`;

export const probeLiveness: Exercise = {
  id: 'probe-liveness',
  kind: 'fix',
  title: { en: 'Killed by its liveness probe', ko: 'liveness probe에 죽는 컨테이너' },
  goal: {
    en: 'A healthy app keeps being restarted. Fix the liveness probe so that the pod runs ten minutes without a restart.',
    ko: '정상인 앱이 계속 재시작됩니다. liveness probe를 고쳐서 Pod가 10분 동안 재시작 없이 실행되게 하세요.',
  },
  explanation: {
    en: 'After failureThreshold (3) failed liveness probes in a row, the kubelet kills the container ("failed liveness probe, will be restarted") and restarts it under the pod\'s restartPolicy. Watch the RESTARTS column and the Killing events: STATUS can stay Running the whole time.',
    ko: 'liveness probe가 연속으로 failureThreshold(3)번 실패하면 kubelet이 컨테이너를 죽이고("failed liveness probe, will be restarted") Pod의 restartPolicy에 따라 재시작합니다. RESTARTS 열과 Killing 이벤트를 보세요. STATUS는 내내 Running일 수도 있습니다.',
  },
  start: pod('/tmp/health'),
  solution: pod('/tmp/healthy'),
  hints: [
    {
      en: 'Compare the file the app touches with the file the probe reads.',
      ko: '앱이 만드는 파일과 probe가 읽는 파일을 비교해 보세요.',
    },
  ],
  check: (run) => [endsWithStatus(run, 'Running'), endsReady(run), noRestarts(run)],
};
