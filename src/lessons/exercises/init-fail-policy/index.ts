// Misconception: "if an init container fails, the pod restarts". Under Never the pod just fails; under
// OnFailure/Always the kubelet restarts that one init container inside the same pod.
import { endsWithStatus, restarted } from '../../findings';
import { podSnapshots } from '../../trace-queries';
import type { Exercise } from '../../types';

const pod = (policy: string) => `apiVersion: v1
kind: Pod
metadata:
  name: flaky-init
spec:
  restartPolicy: ${policy}
  volumes:
  - name: state
    emptyDir: {}
  initContainers:
  - name: warm-up
    image: busybox:1.36
    command: ['sh', '-c', 'if [ -f /state/tried ]; then echo "second try: ok"; else touch /state/tried; echo "first try: not yet"; exit 1; fi']
    volumeMounts:
    - name: state
      mountPath: /state
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo app running; sleep 3600']
`;

export const initFailPolicy: Exercise = {
  id: 'init-fail-policy',
  kind: 'misconception',
  title: { en: 'Who restarts a failed init container?', ko: '실패한 init 컨테이너는 누가 재시작할까요?' },
  goal: {
    en: 'warm-up fails on its first try and succeeds on its second. Without touching its command, make the pod reach Running.',
    ko: 'warm-up은 첫 시도에서 실패하고 두 번째 시도에서 성공합니다. command는 건드리지 말고 Pod가 Running이 되게 하세요.',
  },
  explanation: {
    en: 'Many learners believe a failed init container makes the pod restart. Watch what really happens: with restartPolicy Never, nothing is retried and the pod ends Failed (Init:Error). With OnFailure or Always, the kubelet restarts only the init container, in the same pod: same name, same UID, same emptyDir (that is how the second try finds /state/tried).',
    ko: 'init 컨테이너가 실패하면 Pod가 재시작된다고 믿는 학습자가 많습니다. 실제로 무슨 일이 일어나는지 보세요. restartPolicy가 Never이면 아무것도 재시도하지 않고 Pod는 Failed(Init:Error)로 끝납니다. OnFailure나 Always이면 kubelet은 같은 Pod 안에서 그 init 컨테이너만 재시작합니다. 이름도, UID도, emptyDir도 그대로입니다(그래서 두 번째 시도가 /state/tried를 찾습니다).',
  },
  start: pod('Never'),
  solution: pod('OnFailure'),
  hints: [
    {
      en: 'Look at spec.restartPolicy. It applies to init containers too.',
      ko: 'spec.restartPolicy를 보세요. init 컨테이너에도 적용됩니다.',
    },
    { en: 'Try `restartPolicy: OnFailure`.', ko: '`restartPolicy: OnFailure`를 시도해 보세요.' },
  ],
  prediction: {
    at: 100,
    question: {
      en: 'restartPolicy is Never and warm-up exits 1 on its first try. What will STATUS show next?',
      ko: 'restartPolicy가 Never이고 warm-up은 첫 시도에서 1로 종료합니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['Init:Error', 'Init:CrashLoopBackOff', 'Pending', 'Init:1/1'],
    reveal: {
      en: 'Init:Error, and it stays there: the pod is Failed. No retry, no new pod; the app container is never created.',
      ko: 'Init:Error이고 그대로 머뭅니다. Pod는 Failed입니다. 재시도도, 새 Pod도 없고 앱 컨테이너는 생성조차 되지 않습니다.',
    },
  },
  check: (run) => {
    const uids = new Set(podSnapshots(run.trace).map((s) => s.uid));
    return [
      endsWithStatus(run, 'Running'),
      restarted(run, 'warm-up'),
      {
        ok: uids.size === 1,
        text: {
          en: `The pod kept one UID the whole time (${uids.size} seen): it was never recreated.`,
          ko: `Pod의 UID는 처음부터 끝까지 하나였습니다(${uids.size}개 관찰). Pod는 다시 만들어지지 않았습니다.`,
        },
      },
    ];
  },
};
