// Init containers: waiting for Services that exist, and preparing content in a shared volume.
import type { Example } from '../types';

export const INIT_EXAMPLES: Example[] = [
  {
    id: 'init-services-exist',
    topic: 'init',
    title: { en: 'Waiting for Services that exist', ko: '이미 있는 Service 기다리기' },
    watch: {
      en: "The same two waiting init containers, with both Services in the manifest. Step through: Init:0/2, Init:1/2, PodInitializing, Running. Each init container starts only after the previous one exited 0; the Logs of init-myservice hold its nslookup answer (the Service's ClusterIP).",
      ko: '기다리는 init 컨테이너 두 개는 같지만, 이번에는 두 Service가 매니페스트에 있습니다. 한 단계씩 진행해 보세요: Init:0/2, Init:1/2, PodInitializing, Running. 각 init 컨테이너는 앞의 것이 0으로 종료한 뒤에야 시작합니다. init-myservice의 Logs에는 nslookup 응답(Service의 ClusterIP)이 있습니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.36
    command: ['sh', '-c', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done']
  - name: init-mydb
    image: busybox:1.36
    command: ['sh', '-c', 'until nslookup mydb; do echo waiting for mydb; sleep 2; done']
  containers:
  - name: myapp-container
    image: busybox:1.36
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
---
apiVersion: v1
kind: Service
metadata:
  name: myservice
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9376
---
apiVersion: v1
kind: Service
metadata:
  name: mydb
spec:
  ports:
  - protocol: TCP
    port: 80
    targetPort: 9377
`,
  },
  {
    id: 'init-content-volume',
    topic: 'init',
    title: { en: 'Cloning content into a shared volume', ko: '공유 볼륨에 콘텐츠 clone하기' },
    watch: {
      en: "The fixed version of the course's git example: the init container uses alpine/git (its entrypoint is git), clones the repository into an emptyDir and exits 0; only then is nginx created, with the same volume mounted over its html folder. Watch the volume in the diagram and the clone's output in Logs. `kubectl exec init-content -c nginx -- cat /usr/share/nginx/html/index.html` prints the cloned page, not nginx's welcome page: the mount hides what the image had there.",
      ko: '강의 git 예제를 고친 버전입니다. init 컨테이너는 alpine/git(엔트리포인트가 git)을 써서 저장소를 emptyDir에 clone하고 0으로 종료합니다. 그 뒤에야 nginx가 생성되고, 같은 볼륨이 nginx의 html 폴더 위에 마운트됩니다. 다이어그램의 볼륨과 Logs의 clone 출력을 보세요. `kubectl exec init-content -c nginx -- cat /usr/share/nginx/html/index.html`은 nginx 환영 페이지가 아니라 clone한 페이지를 출력합니다. 마운트가 이미지에 원래 있던 내용을 가립니다.',
    },
    manifest: `apiVersion: v1
kind: Pod
metadata:
  name: init-content
spec:
  volumes:
  - name: html
    emptyDir: {}
  initContainers:
  - name: clone-site
    image: alpine/git:2.45.2
    args: ['clone', '--depth', '1', 'https://github.com/kubernetes/website.git', '/work-dir']
    volumeMounts:
    - name: html
      mountPath: /work-dir
  containers:
  - name: nginx
    image: nginx:1.27
    ports:
    - containerPort: 80
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
`,
  },
];
