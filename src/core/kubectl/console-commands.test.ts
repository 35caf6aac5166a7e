// The commands the console adds, run through simulate() on the seed manifest as the console runs them,
// compared with what kubectl prints for the same state.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest/parse';
import { simulate, type SimInput } from '../simulate';

// The init-container example of the Kubernetes docs (the playground's seed).
const SEED_MANIFEST = `apiVersion: v1
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
    command: ['sh', '-c', "until nslookup myservice; do echo waiting for myservice; sleep 2; done;"]
  - name: init-mydb
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup mydb; do echo waiting for mydb; sleep 2; done;"]
`;

function run(inputs: (Omit<SimInput, 't'> & { at: number })[]) {
  const trace = simulate(
    parseManifests(SEED_MANIFEST).objects,
    inputs.map((i) => ({ t: i.at * 1000, command: i.command, stdin: i.stdin })),
    { until: 120_000 },
  );
  return trace.actions.slice(1);
}
const one = (command: string, at = 10, stdin?: string) => run([{ command, at, stdin }])[0];

describe('unknown commands and flags', () => {
  it('fails like cobra', () => {
    expect(one('kubectl foo').stderr).toBe('error: unknown command "foo" for "kubectl"\n');
    expect(one('kubectl get pods --foo')).toMatchObject({
      stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
      exitCode: 1,
    });
    expect(one('kubectl get pods -x').stderr).toBe(
      "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n",
    );
    expect(one('kubectl logs myapp-pod -c init-myservice --tail 1 -f').stderr).toBe('');
  });
  it('accepts -n before the verb', () => {
    expect(one('kubectl -n default get po').stdout).toMatch(/^NAME {8}READY/);
  });
  it('prints help', () => {
    expect(one('kubectl get --help').stdout).toMatch(/^Display one or many resources\./);
    expect(one('kubectl').stdout).toMatch(/^kubectl controls the Kubernetes cluster manager\./);
    expect(one('kubectl exec p -- sh --help').stderr).toContain('NotFound');
  });
});

describe('kubectl version', () => {
  it('prints client, kustomize and server versions', () => {
    expect(one('kubectl version').stdout).toBe(
      'Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n',
    );
  });
});

