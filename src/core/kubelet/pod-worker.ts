// The kubelet's pod worker for one Pod: relists the runtime every second (PLEG), publishes the pod
// status at the start of each sync, then starts, restarts and kills containers as the kubelet would.
import type { Pod } from '../manifest/types';
import type { RuntimeContainer } from '../runtime';
import type { EventQueue } from '../sim/event-queue';
import type { TraceRecorder } from '../sim/recorder';
import type { Millis, PodCondition, PodSnapshot } from '../trace/types';
import { formatGoDuration } from '../kubectl/duration';
import { RestartBackoff } from './backoff';
import { computeAppActions, computeInitActions } from './init-actions';
import { podSpecView, type ContainerSpec, type PodSpecView } from './pod-spec';
import { generateStatus, type ObservedContainer, type ObservedInstance } from './status';
import { ContainerLauncher, type PodEnvironment } from './container-launcher';
import { Termination } from './termination';
import { ProbeManager } from './probes';
import { createPortRegistry } from '../runtime';
import { jsonEqual } from '../sim/json-equal';

export const RELIST_PERIOD: Millis = 1000;
export const SYNC_RETRY: Millis = 10_000;
export const FIRST_SYNC_DELAY: Millis = 100;
const MIN_FORCE_GRACE: Millis = 2000;

/** One run of a container as the runtime knows it (the kubelet sees it through relists). */
export interface Instance {
  restartCount: number;
  state: 'running' | 'exited';
  startedAt: Millis;
  finishedAt: Millis | null;
  exitCode: number | null;
  reason: string | null;
  message: string | null;
  handle: RuntimeContainer | null;
  /** postStart is still running: the kubelet has not reported the container as running yet. */
  hookRunning: boolean;
}

export class PodWorker {
  readonly spec: PodSpecView;
  readonly instances = new Map<string, Instance[]>();
  readonly observed = new Map<string, ObservedContainer>();
  readonly reasonCache = new Map<string, { reason: string; message: string | null }>();
  readonly backoff = new RestartBackoff();
  readonly launcher: ContainerLauncher;
  readonly probes: ProbeManager;
  /** One network namespace per pod: every container shares these ports (and localhost). */
  readonly ports = createPortRegistry();
  podHasInitialized = false;
  sandboxReady = false;
  private observedSandbox = false;
  nodeName: string | null = null;
  deletionTimestamp: Millis | null = null;
  deletionGraceMs: Millis | null = null;
  /** The kubelet killed the pod (completed, failed under Never, or deleted): no more restarts. */
  finishing = false;
  private termination: Termination | null = null;
  private phase: PodSnapshot['phase'] | null = null;
  private lastStatus: Pick<PodSnapshot, 'initContainerStatuses' | 'containerStatuses'> = {
    initContainerStatuses: [],
    containerStatuses: [],
  };
  private conditions: PodCondition[] = [];
  private podIsTerminal = false;
  private syncing = false;
  private syncPending = false;
  private relistAt: Millis | null = null;
  private retry: { cancel(): void } | null = null;
  removed = false;
  /** When the kubelet added the pod (its first sync): probe workers tick from here. */
  get addedAt(): Millis {
    return this.createdAt + FIRST_SYNC_DELAY;
  }
  onRemoved: (() => void) | null = null;
  private removedListeners: (() => void)[] = [];

  /** Calls fn once the API object is gone (at once if it already is). */
  whenRemoved(fn: () => void): void {
    if (this.removed) fn();
    else this.removedListeners.push(fn);
  }

  constructor(
    readonly pod: Pod,
    readonly uid: string,
    readonly podIP: string,
    readonly createdAt: Millis,
    readonly env: PodEnvironment,
  ) {
    this.spec = podSpecView(pod);
    for (const c of this.spec.all) this.instances.set(c.name, []);
    this.launcher = new ContainerLauncher(this);
    this.probes = new ProbeManager(this);
  }

  get name() {
    return this.spec.name;
  }
  /** A ready endpoint for Services (net/routing.ts): Ready=True and not terminating. */
  get isReadyEndpoint(): boolean {
    return (
      this.deletionTimestamp === null &&
      this.conditions.some((c) => c.type === 'Ready' && c.status === 'True')
    );
  }
  get sched(): EventQueue {
    return this.env.sched;
  }
  get rec(): TraceRecorder {
    return this.env.rec;
  }
  get now(): Millis {
    return this.env.sched.now();
  }
  get objectRef() {
    return `pod/${this.name}`;
  }

