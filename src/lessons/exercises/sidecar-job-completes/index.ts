// A batch pod with a classic sidecar never completes; a native sidecar lets it reach Completed.
import { endsWithStatus, loggedBy } from '../../findings';
import { finalPod } from '../../trace-queries';
import type { Exercise } from '../../types';

const JOB = `  - name: job
    image: busybox:1.36
    command: ['sh', '-c', 'for i in 1 2 3; do echo "step $i done" >> /var/log/job.log; sleep 2; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log`;
const SHIPPER = `  - name: log-shipper
    image: busybox:1.36
    command: ['sh', '-c', 'tail -n+1 -F /var/log/job.log']
    volumeMounts:
    - name: logs
      mountPath: /var/log`;
const HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  restartPolicy: Never
  volumes:
  - name: logs
    emptyDir: {}
`;

export const sidecarJobCompletes: Exercise = {
  id: 'sidecar-job-completes',
  kind: 'misconception',
  title: { en: 'A job that never finishes', ko: '끝나지 않는 잡' },
  goal: {
    en: "The job container finishes in a few seconds, but the pod never completes. Make the pod reach Completed (phase Succeeded) while log-shipper still ships the job's lines.",
    ko: 'job 컨테이너는 몇 초 만에 끝나지만 Pod는 끝나지 않습니다. log-shipper가 여전히 job의 로그를 내보내면서 Pod가 Completed(phase Succeeded)에 이르게 하세요.',
  },
  explanation: {
    en: 'A pod succeeds only when all its app containers have terminated. A classic sidecar is an app container that never exits, so the pod stays Running (NotReady) forever. A native sidecar is not counted: once the job exits 0, the kubelet stops the sidecar and the pod becomes Succeeded.',
    ko: 'Pod는 모든 앱 컨테이너가 종료되어야 성공합니다. 전통적인 사이드카는 끝나지 않는 앱 컨테이너이므로 Pod는 영원히 Running(NotReady)에 머뭅니다. 네이티브 사이드카는 여기에 포함되지 않습니다. job이 0으로 종료하면 kubelet이 사이드카를 멈추고 Pod는 Succeeded가 됩니다.',
  },
  start: `${HEAD}  containers:
${JOB}
${SHIPPER}
`,
  solution: `${HEAD}  initContainers:
${SHIPPER}
    restartPolicy: Always
  containers:
${JOB}
`,
  hints: [
    {
      en: 'Which containers must terminate for a pod to succeed? Is the sidecar one of them?',
      ko: 'Pod가 성공하려면 어떤 컨테이너들이 종료되어야 할까요? 사이드카도 그중 하나인가요?',
    },
    {
      en: 'Make log-shipper an init container with `restartPolicy: Always`.',
      ko: 'log-shipper를 `restartPolicy: Always`인 init 컨테이너로 바꾸세요.',
    },
  ],
  prediction: {
    at: 3_000,
    question: {
      en: 'Both containers run. The job writes three lines and exits 0. What will STATUS show next?',
      ko: '두 컨테이너가 실행 중입니다. job은 세 줄을 쓰고 0으로 종료합니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['Completed', 'NotReady', 'Running', 'Error'],
    reveal: {
      en: 'NotReady: the job is done, but log-shipper keeps running, so the pod is neither finished nor ready. It will stay like this.',
      ko: 'NotReady입니다. job은 끝났지만 log-shipper가 계속 실행 중이라 Pod는 끝나지도, 준비되지도 않은 상태입니다. 이대로 계속 머뭅니다.',
    },
  },
  check: (run) => {
    const phase = finalPod(run.trace)?.phase ?? 'Pending';
    return [
      endsWithStatus(run, 'Completed'),
      {
        ok: phase === 'Succeeded',
        text: { en: `The pod's phase is ${phase}.`, ko: `Pod의 phase: ${phase}` },
      },
      loggedBy(run, 'log-shipper', 'step 3 done', '"step 3 done"'),
    ];
  },
};