describe('kubectl describe svc', () => {
  it('lays out a Service as kubectl 1.34 does', () => {
    const [, d] = run([
      { command: 'kubectl create service clusterip myservice --tcp=80:9376', at: 5 },
      { command: 'kubectl describe svc myservice', at: 6 },
    ]);
    const ip = /IP: +(\S+)/.exec(d.stdout)![1];
    expect(d.stdout).toBe(
      [
        'Name:                     myservice',
        'Namespace:                default',
        'Labels:                   app=myservice',
        'Annotations:              <none>',
        'Selector:                 app=myservice',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        `IP:                       ${ip}`,
        `IPs:                      ${ip}`,
        'Port:                     80-9376  80/TCP',
        'TargetPort:               9376/TCP',
        'Endpoints:                ',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });
  it('reports a missing Service', () => {
    expect(one('kubectl describe svc nope').stderr).toBe(
      'Error from server (NotFound): services "nope" not found\n',
    );
  });
});

describe('kubectl describe pod', () => {
  it('finds a pod by name prefix and shows its init containers and events', () => {
    const out = one('kubectl describe pod myapp', 5).stdout;
    expect(out).toMatch(/^Name: {13}myapp-pod\nNamespace: {8}default\nPriority: {9}0\n/);
    expect(out).toContain('Init Containers:\n  init-myservice:\n');
    expect(out).toContain('    State:          Running\n');
    expect(out).toContain(
      '  Normal  Scheduled  5s    default-scheduler  Successfully assigned default/myapp-pod to node-1\n',
    );
    expect(out).toMatch(/Volumes:\n {2}kube-api-access-\w{5}:\n {4}Type: {20}Projected/);
  });
});

describe('kubectl run and label', () => {
  it('creates a pod labelled run=NAME', () => {
    const [r, g] = run([
      { command: 'kubectl run web --image=nginx --restart=Never', at: 5 },
      { command: 'kubectl get pod web --show-labels', at: 20 },
    ]);
    expect(r.stdout).toBe('pod/web created\n');
    expect(g.stdout).toMatch(
      /^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE {3}LABELS\nweb {4}1\/1 {5}Running {3}0 {10}15s {3}run=web\n$/,
    );
  });
  it('fails without an image, or twice', () => {
    expect(one('kubectl run web').stderr).toBe('error: required flag(s) "image" not set\n');
    const [, again] = run([
      { command: 'kubectl run web --image=nginx', at: 5 },
      { command: 'kubectl run web --image=nginx', at: 6 },
    ]);
    expect(again.stderr).toBe('Error from server (AlreadyExists): pods "web" already exists\n');
  });
  it('labels, refuses to overwrite, removes', () => {
    const out = run([
      { command: 'kubectl label pod myapp-pod tier=web', at: 5 },
      { command: 'kubectl label pod myapp-pod tier=db', at: 6 },
      { command: 'kubectl label pod myapp-pod tier=db --overwrite', at: 7 },
      { command: 'kubectl label pod myapp-pod tier-', at: 8 },
      { command: 'kubectl label pod myapp-pod tier-', at: 9 },
    ]);
    expect(out.map((a) => a.stdout + a.stderr)).toEqual([
      'pod/myapp-pod labeled\n',
      "error: 'tier' already has a value (web), and --overwrite is false\n",
      'pod/myapp-pod labeled\n',
      'pod/myapp-pod unlabeled\n',
      'pod/myapp-pod not labeled\n',
    ]);
  });
});

describe('apply -f from the console', () => {
  it('reads pod.yaml (the editor text) and a heredoc from stdin', () => {
    expect(one('kubectl apply -f pod.yaml', 5, SEED_MANIFEST).stdout).toBe('pod/myapp-pod unchanged\n');
    expect(one('kubectl create -f pod.yaml', 5, SEED_MANIFEST).stderr).toBe(
      'Error from server (AlreadyExists): error when creating "pod.yaml": pods "myapp-pod" already exists\n',
    );
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: mydb\nspec:\n  ports:\n  - port: 80\n';
    expect(one('kubectl apply -f -', 5, svc).stdout).toBe('service/mydb created\n');
    expect(one('kubectl apply -f other.yaml', 5, SEED_MANIFEST).stderr).toBe(
      'error: the path "other.yaml" does not exist\n',
    );
  });
});

describe('kubectl explain', () => {
  it('prints a field with its type, description and fields', () => {
    const out = one('kubectl explain pod.spec.initContainers').stdout;
    expect(out).toMatch(
      /^KIND: {7}Pod\nVERSION: {4}v1\n\nFIELD: initContainers <\[\]Container>\n\n\nDESCRIPTION:\n {4}List of initialization containers/,
    );
    expect(out).toContain('\nFIELDS:\n  args\t<[]string>\n    Arguments to the entrypoint.');
    expect(out).toContain('\n  name\t<string> -required-\n');
    expect(one('kubectl explain pod.spec.nope').stderr).toBe('error: field "nope" does not exist\n');
  });
});

describe('kubectl get -o yaml|json', () => {
  it('prints the pod as the API returns it, quoted as go-yaml quotes', () => {
    const out = one('kubectl get pod myapp-pod -o yaml', 5).stdout;
    expect(out).toMatch(
      /^apiVersion: v1\nkind: Pod\nmetadata:\n {2}creationTimestamp: "2026-01-01T10:00:00Z"\n/,
    );
    expect(out).toContain('\n  containers:\n  - command:\n    - sh\n    - -c\n');
    expect(out).toContain("    message: 'containers with incomplete status: [init-myservice init-mydb]'\n");
    expect(out).toContain('    status: "True"\n    type: PodScheduled\n');
    expect(out).toContain('  phase: Pending\n');
  });
  it('prints a List of Services as JSON with 4-space indents', () => {
    const out = JSON.parse(one('kubectl get svc -o json').stdout) as {
      kind: string;
      items: { metadata: { name: string } }[];
    };
    expect(out.kind).toBe('List');
    expect(out.items.map((i) => i.metadata.name)).toEqual(['kubernetes']);
    expect(one('kubectl get svc kubernetes -o json').stdout).toMatch(
      /^\{\n {4}"apiVersion": "v1",\n {4}"kind": "Service",/,
    );
  });
});
