// generateAPIPodStatus: the pod status the kubelet publishes, computed from what it last observed of
// the runtime (semantics spec sections 3, 4 and 5).
import type { ContainerStatus, Millis, PodCondition, PodSnapshot, TerminatedState } from '../trace/types';
import type { ContainerSpec, PodSpecView } from './pod-spec';

/** One container instance as the kubelet's last relist saw it. */
export interface ObservedInstance {
  restartCount: number;
  /** created = started by the runtime but postStart has not returned yet. */
  state: 'created' | 'running' | 'exited';
  startedAt: Millis;
  finishedAt: Millis | null;
  exitCode: number | null;
  reason: string | null;
  message: string | null;
}

export interface ObservedContainer {
  latest: ObservedInstance | null;
  previous: ObservedInstance | null;
}

export interface StatusInputs {
  spec: PodSpecView;
  observed: Map<string, ObservedContainer>;
  /** Why a container the kubelet wants to (re)start is not running: CrashLoopBackOff, ErrImagePull... */
  reasonCache: Map<string, { reason: string; message: string | null }>;
  startupSucceeded(name: string): boolean;
  readinessSucceeded(name: string): boolean;
  sandboxReady: boolean;
  /** Some app container of the current sandbox has been created. */
  podHasInitialized: boolean;
  /** The phase that was last published (terminal phases are sticky). */
  previousPhase: PodSnapshot['phase'] | null;
  podIsTerminal: boolean;
  previousConditions: PodCondition[];
  /** The container statuses last published (reused when nothing in them changed). */
  previousStatuses?: Pick<PodSnapshot, 'initContainerStatuses' | 'containerStatuses'>;
  now: Millis;
}

function terminated(o: ObservedInstance): TerminatedState {
  return {
    exitCode: o.exitCode ?? 0,
    reason: o.reason ?? (o.exitCode === 0 ? 'Completed' : 'Error'),
    message: o.message,
    startedAt: o.startedAt,
    finishedAt: o.finishedAt ?? o.startedAt,
  };
}

/** ShouldContainerBeRestarted (pod restartPolicy only; sidecars are handled by the caller). */
export function policyRestarts(spec: PodSpecView, o: ObservedInstance | null): boolean {
  if (!o) return true;
  if (o.state === 'running' || o.state === 'created') return false;
  if (spec.restartPolicy === 'Never') return false;
  if (spec.restartPolicy === 'OnFailure' && o.exitCode === 0) return false;
  return true;
}

/** One status object, its keys always in this order (the trace's JSON depends on it). Built as one
 * literal: spreading a base object and adding keys made this the slowest function of a long run. */
function statusOf(
  c: ContainerSpec,
  restartCount: number,
  state: ContainerStatus['state'],
  reason: string | null,
  message: string | null,
  exitCode: number | null,
  startedAt: Millis | null,
  finishedAt: Millis | null,
  started: boolean,
  ready: boolean,
  lastState: TerminatedState | null,
): ContainerStatus {
  return {
    name: c.name,
    kind: c.kind,
    image: c.image,
    restartCount,
    state,
    reason,
    message,
    exitCode,
    startedAt,
    finishedAt,
    started,
    ready,
    lastState,
  };
}

/** What a container's status was last computed from, and the result. */
interface StatusMemo {
  obs: ObservedContainer | undefined;
  cached: boolean;
  reason: string | undefined;
  message: string | null | undefined;
  defaultReason: string;
  restartPolicy: PodSpecView['restartPolicy'];
  started: boolean;
  ready: boolean;
  status: ContainerStatus;
}

/** Per container (its spec object lives as long as the pod worker): the last status computed. */
const statusMemo = new WeakMap<ContainerSpec, StatusMemo>();

/**
 * The container's status. When nothing it depends on changed since the last sync (the same observed
 * instances, waiting reason and probe results), the same object as last time: a pod whose containers
 * did not change is then recognised as unchanged at a glance (see TraceRecorder.snapshot).
 */
