import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifest/parse';
import { simulate, startSimulation, type SimInput } from './simulate';
import { eventTimes, frameAt } from './trace/frame';

const crashingWithProbes = `apiVersion: v1
kind: Pod
metadata:
  name: crashers
spec:
  containers:
  - name: a
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting; sleep 1; exit 1']
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
      periodSeconds: 5
  - name: b
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do echo tick $i >> /shared/log; i=$((i+1)); sleep 1; done']
    readinessProbe:
      exec:
        command: ['true']
      periodSeconds: 3
    volumeMounts:
    - name: shared
      mountPath: /shared
  - name: tail
    image: busybox:1.36
    command: ['sh', '-c', 'tail -f /shared/log']
    volumeMounts:
    - name: shared
      mountPath: /shared
  volumes:
  - name: shared
    emptyDir: {}
`;

const waitingForServices = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ['sh', '-c', "until nslookup myservice; do echo waiting for myservice; sleep 2; done;"]
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
`;

const cases: { name: string; text: string; inputs: SimInput[] }[] = [
  { name: 'crash loops, probes and a shared emptyDir', text: crashingWithProbes, inputs: [] },
  {
    name: 'a Service created later, then the pod deleted',
    text: waitingForServices,
    inputs: [
      { t: 7_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' },
      { t: 40_000, command: 'kubectl delete pod myapp-pod' },
      { t: 50_000, command: 'kubectl delete service myservice' },
    ],
  },
];

describe('a simulation run in pieces', () => {
  for (const { name, text, inputs } of cases) {
    const objects = parseManifests(text).objects;
    const opts = { until: 120_000, seed: 1 };
    const whole = simulate(objects, inputs, opts);

    it(`${name}: running to t1 then to the end is exactly one run`, () => {
      const run = startSimulation(objects, inputs, opts);
      for (const t of [0, 1_000, 6_999, 7_000, 33_333, 90_000]) expect(run.runTo(t)).toBe(false);
      expect(run.runTo(500_000)).toBe(true);
      expect(run.trace()).toEqual(whole);
    });

    it(`${name}: an early answer shows every moment up to where it got exactly as the whole run does`, () => {
      for (const reached of [0, 2_500, 7_000, 45_000, 60_000]) {
        const run = startSimulation(objects, inputs, opts);
        run.runTo(reached);
        const partial = run.trace();
        expect(partial.complete).toBe(reached);
        expect(partial.until).toBe(opts.until);
        run.runTo(opts.until); // the run goes on; the early answer must not change with it
        for (let t = 0; t <= reached; t += 500) expect(frameAt(partial, t)).toEqual(frameAt(whole, t));
        expect(frameAt(partial, reached)).toEqual(frameAt(whole, reached));
        expect(eventTimes(partial)).toEqual(eventTimes(whole).filter((t) => t <= reached));
        expect(run.trace()).toEqual(whole);
      }
    });
  }

  it('ends at the step budget like a whole run does', () => {
    const objects = parseManifests(crashingWithProbes).objects;
    const opts = { until: 600_000, seed: 1, maxSteps: 500 };
    const whole = simulate(objects, [], opts);
    expect(whole.until).toBeLessThan(600_000);
    const run = startSimulation(objects, [], opts);
    let over = false;
    for (let t = 0; !over; t += 10_000) over = run.runTo(t);
    expect(run.reached).toBe(whole.until);
    expect(run.trace()).toEqual(whole);
  });
});
