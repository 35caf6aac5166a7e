// Starting and stopping one container the way the kubelet's startContainer / killContainer do:
// back-off check, image pull, Created/Started events, the runtime call, and kills with grace periods.
import type { EventQueue } from '../sim/event-queue';
import type { Prng } from '../sim/prng';
import type { TraceRecorder } from '../sim/recorder';
import type { Activity, Millis } from '../trace/types';
import type { ContainerLog } from '../sim/recorder';
import type { ContainerWorld } from '../runtime/types';
import type { PortRegistry } from '../runtime/ports';
import type { Mount } from '../vfs';
import { imageInfo, resolveArgv, startContainer } from '../runtime';
import type { ContainerSpec } from './pod-spec';
import type { Instance, PodWorker } from './pod-worker';
import { ImagePuller } from './image-puller';
import { runHook } from './hooks';
import type { LifecycleHandler } from 'kubernetes-types/core/v1';
import type { ClusterNetwork } from '../net/types';

/** What a pod needs from the cluster around it. */
export interface PodEnvironment {
  sched: EventQueue;
  rec: TraceRecorder;
  prng: Prng;
  nodeName: string;
  /** Virtual wall clock at t=0, epoch ms. */
  epochMs: number;
  /** Cluster DNS: an FQDN's A record at the current virtual time, or null. */
  resolve(fqdn: string): string | null;
  /** Volumes of this pod plus the projected service account token, per container. */
  mountsFor(pod: PodWorker, c: ContainerSpec): Mount[];
  /** Environment variables of a container (env, envFrom, service links), resolved now. */
  envFor(pod: PodWorker, c: ContainerSpec): [string, string][];
  /** The cluster network (Services, other pods), shared by every pod; see net/routing.ts. */
  network?: ClusterNetwork;
}

const STOP_POLL: Millis = 100;
const HOOK_POLL: Millis = 100;
const MIN_GRACE: Millis = 2000;

export class ContainerLauncher {
  private puller: ImagePuller;

  constructor(private pod: PodWorker) {
    this.puller = new ImagePuller(pod);
  }

  private event(c: ContainerSpec, type: 'Normal' | 'Warning', reason: string, message: string) {
    this.pod.rec.event({
      t: this.pod.now,
      type,
      reason,
      from: 'kubelet',
      object: this.pod.objectRef,
      fieldPath: c.fieldPath,
      message,
    });
  }

  /**
   * doBackOff + startContainer. `reference` is the exited instance the back-off compares with
   * (defaults to the latest one; a probe kill passes the one before the kill, as the real sync does).
   */
  *start(c: ContainerSpec, reference?: Instance | null): Generator<Millis, 'started' | 'blocked'> {
    if (this.backedOff(c, reference)) return 'blocked';
    return yield* this.startNow(c);
  }

  /**
   * doBackOff alone: true when the restart must wait (BackOff event, CrashLoopBackOff reason), else
   * the back-off is advanced for this restart. Synchronous, so that a sync that finds a container
   * backing off (a crash loop: every sync, for each container) creates no generator for it.
   */
  backedOff(c: ContainerSpec, reference?: Instance | null): boolean {
    const pod = this.pod;
    const prev = pod.latest(c.name);
    const last = reference === undefined ? (prev?.state === 'exited' ? prev : null) : reference;
    if (last && last.finishedAt !== null) {
      const key = this.backoffKey(c);
      const window = pod.backoff.blockedFor(key, last.finishedAt, pod.now);
      if (window !== null) {
        this.event(c, 'Warning', 'BackOff', this.backoffEventMessage(c));
        const message = pod.backoffMessage(c, window);
        const cached = pod.reasonCache.get(c.name);
        // The same reason again (every sync of a crash loop): keep the entry as it is.
        if (cached?.reason !== 'CrashLoopBackOff' || cached.message !== message)
          pod.reasonCache.set(c.name, { reason: 'CrashLoopBackOff', message });
        return true;
      }
      pod.backoff.next(key, last.finishedAt, pod.now);
    }
    return false;
  }

