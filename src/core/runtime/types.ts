// The contract between the kubelet (which decides WHEN containers start and stop) and the container
// runtime (which decides WHAT a container does: its processes, shell, files and network).
import type { Activity, Millis } from '../trace/types';

/** Deterministic virtual clock owned by the simulation's event queue. */
export interface Scheduler {
  now(): Millis;
  /** Run fn at virtual time `at` (>= now). Same-time callbacks run in the order they were scheduled. */
  at(at: Millis, fn: () => void): { cancel(): void };
}

export type Signal = 'TERM' | 'KILL' | 'INT' | 'HUP' | 'QUIT' | 'USR1' | 'USR2';

/** What the rest of the world offers to the processes of one container. */
export interface ContainerWorld {
  podName: string;
  namespace: string;
  containerName: string;
  /** Pod hostname (= pod name). */
  hostname: string;
  podIP: string;
  /** Environment variables (already resolved), in order. */
  env: [string, string][];
  /** Virtual wall clock: epoch ms at virtual time 0. `date` prints epoch + now(). */
  epochMs: number;
  /** Cluster DNS at the current virtual time: an A record, or null (NXDOMAIN). Search domains are
   * applied by the caller (see runtime/dns.ts). */
  resolve(fqdn: string): string | null;
  /** The container's stdout/stderr = its log. Text may contain several lines or partial lines. */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** Report something the diagram should animate. */
  activity(a: Activity): void;
  /** The pod's shared port space (one per pod, shared by all its containers); see runtime/ports.ts.
   * Optional: without it each container gets a private one. */
  ports?: import('./ports').PortRegistry;
  /** The cluster network beyond the pod (Services, other pods); see net/routing.ts. Optional: without
   * it only the pod's own addresses are reachable and every other address times out. */
  network?: import('../net/types').ClusterNetwork;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when options.timeoutMs elapsed first: the exec'd process was killed (exitCode 137). */
  timedOut?: boolean;
}

/** A started container: its PID 1 and anything it spawned. */
export interface ContainerInstance {
  /** Deliver a signal to PID 1 (TERM follows PID-1 rules: ignored unless trapped). */
  signal(sig: Signal): void;
  /** SIGKILL everything now; onExit is called with 137. */
  kill(): void;
  /** Run a command inside the container (exec probe, `kubectl exec`); done is called once. */
  exec(argv: string[], done: (r: ExecResult) => void, options?: { timeoutMs?: Millis }): void;
  /** Is something in this container listening on this TCP port? (tcpSocket / httpGet probes) */
  isListening(port: number): boolean;
}

export interface StartResult {
  /** Null when the process could not be started (executable not found): StartError, exit 128. */
  instance: ContainerInstance | null;
  /** containerd's message for a start failure, e.g. `exec: "nosuch": executable file not found in $PATH`. */
  startError?: string;
}