  latest(name: string): Instance | null {
    const list = this.instances.get(name) ?? [];
    return list.length ? list[list.length - 1] : null;
  }

  /** The API object is created (ADDED), bound by the scheduler, then picked up by the kubelet. */
  create(): void {
    this.publish(false);
    this.nodeName = this.env.nodeName;
    this.rec.event({
      t: this.now,
      type: 'Normal',
      reason: 'Scheduled',
      from: 'default-scheduler',
      object: this.objectRef,
      fieldPath: null,
      message: `Successfully assigned ${this.spec.namespace}/${this.name} to ${this.env.nodeName}`,
    });
    this.phase = 'Pending';
    this.publish(true, [
      { type: 'PodScheduled', status: 'True', reason: null, message: null, lastTransitionTime: this.now },
    ]);
    this.sched.at(this.now + FIRST_SYNC_DELAY, () => this.requestSync(), 0);
  }

  // ---- status -------------------------------------------------------------------------------

  private snapshot(): PodSnapshot {
    return {
      t: this.now,
      name: this.name,
      namespace: this.spec.namespace,
      uid: this.uid,
      nodeName: this.nodeName,
      podIP: this.observedSandbox || this.podHasInitialized ? this.podIP : null,
      createdAt: this.createdAt,
      deletionTimestamp: this.deletionTimestamp,
      deleted: false,
      phase: this.phase ?? 'Pending',
      reason: null,
      readyTotal: this.spec.apps.length + this.spec.init.filter((c) => c.kind === 'sidecar').length,
      conditions: this.conditions,
      initContainerStatuses: [],
      containerStatuses: [],
    };
  }

  /** Publishes the pod object. Before the kubelet's first status it has no container statuses. */
  private publish(fromKubelet: boolean, conditions?: PodCondition[]): void {
    if (!fromKubelet || conditions) {
      // An API-side change (scheduling, deletion): the kubelet's last status stays as it was.
      if (conditions) this.conditions = conditions;
      this.rec.snapshot({ ...this.snapshot(), ...this.lastStatus }, true);
      return;
    }
    const status = generateStatus({
      spec: this.spec,
      observed: this.observed,
      reasonCache: this.reasonCache,
      startupSucceeded: (n) => this.probes.startup(n) === 'success',
      readinessSucceeded: (n) => this.probes.readiness(n),
      sandboxReady: this.observedSandbox,
      podHasInitialized: this.podHasInitialized,
      previousPhase: this.phase,
      podIsTerminal: this.podIsTerminal,
      previousConditions: this.conditions,
      previousStatuses: this.lastStatus,
      now: this.now,
    });
    this.phase = status.phase;
    this.conditions = status.conditions;
    this.lastStatus = {
      initContainerStatuses: status.initContainerStatuses,
      containerStatuses: status.containerStatuses,
    };
    this.rec.snapshot({ ...this.snapshot(), ...status });
  }

  publishStatus(): void {
    this.publish(true);
  }

  // ---- PLEG ----------------------------------------------------------------------------------

  /** Something changed in the runtime: the next relist (on the next whole second) will see it. */
  markChanged(): void {
    const tick = (Math.floor(this.now / RELIST_PERIOD) + 1) * RELIST_PERIOD;
    if (this.relistAt !== null && this.relistAt <= tick) return;
    this.relistAt = tick;
    this.sched.at(tick, () => this.relist(), 0);
  }

  /** Updates what the kubelet knows of the runtime; syncs when something changed. */
  private relist(): boolean {
    this.relistAt = null;
    if (this.removed) return false;
    let changed = this.observedSandbox !== this.sandboxReady;
    this.observedSandbox = this.sandboxReady;
    for (const c of this.spec.all) {
      const list = this.instances.get(c.name) ?? [];
      const latest = list[list.length - 1];
      const previous = list[list.length - 2];
      const old = this.observed.get(c.name);
      // Nothing new about this container: keep the very same observed object (statuses computed from
      // it are then reused, see status.ts).
      if (old && sameView(old.latest, latest) && sameView(old.previous, previous)) continue;
      const next: ObservedContainer = { latest: observe(latest), previous: observe(previous) };
      if (!jsonEqual(next, old ?? null)) changed = true;
      this.observed.set(c.name, next);
    }
    if (changed) this.requestSync();
    return changed;
  }

