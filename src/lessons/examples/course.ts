// The course's own two init-container examples, as the Kubernetes docs lesson gives them.
import { GIT_CLONE_POD } from '../exercises/git-clone-busybox';
import type { Example } from '../types';

export const MYAPP_POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done"]
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup mydb.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for mydb; sleep 2; done"]
`;

export const COURSE_EXAMPLES: Example[] = [
  {
    id: 'course-git-clone',
    topic: 'course',
    title: { en: 'git clone in an init container', ko: 'init 컨테이너에서 git clone' },
    watch: {
      en: 'An init container clones a repository into an emptyDir that nginx serves. It uses busybox, which has no git: the Logs tab shows `sh: git: not found` and the container exits 127. Watch STATUS go Init:0/1, Init:Error, then Init:CrashLoopBackOff with RESTARTS growing and longer pauses between tries; nginx is never created. The fix is an image that has git (alpine/git), or a tool busybox does have (exercise "git clone on busybox").',
      ko: 'init 컨테이너가 nginx가 제공하는 emptyDir에 저장소를 clone합니다. 그런데 git이 없는 busybox를 씁니다. Logs 탭에 `sh: git: not found`가 나오고 컨테이너는 127로 종료합니다. STATUS가 Init:0/1, Init:Error, 그리고 Init:CrashLoopBackOff로 바뀌고 RESTARTS가 늘어나며 재시도 사이 대기가 길어지는 것을 보세요. nginx는 생성조차 되지 않습니다. 해결책은 git이 있는 이미지(alpine/git)나 busybox에 있는 도구를 쓰는 것입니다(연습 "busybox에서 git clone").',
    },
    manifest: GIT_CLONE_POD,
  },
  {
    id: 'course-myapp-pod',
    topic: 'course',
    title: { en: 'myapp-pod waits for myservice and mydb', ko: 'myservice와 mydb를 기다리는 myapp-pod' },
    watch: {
      en: 'The docs example: two init containers loop on nslookup until the Services myservice and mydb exist. Nothing fails and nothing restarts: STATUS simply stays Init:0/2 and the Logs show "waiting for myservice" every two seconds. Create the Services (append them after `---`, or `kubectl create service clusterip myservice --tcp=80:9376`) and watch Init:1/2, PodInitializing, Running, one step at a time.',
      ko: '문서의 예제입니다. 두 init 컨테이너가 Service myservice와 mydb가 생길 때까지 nslookup을 반복합니다. 실패도 재시작도 없습니다. STATUS는 Init:0/2에 머물고 Logs에는 2초마다 "waiting for myservice"가 나옵니다. Service를 만들면(`---` 뒤에 추가하거나 `kubectl create service clusterip myservice --tcp=80:9376`) Init:1/2, PodInitializing, Running으로 한 단계씩 진행되는 것을 볼 수 있습니다.',
    },
    manifest: MYAPP_POD,
  },
];
