// The docs' myapp-pod: two init containers wait for Services, one after the other.
import { endsWithStatus, startedAfterCompleted } from '../../findings';
import type { Exercise } from '../../types';

const POD = `apiVersion: v1
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

const SERVICES = `---
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
`;

export const initWaitServices: Exercise = {
  id: 'init-wait-services',
  kind: 'fix',
  title: { en: 'myapp-pod waits for its Services', ko: 'myapp-pod가 Service를 기다립니다' },
  goal: {
    en: 'Make myapp-pod reach Running by adding the two Services its init containers wait for (myservice and mydb) to the manifest. Do not change the Pod.',
    ko: 'init 컨테이너가 기다리는 두 Service(myservice, mydb)를 매니페스트에 추가해서 myapp-pod가 Running이 되게 하세요. Pod는 바꾸지 마세요.',
  },
  explanation: {
    en: 'Init containers run one at a time, in order, and each must exit 0 before the next starts. init-myservice loops on nslookup until the name resolves; only then does init-mydb start, and only after both have completed does the app container start. STATUS shows Init:N/M: how many init containers have completed.',
    ko: 'init 컨테이너는 순서대로 하나씩 실행되고, 각각 종료 코드 0으로 끝나야 다음 것이 시작됩니다. init-myservice는 이름이 조회될 때까지 nslookup을 반복하고, 그 뒤에야 init-mydb가 시작되며, 둘 다 완료된 뒤에야 앱 컨테이너가 시작됩니다. STATUS의 Init:N/M은 완료된 init 컨테이너 수입니다.',
  },
  start: POD,
  solution: POD + SERVICES,
  hints: [
    {
      en: 'A Service is its own YAML document: separate it from the Pod with a line `---`.',
      ko: 'Service는 별도의 YAML 문서입니다. Pod와 `---` 줄로 구분하세요.',
    },
    {
      en: 'Each Service needs `apiVersion: v1`, `kind: Service`, `metadata.name` and `spec.ports` (for example port 80, targetPort 9376).',
      ko: 'Service마다 `apiVersion: v1`, `kind: Service`, `metadata.name`, `spec.ports`(예: port 80, targetPort 9376)가 필요합니다.',
    },
  ],
  prediction: {
    at: 100,
    question: {
      en: 'Neither Service exists yet and the pod shows Init:0/2. What will STATUS show next?',
      ko: '아직 Service가 하나도 없습니다. 다음에 STATUS는 무엇을 보여 줄까요?',
    },
    options: ['Init:0/2', 'Init:1/2', 'Init:Error', 'Running'],
    reveal: {
      en: 'It stays Init:0/2: init-myservice keeps waiting (nslookup fails, sleep 2, again). A waiting init container is not an error, so nothing restarts.',
      ko: 'Init:0/2에 그대로 머뭅니다. init-myservice가 계속 기다립니다(nslookup 실패, sleep 2, 반복). 기다리는 init 컨테이너는 오류가 아니므로 아무것도 재시작하지 않습니다.',
    },
  },
  check: (run) => [
    endsWithStatus(run, 'Running'),
    startedAfterCompleted(run, 'init-mydb', 'init-myservice'),
    startedAfterCompleted(run, 'myapp-container', 'init-mydb'),
  ],
};