  /** Per container, texts a crash loop would otherwise build on every sync. */
  private texts = new Map<ContainerSpec, { key: string; event: string }>();

  private textsOf(c: ContainerSpec): { key: string; event: string } {
    let t = this.texts.get(c);
    if (!t) {
      const pod = this.pod;
      t = {
        key: `${c.name}/${c.image}`,
        event: `Back-off restarting failed container ${c.name} in pod ${pod.name}_${pod.spec.namespace}(${pod.uid})`,
      };
      this.texts.set(c, t);
    }
    return t;
  }

  /** The back-off's key: container name and image, so an image change resets it. */
  private backoffKey(c: ContainerSpec): string {
    return this.textsOf(c).key;
  }

  private backoffEventMessage(c: ContainerSpec): string {
    return this.textsOf(c).event;
  }

  /** startContainer, once the back-off allows it (see backedOff). */
  *startNow(c: ContainerSpec): Generator<Millis, 'started' | 'blocked'> {
    const pod = this.pod;
    const prev = pod.latest(c.name);
    const pulled = yield* this.puller.ensure(c, (type, reason, message) =>
      this.event(c, type, reason, message),
    );
    if (!pulled) return 'blocked';
    if (pod.finishing) return 'blocked';
    pod.reasonCache.delete(c.name);
    this.event(c, 'Normal', 'Created', `Created container: ${c.name}`);
    if (c.kind === 'app') pod.podHasInitialized = true;
    const inst: Instance = {
      restartCount: prev ? prev.restartCount + 1 : 0,
      state: 'running',
      startedAt: pod.now,
      finishedAt: null,
      exitCode: null,
      reason: null,
      message: null,
      handle: null,
      hookRunning: false,
    };
    pod.instances.get(c.name)!.push(inst);
    const list = pod.instances.get(c.name)!;
    if (list.length > 2) list.splice(0, list.length - 2); // the runtime keeps the last dead instance only
    const env = pod.env;
    const result = startContainer({
      image: c.image,
      argv: resolveArgv(c.image, c.container.command, c.container.args),
      mounts: env.mountsFor(pod, c),
      sched: env.sched,
      // `stdin: true` / `tty: true` (kubectl run -it): a bare `sh` waits for input instead of exiting.
      stdinOpen: c.container.stdin === true || c.container.tty === true,
      world: new PodContainerWorld(pod, c, inst, env.envFor(pod, c)),
      onExit: (code) => this.exited(c, inst, code),
    });
    if (!result.instance) {
      const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${result.startError ?? 'exec failed'}: unknown`;
      Object.assign(inst, {
        state: 'exited',
        finishedAt: pod.now,
        exitCode: 128,
        reason: 'StartError',
        message,
      });
      this.event(c, 'Warning', 'Failed', `Error: ${message}`);
      pod.markChanged();
      return 'started';
    }
    inst.handle = result.instance;
    this.event(c, 'Normal', 'Started', `Started container ${c.name}`);
    const postStart = c.container.lifecycle?.postStart;
    if (postStart) yield* this.runPostStart(c, inst, postStart);
    if (inst.state === 'running') pod.probes.containerStarted(c, inst);
    pod.markChanged();
    return 'started';
  }

  /**
   * The kubelet blocks on postStart: the container shows as waiting until it returns and the next
   * container is not started before. A failed hook kills the container (semantics spec 12.1).
   */
  private *runPostStart(
    c: ContainerSpec,
    inst: Instance,
    handler: LifecycleHandler,
  ): Generator<Millis, void> {
    const pod = this.pod;
    inst.hookRunning = true;
    let ok: boolean | null = null;
    let detail = { exitCode: 1, output: '' };
    runHook(pod, c, inst, handler, 'PostStartHook', (result, d) => {
      ok = result;
      if (d) detail = d;
    });
    while (ok === null && inst.state === 'running') yield HOOK_POLL;
    inst.hookRunning = false;
    if (ok !== false || inst.state !== 'running') return;
    const command = handler.exec?.command ?? [];
    pod.reasonCache.set(c.name, {
      reason: 'PostStartHookError',
      // The kubelet's handler error (lifecycle/handlers.go), as the waiting message shows it.
      message: `Exec lifecycle hook ([${command.join(' ')}]) for Container "${c.name}" in Pod "${pod.name}_${pod.spec.namespace}(${pod.uid})" failed - error: command '${command.join(' ')}' exited with ${detail.exitCode}: ${detail.output}, message: ${JSON.stringify(detail.output)}`,
    });
    this.kill(c, 'FailedPostStartHook', pod.spec.terminationGracePeriodMs);
    yield* this.waitExit(inst);
  }

  private exited(c: ContainerSpec, inst: Instance, code: number) {
    if (inst.state === 'exited') return;
    const pod = this.pod;
    pod.rec.flushLog(pod.name, c.name, pod.now, inst.restartCount);
    Object.assign(inst, {
      state: 'exited',
      finishedAt: pod.now,
      exitCode: code,
      reason: code === 0 ? 'Completed' : 'Error',
      handle: null,
    });
    pod.probes.containerExited(c);
    pod.markChanged();
    pod.onContainerExit(c);
  }

  /** killContainer: Killing event, SIGTERM, SIGKILL when the grace period is over (at least 2 s). */
  kill(c: ContainerSpec, message: string, graceMs: Millis): Instance | null {
    const inst = this.pod.latest(c.name);
    if (!inst || inst.state !== 'running' || !inst.handle) return null;
    this.event(c, 'Normal', 'Killing', message);
    this.signalStop(inst, graceMs, c.image);
    return inst;
  }

  /** SIGTERM now and SIGKILL at the end of the window; no event (the caller recorded Killing). */
  signalStop(inst: Instance, graceMs: Millis, image?: string): void {
    if (inst.state !== 'running' || !inst.handle) return;
    const handle = inst.handle;
    // The image's STOPSIGNAL (nginx: SIGQUIT), else SIGTERM.
    handle.signal(image ? imageInfo(image).stopSignal : 'TERM');
    this.pod.sched.at(this.pod.now + Math.max(graceMs, MIN_GRACE), () => {
      if (inst.state === 'running') handle.kill();
    });
  }

  /** Waits (polling like the runtime's StopContainer) until the instance has exited. */
  *waitExit(inst: Instance): Generator<Millis, void> {
    while (inst.state === 'running') yield STOP_POLL;
  }
}

/**
 * What one container sees of the world around it. A class rather than an object of closures: every
 * container's `write`, `resolve` and `activity` are then the same functions, which keeps the
 * runtime's calls to them (every log line, every DNS lookup) monomorphic.
 */
class PodContainerWorld implements ContainerWorld {
  readonly podName: string;
  readonly namespace: string;
  readonly containerName: string;
  readonly hostname: string;
  readonly podIP: string;
  readonly ports: PortRegistry;
  readonly network: ClusterNetwork | undefined;
  readonly epochMs: number;
  private readonly log: ContainerLog;

  constructor(
    private readonly pod: PodWorker,
    c: ContainerSpec,
    private readonly inst: Instance,
    readonly env: [string, string][],
  ) {
    this.podName = pod.name;
    this.namespace = pod.spec.namespace;
    this.containerName = c.name;
    this.hostname = pod.name;
    this.podIP = pod.podIP;
    this.ports = pod.ports;
    this.network = pod.env.network;
    this.epochMs = pod.env.epochMs;
    this.log = pod.rec.logOf(pod.name, c.name);
  }

  resolve(fqdn: string): string | null {
    return this.pod.env.resolve(fqdn);
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    this.pod.rec.logTo(this.log, stream, text, this.pod.now, this.inst.restartCount);
  }

  activity(a: Activity): void {
    this.pod.rec.activity(a);
  }
}
