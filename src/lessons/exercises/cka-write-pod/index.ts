// CKA-style: write a pod from a description.
import { endsWithStatus, execPrints, podNamed, startedAfterCompleted } from '../../findings';
import type { Exercise } from '../../types';

const READ_PAGE = 'kubectl exec web -c nginx -- cat /usr/share/nginx/html/index.html';

export const ckaWritePod: Exercise = {
  id: 'cka-write-pod',
  kind: 'build',
  title: { en: 'CKA task: write the pod', ko: 'CKA 과제: Pod 작성하기' },
  goal: {
    en: 'Create a pod named web. An init container named setup (image busybox:1.36) writes the text `hello from setup` to index.html in an emptyDir volume named html. A container named nginx (image nginx:1.27) mounts the same volume at /usr/share/nginx/html and serves it.',
    ko: '이름이 web인 Pod를 만드세요. setup이라는 init 컨테이너(이미지 busybox:1.36)가 html이라는 emptyDir 볼륨의 index.html에 `hello from setup`을 씁니다. nginx라는 컨테이너(이미지 nginx:1.27)는 같은 볼륨을 /usr/share/nginx/html에 마운트해 제공합니다.',
  },
  explanation: {
    en: 'In the exam you type this from memory (or from `kubectl run web --image=nginx:1.27 --dry-run=client -o yaml`). The check runs `kubectl exec web -c nginx -- cat /usr/share/nginx/html/index.html` after one minute.',
    ko: '시험에서는 이것을 기억으로 (또는 `kubectl run web --image=nginx:1.27 --dry-run=client -o yaml`에서 시작해) 작성합니다. 검사는 1분 뒤 `kubectl exec web -c nginx -- cat /usr/share/nginx/html/index.html`을 실행합니다.',
  },
  start: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`,
  solution: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
  - name: html
    emptyDir: {}
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ['sh', '-c', 'echo "hello from setup" > /html/index.html']
    volumeMounts:
    - name: html
      mountPath: /html
  containers:
  - name: nginx
    image: nginx:1.27
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
`,
  hints: [
    {
      en: 'Three parts: `volumes` (html, emptyDir), `initContainers` (setup) and a volumeMount in nginx.',
      ko: '세 부분입니다: `volumes`(html, emptyDir), `initContainers`(setup), 그리고 nginx의 volumeMount.',
    },
    {
      en: "setup's command: `['sh', '-c', 'echo \"hello from setup\" > /html/index.html']` with the volume mounted at /html.",
      ko: "setup의 command: `['sh', '-c', 'echo \"hello from setup\" > /html/index.html']`, 볼륨은 /html에 마운트합니다.",
    },
  ],
  checkInputs: [{ t: 60_000, command: READ_PAGE }],
  check: (run) => [
    podNamed(run, 'web'),
    startedAfterCompleted(run, 'nginx', 'setup'),
    endsWithStatus(run, 'Running'),
    execPrints(run, READ_PAGE, 'hello from setup'),
  ],
};
