// CKA-style: fix a broken pod (the API server refuses it, then the image cannot be pulled).
import { endsReady, endsWithStatus, podNamed } from '../../findings';
import type { Exercise } from '../../types';

const pod = (image: string, volume: string) => `apiVersion: v1
kind: Pod
metadata:
  name: broken
spec:
  containers:
  - name: nginx
    image: ${image}
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  volumes:
  - name: ${volume}
    emptyDir: {}
`;

export const ckaFixInvalid: Exercise = {
  id: 'cka-fix-invalid',
  kind: 'fix',
  title: { en: 'CKA task: fix this broken pod', ko: 'CKA 과제: 고장 난 Pod 고치기' },
  goal: {
    en: 'This manifest has two problems. Fix both so that the pod broken is Running and Ready.',
    ko: '이 매니페스트에는 문제가 두 가지 있습니다. 둘 다 고쳐서 broken Pod가 Running이고 Ready가 되게 하세요.',
  },
  explanation: {
    en: 'Some mistakes are caught by the API server before anything runs (see Problems: the exact message `kubectl apply` prints). Others only show up on the node, as events. Fix them in that order.',
    ko: '어떤 실수는 실행 전에 API 서버가 잡아냅니다(Problems를 보세요: `kubectl apply`가 출력하는 그대로의 메시지). 다른 실수는 노드에서 이벤트로만 드러납니다. 그 순서대로 고치세요.',
  },
  start: pod('nginx:latset', 'www'),
  solution: pod('nginx:1.27', 'html'),
  hints: [
    {
      en: 'A volumeMount must name a volume of the pod.',
      ko: 'volumeMount는 Pod의 볼륨 이름을 가리켜야 합니다.',
    },
    { en: 'Once it applies, read the Events tab.', ko: 'apply가 되면 Events 탭을 읽어 보세요.' },
  ],
  check: (run) => [podNamed(run, 'broken'), endsWithStatus(run, 'Running'), endsReady(run)],
};
