// A readiness probe that never succeeds: Running but 0/1, no restarts.
import { endsReady, endsWithStatus, noRestarts } from '../../findings';
import type { Exercise } from '../../types';

const pod = (file: string) => `apiVersion: v1
kind: Pod
metadata:
  name: not-ready
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 5; touch /tmp/ready; sleep 3600']
    readinessProbe:
      exec:
        command: ['cat', '${file}']
      periodSeconds: 5
`;

export const probeReadiness: Exercise = {
  id: 'probe-readiness',
  kind: 'fix',
  title: { en: 'Running but not Ready', ko: 'Running인데 Ready가 아님' },
  goal: {
    en: 'The pod is Running but READY stays 0/1. Fix the readiness probe so that the pod becomes Ready, without restarts.',
    ko: 'Pod는 Running인데 READY가 0/1에서 바뀌지 않습니다. readiness probe를 고쳐서 재시작 없이 Pod가 Ready가 되게 하세요.',
  },
  explanation: {
    en: "A failing readiness probe never restarts anything: it only keeps the container out of READY (and the pod out of Service endpoints). Each failure is a Warning event Unhealthy with the probe's output.",
    ko: '실패하는 readiness probe는 아무것도 재시작하지 않습니다. 컨테이너를 READY에서 빼고 Pod를 Service 엔드포인트에서 뺄 뿐입니다. 실패할 때마다 probe 출력이 담긴 Unhealthy Warning 이벤트가 생깁니다.',
  },
  start: pod('/tmp/healthy'),
  solution: pod('/tmp/ready'),
  hints: [
    {
      en: 'Read an Unhealthy event: which file does the probe look for?',
      ko: 'Unhealthy 이벤트를 읽어 보세요. probe가 찾는 파일은 무엇인가요?',
    },
    { en: 'Which file does the app create?', ko: '앱이 만드는 파일은 무엇인가요?' },
  ],
  check: (run) => [endsWithStatus(run, 'Running'), endsReady(run), noRestarts(run)],
};
