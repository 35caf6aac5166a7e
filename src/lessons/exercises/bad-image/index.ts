// ErrImagePull / ImagePullBackOff from a misspelled tag.
import { endsReady, endsWithStatus } from '../../findings';
import type { Exercise } from '../../types';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: ${image}
    ports:
    - containerPort: 80
`;

export const badImage: Exercise = {
  id: 'bad-image',
  kind: 'fix',
  title: { en: 'ImagePullBackOff', ko: 'ImagePullBackOff' },
  goal: {
    en: 'The pod never starts. Read the events, find the problem and make the pod Running and Ready.',
    ko: 'Pod가 시작되지 않습니다. 이벤트를 읽고 문제를 찾아 Pod가 Running이고 Ready가 되게 하세요.',
  },
  explanation: {
    en: "Before a container can be created its image must be on the node. When the pull fails the container waits with ErrImagePull, then ImagePullBackOff while the kubelet waits longer and longer between pulls. No container ran, so there are no logs: the Events tab has the registry's answer.",
    ko: '컨테이너를 만들기 전에 이미지가 노드에 있어야 합니다. 풀(pull)이 실패하면 컨테이너는 ErrImagePull로 기다리고, kubelet이 점점 더 오래 기다렸다가 다시 풀하는 동안 ImagePullBackOff가 됩니다. 실행된 컨테이너가 없으니 로그도 없습니다. 레지스트리의 응답은 Events 탭에 있습니다.',
  },
  start: pod('nginx:latset'),
  solution: pod('nginx:1.27'),
  hints: [
    {
      en: 'Open the Events tab and read the Failed event.',
      ko: 'Events 탭을 열고 Failed 이벤트를 읽어 보세요.',
    },
    { en: 'Look closely at the tag after the colon.', ko: '콜론 뒤의 태그를 자세히 보세요.' },
  ],
  prediction: {
    at: 100,
    question: {
      en: 'The image tag is misspelled. What will STATUS show next?',
      ko: '이미지 태그의 철자가 틀렸습니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['ErrImagePull', 'CrashLoopBackOff', 'Error', 'Running'],
    reveal: {
      en: 'ErrImagePull, soon followed by ImagePullBackOff. Not CrashLoopBackOff: the container never ran.',
      ko: 'ErrImagePull이고 곧 ImagePullBackOff가 됩니다. CrashLoopBackOff가 아닙니다. 컨테이너는 실행된 적이 없으니까요.',
    },
  },
  check: (run) => [endsWithStatus(run, 'Running'), endsReady(run)],
};