  // ---- syncs ---------------------------------------------------------------------------------

  requestSync(): void {
    if (this.removed) return;
    if (this.syncing) {
      this.syncPending = true;
      return;
    }
    this.syncing = true;
    this.drive(this.sync());
  }

  private drive(gen: Generator<Millis, void>): void {
    const step = gen.next();
    if (!step.done) {
      this.sched.at(this.now + step.value, () => this.drive(gen), 0);
      return;
    }
    this.syncing = false;
    if (this.syncPending) {
      // The sync just acted on the runtime: the next one must see a relist newer than that
      // (the pod cache's GetNewerThan), or it would act again on stale state.
      this.syncPending = false;
      this.sched.at(this.nextTick(), () => this.relist() || this.requestSync(), 0);
    }
  }

  private *sync(): Generator<Millis, void> {
    // While the kubelet is killing the pod it publishes no intermediate status.
    if (this.termination && !this.termination.isDone()) return;
    this.publishStatus();
    if (this.deletionTimestamp !== null && this.termination?.isDone()) {
      this.remove();
      return;
    }
    if (this.podIsTerminal || this.finishing) return;
    if (!this.sandboxReady) {
      const tick = (Math.floor(this.now / RELIST_PERIOD) + 1) * RELIST_PERIOD;
      yield tick - this.now;
      if (this.finishing) return;
      this.sandboxReady = true;
      this.markChanged();
    }
    let failed = false;
    const initPlan = computeInitActions(this.spec, this.observed, this.podHasInitialized, this.probes);
    if (initPlan.killPod) {
      this.killPod();
      return;
    }
    for (const { c, message } of initPlan.restart) {
      if ((yield* this.killAndRestart(c, message, this.spec.terminationGracePeriodMs, true)) === 'blocked')
        failed = true;
    }
    for (const c of initPlan.start) {
      // The back-off check first, without a generator: in a crash loop most starts stop there.
      if (this.launcher.backedOff(c) || (yield* this.launcher.startNow(c)) === 'blocked') failed = true;
    }
    if (initPlan.initialized) {
      const apps = computeAppActions(this.spec, this.observed);
      const probeKills = this.probes.appsToKill();
      if (apps.keepCount === 0 && apps.start.length === 0) {
        this.killPod();
        return;
      }
      for (const { c, message } of probeKills) {
        const restart = this.spec.restartPolicy !== 'Never';
        if ((yield* this.killAndRestart(c, message, this.probes.killGraceMs(c), restart)) === 'blocked')
          failed = true;
      }
      for (const c of apps.start) {
        if (this.launcher.backedOff(c) || (yield* this.launcher.startNow(c)) === 'blocked') failed = true;
      }
    }
    this.retry?.cancel();
    this.retry = failed ? this.sched.at(this.now + SYNC_RETRY, () => this.requestSync(), 0) : null;
    // A start the back-off refused changes the waiting reason (CrashLoopBackOff, ImagePullBackOff):
    // the status showing it goes out on the next relist, not only at the retry 10 s later.
    if (failed) this.sched.at(this.nextTick(), () => this.publishIfIdle(), 0);
  }

  private nextTick(): Millis {
    return (Math.floor(this.now / RELIST_PERIOD) + 1) * RELIST_PERIOD;
  }

  private publishIfIdle(): void {
    if (this.syncing || this.removed || (this.termination && !this.termination.isDone())) return;
    this.publishStatus();
  }

  /**
   * A probe kill and the restart in the same sync. The back-off compares with the instance that had
   * exited before the kill (the status the sync started from), so the first probe kill restarts at once.
   */
  private *killAndRestart(
    c: ContainerSpec,
    message: string,
    graceMs: Millis,
    restart: boolean,
  ): Generator<Millis, 'started' | 'blocked' | 'none'> {
    const list = this.instances.get(c.name) ?? [];
    const before = list.length >= 2 ? list[list.length - 2] : null;
    const inst = this.launcher.kill(c, message, graceMs);
    if (!inst) return 'none';
    yield* this.launcher.waitExit(inst);
    if (!restart || this.finishing) return 'none';
    return yield* this.launcher.start(c, before);
  }