function containerStatus(c: ContainerSpec, inp: StatusInputs, defaultReason: string): ContainerStatus {
  const obs = inp.observed.get(c.name);
  const cached = inp.reasonCache.get(c.name);
  const o = obs?.latest ?? null;
  let started = false;
  let ready = false;
  if (o?.state === 'running') {
    started = c.startupProbe ? inp.startupSucceeded(c.name) : true;
    ready = c.kind === 'init' ? false : started && (c.readinessProbe ? inp.readinessSucceeded(c.name) : true);
  }
  const m = statusMemo.get(c);
  if (
    m &&
    m.obs === obs &&
    m.cached === (cached !== undefined) &&
    m.reason === cached?.reason &&
    m.message === cached?.message &&
    m.defaultReason === defaultReason &&
    m.restartPolicy === inp.spec.restartPolicy &&
    m.started === started &&
    m.ready === ready
  )
    return m.status;
  const status = computeContainerStatus(c, inp, defaultReason, obs, cached, started, ready);
  statusMemo.set(c, {
    obs,
    cached: cached !== undefined,
    reason: cached?.reason,
    message: cached?.message,
    defaultReason,
    restartPolicy: inp.spec.restartPolicy,
    started,
    ready,
    status,
  });
  return status;
}

function computeContainerStatus(
  c: ContainerSpec,
  inp: StatusInputs,
  defaultReason: string,
  obs: ObservedContainer | undefined,
  cached: { reason: string; message: string | null } | undefined,
  started: boolean,
  ready: boolean,
): ContainerStatus {
  const o = obs?.latest ?? null;
  const previous = obs?.previous ?? null;
  const restartCount = o?.restartCount ?? 0;
  if (!o || o.state === 'created') {
    const lastState = o && previous ? terminated(previous) : null;
    const reason = cached?.reason ?? defaultReason;
    return statusOf(
      c,
      restartCount,
      'waiting',
      reason,
      cached?.message ?? null,
      null,
      null,
      null,
      false,
      false,
      lastState,
    );
  }
  if (o.state === 'running') {
    const lastState = previous ? terminated(previous) : null;
    return statusOf(
      c,
      restartCount,
      'running',
      null,
      null,
      null,
      o.startedAt,
      null,
      started,
      ready,
      lastState,
    );
  }
  const term = terminated(o);
  // A container that will be started again and has a cached failure shows as waiting (section 3.1).
  const regularInitDone = c.kind === 'init' && o.exitCode === 0;
  if (cached && !regularInitDone && policyRestarts(inp.spec, o)) {
    return statusOf(
      c,
      restartCount,
      'waiting',
      cached.reason,
      cached.message,
      null,
      null,
      null,
      false,
      false,
      term,
    );
  }
  return statusOf(
    c,
    restartCount,
    'terminated',
    term.reason,
    term.message,
    term.exitCode,
    term.startedAt,
    term.finishedAt,
    false,
    c.kind === 'init' && term.exitCode === 0,
    previous ? terminated(previous) : null,
  );
}

