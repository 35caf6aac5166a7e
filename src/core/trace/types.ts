// The trace: everything a simulation produced, as plain serializable data. Views (diagram, console,
// CLI) read it through frameAt(); nothing in it refers to live objects.

/** Virtual time in integer milliseconds since the first apply. */
export type Millis = number;

export type ContainerKind = 'init' | 'sidecar' | 'app';

export interface TerminatedState {
  exitCode: number;
  reason: string; // Completed, Error, OOMKilled, StartError, ...
  message: string | null;
  startedAt: Millis | null;
  finishedAt: Millis;
  signal?: number;
}

export interface ContainerStatus {
  name: string;
  kind: ContainerKind;
  image: string;
  state: 'waiting' | 'running' | 'terminated';
  /** waiting/terminated reason, null where the state has none. */
  reason: string | null;
  message: string | null;
  exitCode: number | null;
  startedAt: Millis | null; // running or terminated
  finishedAt: Millis | null; // terminated
  started: boolean;
  ready: boolean;
  restartCount: number;
  lastState: TerminatedState | null;
}

export interface PodCondition {
  type: 'PodReadyToStartContainers' | 'Initialized' | 'Ready' | 'ContainersReady' | 'PodScheduled';
  status: 'True' | 'False';
  reason: string | null;
  message: string | null;
  lastTransitionTime: Millis;
}

/** The pod object (status and the bits of metadata a view needs) at one moment. */
export interface PodSnapshot {
  t: Millis;
  name: string;
  namespace: string;
  uid: string;
  nodeName: string | null;
  podIP: string | null;
  createdAt: Millis;
  deletionTimestamp: Millis | null;
  /** True in the last snapshot, once the object is gone from the API. */
  deleted: boolean;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  reason: string | null;
  /** READY's denominator from the spec: app containers + native sidecars (known before any status). */
  readyTotal: number;
  conditions: PodCondition[]; // in kubectl describe order
  initContainerStatuses: ContainerStatus[];
  containerStatuses: ContainerStatus[];
}

/** One row of `kubectl get pod -w`, rendered at its own time. */
export interface WatchRow {
  t: Millis;
  name: string;
  ready: string; // "1/2"
  status: string; // printPod STATUS
  restarts: string; // "2 (14s ago)"
  age: string;
}

export interface KubeEvent {
  t: Millis;
  type: 'Normal' | 'Warning';
  reason: string;
  from: string; // "kubelet", "default-scheduler"
  object: string; // "pod/myapp-pod"
  fieldPath: string | null; // "spec.initContainers{init-mydb}"
  message: string;
}

export interface LogLine {
  t: Millis;
  stream: 'stdout' | 'stderr';
  line: string;
  /** Which run of the container wrote it (0 = first run, = restartCount at that time). */
  instance: number;
}

/** Things that happen inside the pod that the diagram animates. */
export type Activity =
  | { t: Millis; kind: 'file-write'; pod: string; container: string; volume: string | null; path: string }
  | { t: Millis; kind: 'file-read'; pod: string; container: string; volume: string | null; path: string }
  | { t: Millis; kind: 'dns'; pod: string; container: string; query: string; answer: string | null }
  | {
      t: Millis;
      kind: 'connect';
      pod: string;
      container: string;
      host: string;
      port: number;
      ok: boolean;
      target: string | null;
    }
  | { t: Millis; kind: 'listen'; pod: string; container: string; port: number }
  | { t: Millis; kind: 'cpu-spin'; pod: string; container: string; note: string };

export interface ActionResult {
  t: Millis;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** When kubectl returned (its prompt came back): later than t for `delete pod` (waits until the
   * object is gone) and for an `exec` that takes time; null while it was still waiting at the end. */
  doneAt?: Millis | null;
}

export interface ServiceRecord {
  name: string;
  namespace: string;
  type: string;
  clusterIP: string;
  ports: { name?: string; port: number; targetPort: number | string; protocol: string; nodePort?: number }[];
  selector: Record<string, string> | null;
  createdAt: Millis;
  deletedAt: Millis | null;
}

export interface Trace {
  version: 1;
  seed: number;
  /** The virtual time the run reaches. */
  until: Millis;
  /**
   * Only on a partial trace (a run's early answer, see SimulationRun): everything up to this time is
   * final, nothing after it is known yet; the whole trace, up to `until`, follows.
   */
  complete?: Millis;
  actions: ActionResult[];
  watch: WatchRow[];
  events: KubeEvent[];
  snapshots: PodSnapshot[];
  /** logs[pod][container] */
  logs: Record<string, Record<string, LogLine[]>>;
  activity: Activity[];
  services: ServiceRecord[];
  /** Notes the simulator wants the learner to see (budget hit, unsupported field...). */
  notes: { t: Millis; message: string }[];
}
