// CrashLoopBackOff from a typo in the command.
import { endsWithStatus, loggedBy, noRestarts } from '../../findings';
import type { Exercise } from '../../types';

const pod = (cmd: string) => `apiVersion: v1
kind: Pod
metadata:
  name: sleepy
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo "app started"; ${cmd} 3600']
`;

export const crashloopTypo: Exercise = {
  id: 'crashloop-typo',
  kind: 'fix',
  title: { en: 'CrashLoopBackOff', ko: 'CrashLoopBackOff' },
  goal: {
    en: 'Find why the container keeps restarting and fix it so that the pod stays Running without any restart.',
    ko: '컨테이너가 왜 계속 재시작하는지 찾아서, Pod가 재시작 없이 Running을 유지하도록 고치세요.',
  },
  explanation: {
    en: "CrashLoopBackOff is not an error of its own: it is the kubelet waiting before the next restart of a container that keeps exiting. The reason is in the container's last state (exit code 127 = command not found) and in its logs. `kubectl logs --previous` shows the run before the restart.",
    ko: 'CrashLoopBackOff는 그 자체로 오류가 아니라, 계속 종료되는 컨테이너를 다시 시작하기 전에 kubelet이 기다리고 있다는 뜻입니다. 원인은 컨테이너의 마지막 상태(종료 코드 127 = 명령을 찾을 수 없음)와 로그에 있습니다. `kubectl logs --previous`는 재시작 전 실행의 로그를 보여 줍니다.',
  },
  start: pod('slep'),
  solution: pod('sleep'),
  hints: [
    {
      en: 'Read the Logs tab: the second line is from sh.',
      ko: 'Logs 탭을 읽어 보세요. 두 번째 줄은 sh가 출력한 것입니다.',
    },
    { en: 'Check the spelling of every word in the command.', ko: 'command의 모든 단어 철자를 확인하세요.' },
  ],
  prediction: {
    at: 100,
    question: {
      en: 'The container prints "app started", then runs `slep 3600`. What will STATUS show next?',
      ko: '컨테이너는 "app started"를 출력한 뒤 `slep 3600`을 실행합니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['Running', 'Error', 'CrashLoopBackOff', 'Completed'],
    reveal: {
      en: 'Error: sh cannot find slep and exits 127. Keep stepping: Error, restart, CrashLoopBackOff, with longer waits each time.',
      ko: 'Error입니다. sh가 slep을 찾지 못해 127로 종료합니다. 계속 진행해 보세요: Error, 재시작, CrashLoopBackOff가 반복되며 대기 시간이 점점 길어집니다.',
    },
  },
  check: (run) => [
    endsWithStatus(run, 'Running'),
    noRestarts(run),
    loggedBy(run, 'app', 'app started', '"app started"'),
  ],
};