/** getPhase, section 4. */
export function podPhase(
  inp: StatusInputs,
  init: ContainerStatus[],
  apps: ContainerStatus[],
): PodSnapshot['phase'] {
  let pendingRegularInit = 0;
  let pendingSidecar = 0;
  let failedInit = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const s of init) {
    if (s.kind === 'init') {
      if (s.state === 'running') pendingRegularInit++;
      else if (s.state === 'terminated') {
        if (s.exitCode !== 0) failedInit++;
      } else if (s.lastState && s.lastState.exitCode !== 0) failedInit++;
      else pendingRegularInit++;
    } else if (s.state === 'running') {
      running++;
      if (!s.started) pendingSidecar++;
    } else if (s.state === 'waiting' && !s.lastState) {
      pendingSidecar++;
      waiting++;
    }
  }
  for (const s of apps) {
    if (s.state === 'running') running++;
    else if (s.state === 'terminated') {
      stopped++;
      if (s.exitCode === 0) succeeded++;
    } else if (s.lastState) stopped++;
    else waiting++;
  }
  const policy = inp.spec.restartPolicy;
  if (failedInit > 0 && policy === 'Never') return 'Failed';
  if (pendingRegularInit > 0 || (pendingSidecar > 0 && !inp.podHasInitialized) || waiting > 0)
    return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (inp.podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (policy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function condition(
  inp: StatusInputs,
  type: PodCondition['type'],
  ok: boolean,
  reason: string | null = null,
  message: string | null = null,
): PodCondition {
  const status = ok ? 'True' : 'False';
  const prev = inp.previousConditions.find((c) => c.type === type);
  if (prev && prev.status === status) {
    // Unchanged: the same object (see sameOrNew).
    if (prev.reason === reason && prev.message === message) return prev;
    return { type, status, reason, message, lastTransitionTime: prev.lastTransitionTime };
  }
  return { type, status, reason, message, lastTransitionTime: inp.now };
}

/** `next`, or `previous` when it holds the very same elements: an unchanged pod publishes the same
 * arrays, which the recorder then recognises at once. */
function sameOrNew<T>(previous: T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

const list = (names: string[]) => `[${names.join(' ')}]`;

export function generateStatus(
  inp: StatusInputs,
): Pick<PodSnapshot, 'phase' | 'conditions' | 'initContainerStatuses' | 'containerStatuses'> {
  const hasInit = inp.spec.init.length > 0;
  const defaultReason = hasInit ? 'PodInitializing' : 'ContainerCreating';
  const init = inp.spec.init.map((c) => containerStatus(c, inp, defaultReason));
  const apps = inp.spec.apps.map((c) => containerStatus(c, inp, defaultReason));
  let phase = podPhase(inp, init, apps);
  if (inp.previousPhase === 'Succeeded' || inp.previousPhase === 'Failed') phase = inp.previousPhase;

  const incomplete = init.filter((s) => (s.kind === 'init' ? !s.ready : !s.started)).map((s) => s.name);
  const appEverStarted = inp.podHasInitialized;
  let initialized: PodCondition;
  if (phase === 'Succeeded') initialized = condition(inp, 'Initialized', true, 'PodCompleted');
  else if (!hasInit || incomplete.length === 0 || appEverStarted)
    initialized = condition(inp, 'Initialized', true);
  else
    initialized = condition(
      inp,
      'Initialized',
      false,
      'ContainersNotInitialized',
      `containers with incomplete status: ${list(incomplete)}`,
    );

  const unready = [...init.filter((s) => s.kind === 'sidecar'), ...apps]
    .filter((s) => !s.ready)
    .map((s) => s.name);
  let containersReady: PodCondition;
  let ready: PodCondition;
  if (phase === 'Succeeded' || phase === 'Failed') {
    const reason = phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed';
    containersReady = condition(inp, 'ContainersReady', false, reason);
    ready = condition(inp, 'Ready', false, reason);
  } else if (unready.length > 0) {
    const message = `containers with unready status: ${list(unready)}`;
    containersReady = condition(inp, 'ContainersReady', false, 'ContainersNotReady', message);
    ready = condition(inp, 'Ready', false, 'ContainersNotReady', message);
  } else {
    containersReady = condition(inp, 'ContainersReady', true);
    ready = condition(inp, 'Ready', true);
  }
  const conditions = sameOrNew(inp.previousConditions, [
    condition(inp, 'PodReadyToStartContainers', inp.sandboxReady),
    initialized,
    ready,
    containersReady,
    condition(inp, 'PodScheduled', true),
  ]);
  return {
    phase,
    conditions,
    initContainerStatuses: sameOrNew(inp.previousStatuses?.initContainerStatuses, init),
    containerStatuses: sameOrNew(inp.previousStatuses?.containerStatuses, apps),
  };
}
