// Stopping every running container of a pod (deletion, or the end of a pod whose apps are done):
// Killing events and preStop hooks at once, SIGTERM to app containers after their hook, native
// sidecars in reverse spec order once every app container and every later sidecar has exited, SIGKILL
// when the shared grace period is over (semantics spec sections 8.9-8.11, 12.2, 13).
import type { Millis } from '../trace/types';
import type { ContainerSpec } from './pod-spec';
import type { Instance, PodWorker } from './pod-worker';
import { runHook } from './hooks';

const MIN_GRACE: Millis = 2000;

export class Termination {
  private finished = false;
  private cancelled = false;
  private deadline = 0;
  private hookDone = new Set<string>();
  private signalled = new Set<string>();
  private targets: { c: ContainerSpec; inst: Instance }[] = [];

  constructor(
    private pod: PodWorker,
    private graceMs: Millis,
    private onDone: () => void,
  ) {}

  isDone(): boolean {
    return this.finished;
  }

  cancel(): void {
    this.cancelled = true;
  }

  begin(): void {
    const pod = this.pod;
    this.deadline = pod.now + this.graceMs;
    for (const c of pod.spec.all) {
      const inst = pod.latest(c.name);
      if (inst?.state === 'running') this.targets.push({ c, inst });
    }
    if (this.targets.length === 0) return this.finish();
    for (const { c } of this.targets) {
      pod.rec.event({
        t: pod.now,
        type: 'Normal',
        reason: 'Killing',
        from: 'kubelet',
        object: pod.objectRef,
        fieldPath: c.fieldPath,
        message: `Stopping container ${c.name}`,
      });
    }
    for (const { c, inst } of this.targets) {
      const preStop = c.container.lifecycle?.preStop;
      if (!preStop || !inst.handle) {
        this.hookDone.add(c.name);
        continue;
      }
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        this.hookDone.add(c.name);
        this.advance();
      };
      runHook(pod, c, inst, preStop, 'PreStopHook', settle);
      pod.sched.at(this.deadline, settle); // the kubelet stops waiting for the hook at the deadline
    }
    this.advance();
  }

  /** A container exited (called by the pod worker). */
  containerExited(): void {
    if (!this.finished && !this.cancelled) this.advance();
  }

  private advance(): void {
    if (this.cancelled || this.finished) return;
    const pod = this.pod;
    const running = (c: ContainerSpec) => pod.latest(c.name)?.state === 'running';
    const appsRunning = this.targets.some(({ c }) => c.kind !== 'sidecar' && running(c));
    for (const { c, inst } of this.targets) {
      if (this.signalled.has(c.name) || !this.hookDone.has(c.name) || inst.state !== 'running') continue;
      if (c.kind === 'sidecar') {
        const laterSidecarRunning = this.targets.some(
          (t) => t.c.kind === 'sidecar' && t.c.index > c.index && running(t.c),
        );
        if (appsRunning || laterSidecarRunning) continue;
      }
      this.signalled.add(c.name);
      pod.launcher.signalStop(inst, Math.max(this.deadline - pod.now, MIN_GRACE), c.image);
    }
    if (this.targets.every(({ inst }) => inst.state !== 'running')) this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.onDone();
  }
}
