// Generated pods: the fast-check arbitrary of the kubelet property test
// (src/core/kubelet/invariants.test.ts) and the manifest each generated value stands for. The trace
// digest corpus (scripts/trace-digest.ts) samples the same arbitrary, so the two cannot drift apart:
// the same seed gives the same manifests in both.
//
// Test-only: fast-check is a dev dependency, so only tests and scripts may import this module (nothing
// under src/ui or the core's runtime code does), which keeps it out of the production bundle.
import fc from 'fast-check';

/** One container's command: `sleep` seconds, then exit with `exit`, or stay up for ever. */
export interface GeneratedScript {
  sleep: number;
  exit: number;
  forever: boolean;
}

export interface GeneratedPod {
  restartPolicy: string;
  init: { s: GeneratedScript; sidecar: boolean; startup: boolean }[];
  apps: { s: GeneratedScript; readiness: boolean; liveness: boolean }[];
}

// Exit 0 is drawn half the time, 1 and 2 a quarter each.
const script = fc.record({
  sleep: fc.integer({ min: 0, max: 40 }),
  exit: fc.constantFrom(0, 0, 1, 2),
  forever: fc.boolean(),
});

/** Up to 3 init containers (some of them sidecars, with or without a startup probe), 1 to 3 apps. */
export const generatedPodArb: fc.Arbitrary<GeneratedPod> = fc.record({
  restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  init: fc.array(fc.record({ s: script, sidecar: fc.boolean(), startup: fc.boolean() }), { maxLength: 3 }),
  apps: fc.array(fc.record({ s: script, readiness: fc.boolean(), liveness: fc.boolean() }), {
    minLength: 1,
    maxLength: 3,
  }),
});

function command(s: GeneratedScript): string {
  return s.forever
    ? `echo up; sleep ${s.sleep}; while true; do sleep 5; done`
    : `echo run; sleep ${s.sleep}; exit ${s.exit}`;
}

/** The pod `gen` as YAML; its probes pass only once /tmp/ok exists, which no command creates. */
export function generatedPodManifest(p: GeneratedPod): string {
  const probe = (kind: string) =>
    `    ${kind}:\n      exec: {command: ['test', '-f', '/tmp/ok']}\n      periodSeconds: 3\n      failureThreshold: 2\n`;
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: gen',
    'spec:',
    `  restartPolicy: ${p.restartPolicy}`,
    '  terminationGracePeriodSeconds: 3',
  ];
  if (p.init.length) {
    lines.push('  initContainers:');
    p.init.forEach((c, i) => {
      lines.push(
        `  - name: init-${i}`,
        '    image: busybox:1.36',
        `    command: ['sh', '-c', '${command(c.s)}']`,
      );
      if (c.sidecar) {
        lines.push('    restartPolicy: Always');
        if (c.startup) lines.push(probe('startupProbe').trimEnd());
      }
    });
  }
  lines.push('  containers:');
  p.apps.forEach((c, i) => {
    lines.push(
      `  - name: app-${i}`,
      '    image: busybox:1.36',
      `    command: ['sh', '-c', '${command(c.s)}']`,
    );
    if (c.readiness) lines.push(probe('readinessProbe').trimEnd());
    if (c.liveness) lines.push(probe('livenessProbe').trimEnd());
  });
  return lines.join('\n') + '\n';
}
