// Two containers of one pod share one network namespace: the second listener on a port fails.
import { endsReady, endsWithStatus, execPrints, noRestarts } from '../../findings';
import type { Exercise } from '../../types';

const ASK_WEB2 = 'kubectl exec two-webs -c web1 -- wget -qO- http://localhost:';

const pod = (port2: number) => `apiVersion: v1
kind: Pod
metadata:
  name: two-webs
spec:
  containers:
  - name: web1
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo web1 > /www/index.html; exec httpd -f -p 8080 -h /www']
  - name: web2
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir -p /www; echo web2 > /www/index.html; exec httpd -f -p ${port2} -h /www']
`;

export const portConflict: Exercise = {
  id: 'port-conflict',
  kind: 'fix',
  title: { en: 'Two servers, one port', ko: '서버 둘, 포트 하나' },
  goal: {
    en: 'web2 keeps crashing. Make both containers serve at the same time, with web2 on port 8081, reachable from web1 at localhost:8081.',
    ko: 'web2가 계속 죽습니다. web2를 8081 포트로 바꿔 두 컨테이너가 동시에 서비스하게 하고, web1에서 localhost:8081로 web2에 닿게 하세요.',
  },
  explanation: {
    en: 'All containers of a pod share one network namespace: one IP, one localhost, one set of ports. Two processes cannot both listen on 8080, whichever container they are in; the second one gets `bind: Address already in use`. That same sharing is what lets web1 reach web2 at localhost.',
    ko: 'Pod의 모든 컨테이너는 하나의 네트워크 네임스페이스를 공유합니다: IP 하나, localhost 하나, 포트 집합 하나. 어느 컨테이너에 있든 두 프로세스가 모두 8080에서 listen할 수는 없습니다. 두 번째 프로세스는 `bind: Address already in use`를 받습니다. 바로 이 공유 덕분에 web1이 localhost로 web2에 닿을 수 있습니다.',
  },
  start: pod(8080),
  solution: pod(8081),
  hints: [
    { en: 'Read the Logs of web2.', ko: 'web2의 Logs를 읽어 보세요.' },
    {
      en: "Change `-p 8080` in web2's command to `-p 8081`.",
      ko: 'web2 command의 `-p 8080`을 `-p 8081`로 바꾸세요.',
    },
  ],
  checkInputs: [{ t: 60_000, command: `${ASK_WEB2}8081` }],
  check: (run) => [
    endsWithStatus(run, 'Running'),
    endsReady(run),
    noRestarts(run),
    execPrints(run, `${ASK_WEB2}8081`, 'web2'),
  ],
};
