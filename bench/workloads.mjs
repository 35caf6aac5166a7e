// The large manifests the benchmarks measure (the seed pod comes from the app itself). Plain JS so
// both the Node benchmark (through tsx) and the browser benchmark (page.evaluate) can use them.

/** `n` app containers that exit 1 after a second, each with a liveness and a readiness probe. */
export function crashLoopingPod(n) {
  const containers = Array.from(
    { length: n },
    (_, i) => `  - name: c${i}
    image: busybox:1.36
    command: ['sh', '-c', 'echo starting ${i}; sleep 1; exit 1']
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
      periodSeconds: 5
    readinessProbe:
      exec:
        command: ['true']
      periodSeconds: 3
`,
  ).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: crashers\nspec:\n  containers:\n${containers}`;
}

/** `n` long-running app containers that log a line every second (the playback workload). */
export function loggingPod(n) {
  const containers = Array.from(
    { length: n },
    (_, i) => `  - name: c${i}
    image: busybox:1.36
    command: ['sh', '-c', 'i=0; while true; do echo tick ${i} $i; i=$((i+1)); sleep 1; done']
`,
  ).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: loggers\nspec:\n  containers:\n${containers}`;
}
