// The course's git clone example: busybox has no git, so the init container fails with exit 127.
import { endsWithStatus, execPrints, podNamed, startedAfterCompleted } from '../../findings';
import type { Exercise } from '../../types';

const pod = (init: string) => `apiVersion: v1
kind: Pod
metadata:
  name: init-demo
spec:
  initContainers:
  - name: clone-repo
${init}
    volumeMounts:
    - name: workdir
      mountPath: /work-dir
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    volumeMounts:
    - name: workdir
      mountPath: /usr/share/nginx/html
  volumes:
  - name: workdir
    emptyDir: {}
`;

export const GIT_CLONE_POD = pod(`    image: busybox
    command: ['sh', '-c', 'git clone https://github.com/kubernetes/website.git /work-dir']`);

const READ_PAGE = 'kubectl exec init-demo -c nginx -- cat /usr/share/nginx/html/index.html';

export const gitCloneBusybox: Exercise = {
  id: 'git-clone-busybox',
  kind: 'fix',
  title: { en: 'git clone on busybox', ko: 'busybox에서 git clone' },
  goal: {
    en: 'The init container should put an index.html into the shared emptyDir so that nginx serves it. Keep the pod name, the volume and the nginx container; change only the init container so that it completes.',
    ko: 'init 컨테이너가 공유 emptyDir에 index.html을 넣어 nginx가 그것을 제공하게 하세요. Pod 이름, 볼륨, nginx 컨테이너는 그대로 두고 init 컨테이너만 고쳐서 완료되게 하세요.',
  },
  explanation: {
    en: 'An image contains only the programs someone put in it. busybox has sh, wget, echo and other small applets, but no git: `sh: git: not found`, exit code 127. The init container fails, the kubelet restarts it (restartPolicy Always), and the pod never gets past Init. The fix is an image that has the tool, such as alpine/git, or a tool the image does have (busybox can write the page with echo).',
    ko: '이미지에는 누군가 넣어 둔 프로그램만 있습니다. busybox에는 sh, wget, echo 같은 작은 애플릿은 있지만 git은 없습니다: `sh: git: not found`, 종료 코드 127. init 컨테이너가 실패하면 kubelet이 그 컨테이너를 재시작하고(restartPolicy Always), Pod는 Init 단계를 넘어가지 못합니다. 해결책은 alpine/git처럼 도구가 들어 있는 이미지를 쓰거나, 이미지에 이미 있는 도구를 쓰는 것입니다(busybox라면 echo로 페이지를 쓸 수 있습니다).',
  },
  start: GIT_CLONE_POD,
  solution: pod(`    image: alpine/git:2.45.2
    command: ['sh', '-c', 'git clone https://github.com/kubernetes/website.git /work-dir']`),
  alternatives: [
    pod(`    image: busybox:1.36
    command: ['sh', '-c', 'echo "<h1>Hello from the init container</h1>" > /work-dir/index.html']`),
  ],
  hints: [
    {
      en: 'Open the Logs tab for clone-repo: what does sh say?',
      ko: 'Logs 탭에서 clone-repo를 보세요. sh가 뭐라고 하나요?',
    },
    {
      en: 'Use an image that has git: `image: alpine/git:2.45.2` (it has sh too, so the command can stay).',
      ko: 'git이 있는 이미지를 쓰세요: `image: alpine/git:2.45.2` (sh도 있으므로 command는 그대로 둬도 됩니다).',
    },
    {
      en: "Or keep busybox and write the page without git: `echo '<h1>Hello</h1>' > /work-dir/index.html`.",
      ko: "또는 busybox를 유지하고 git 없이 페이지를 쓰세요: `echo '<h1>Hello</h1>' > /work-dir/index.html`.",
    },
  ],
  prediction: {
    at: 100,
    question: {
      en: 'The init container runs `git clone` in busybox. What will STATUS show next?',
      ko: 'init 컨테이너가 busybox에서 `git clone`을 실행합니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['PodInitializing', 'Init:Error', 'Init:CrashLoopBackOff', 'Running'],
    reveal: {
      en: 'Init:Error: git is not in the image, sh exits 127. Step on: the kubelet restarts the init container and, after the second failure, waits: Init:CrashLoopBackOff.',
      ko: 'Init:Error입니다. 이미지에 git이 없어 sh가 127로 종료합니다. 계속 진행해 보세요. kubelet이 init 컨테이너를 재시작하고, 두 번째 실패 뒤에는 기다립니다: Init:CrashLoopBackOff.',
    },
  },
  checkInputs: [{ t: 60_000, command: READ_PAGE }],
  check: (run) => [
    podNamed(run, 'init-demo'),
    startedAfterCompleted(run, 'nginx', 'clone-repo'),
    endsWithStatus(run, 'Running'),
    execPrints(run, READ_PAGE, '<'),
  ],
};