  /**
   * A probe result changed: sync again, but from a fresh look at the runtime. Syncing on the last
   * relist's view could restart a container that has already been restarted since (the real kubelet
   * waits for a pod cache newer than its last sync for the same reason).
   */
  syncAfterProbe(): void {
    if (this.removed) return;
    if (this.syncing) {
      this.syncPending = true;
      return;
    }
    if (!this.relist()) this.requestSync();
  }

  onContainerExit(_c: ContainerSpec): void {
    this.termination?.containerExited();
  }

  // ---- the end of the pod --------------------------------------------------------------------

  /** Nothing will run again: stop what still runs (native sidecars), then drop the sandbox. */
  private killPod(): void {
    this.finishing = true;
    this.retry?.cancel();
    this.terminate(this.spec.terminationGracePeriodMs, () => {
      this.sandboxReady = false;
      this.markChanged();
    });
  }

  private terminate(graceMs: Millis, done: () => void): void {
    this.termination = new Termination(this, graceMs, done);
    this.termination.begin();
  }

  /** `kubectl delete pod`: mark for deletion; the kubelet stops everything; then the object goes. */
  delete(graceMs: Millis | null, force: boolean): void {
    if (this.removed || this.deletionTimestamp !== null) return;
    const grace = graceMs ?? this.spec.terminationGracePeriodMs;
    this.deletionTimestamp = this.now;
    this.deletionGraceMs = grace;
    this.publish(false);
    this.finishing = true;
    this.podIsTerminal = true;
    this.retry?.cancel();
    this.termination?.cancel();
    this.probes.stopAll();
    const whenStopped = () => {
      this.sandboxReady = false;
      this.markChanged();
      this.sched.at((Math.floor(this.now / RELIST_PERIOD) + 1) * RELIST_PERIOD, () => this.requestSync(), 0);
    };
    if (force) {
      this.terminate(Math.min(grace, MIN_FORCE_GRACE), () => {});
      this.remove();
      return;
    }
    this.terminate(grace, whenStopped);
  }

  private remove(): void {
    this.removed = true;
    this.probes.stopAll();
    this.rec.snapshot({ ...this.lastPublished(), t: this.now, deleted: true }, true);
    this.onRemoved?.();
    for (const fn of this.removedListeners.splice(0)) fn();
  }

  private lastPublished(): PodSnapshot {
    const snaps = this.rec.trace.snapshots;
    for (let i = snaps.length - 1; i >= 0; i--) if (snaps[i].name === this.name) return snaps[i];
    return this.snapshot();
  }

  containerSpec(name: string): ContainerSpec | undefined {
    return this.spec.all.find((c) => c.name === name);
  }

  /** The last back-off message of each container (a crash loop asks again on every sync). */
  private backoffMessages = new Map<ContainerSpec, { window: Millis; message: string }>();

  backoffMessage(c: ContainerSpec, window: Millis): string {
    const last = this.backoffMessages.get(c);
    if (last?.window === window) return last.message;
    const message = `back-off ${formatGoDuration(window)} restarting failed container=${c.name} pod=${this.name}_${this.spec.namespace}(${this.uid})`;
    this.backoffMessages.set(c, { window, message });
    return message;
  }
}

/** What a relist sees of one runtime instance. */
function observe(i: Instance | undefined): ObservedInstance | null {
  return i
    ? {
        restartCount: i.restartCount,
        state: i.state === 'running' && i.hookRunning ? 'created' : i.state,
        startedAt: i.startedAt,
        finishedAt: i.finishedAt,
        exitCode: i.exitCode,
        reason: i.reason,
        message: i.message,
      }
    : null;
}

/** Would observe(i) give exactly `o` again (every field identical)? */
function sameView(o: ObservedInstance | null, i: Instance | undefined): boolean {
  if (!o || !i) return !o && !i;
  return (
    o.restartCount === i.restartCount &&
    o.state === (i.state === 'running' && i.hookRunning ? 'created' : i.state) &&
    o.startedAt === i.startedAt &&
    o.finishedAt === i.finishedAt &&
    o.exitCode === i.exitCode &&
    o.reason === i.reason &&
    o.message === i.message
  );
}
