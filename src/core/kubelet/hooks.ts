// Lifecycle hook handlers (exec, httpGet, tcpSocket, sleep) run against a running container.
import type { LifecycleHandler } from 'kubernetes-types/core/v1';
import type { ContainerSpec } from './pod-spec';
import type { Instance, PodWorker } from './pod-worker';

/** Runs the hook; calls done(ok) once. Failures record FailedPreStopHook / FailedPostStartHook. */
export function runHook(
  pod: PodWorker,
  c: ContainerSpec,
  inst: Instance,
  handler: LifecycleHandler,
  kind: 'PreStopHook' | 'PostStartHook',
  done: (ok: boolean, detail?: { exitCode: number; output: string }) => void,
): void {
  const finish = (ok: boolean, detail?: { exitCode: number; output: string }) => {
    if (!ok) {
      pod.rec.event({
        t: pod.now,
        type: 'Warning',
        reason: kind === 'PreStopHook' ? 'FailedPreStopHook' : 'FailedPostStartHook',
        from: 'kubelet',
        object: pod.objectRef,
        fieldPath: c.fieldPath,
        message: `${kind} failed`,
      });
    }
    done(ok, detail);
  };
  if (handler.exec?.command && inst.handle) {
    inst.handle.exec(handler.exec.command, (r) =>
      finish(r.exitCode === 0, { exitCode: r.exitCode, output: r.stdout + r.stderr }),
    );
    return;
  }
  if (handler.sleep) {
    pod.sched.at(pod.now + handler.sleep.seconds * 1000, () => finish(true));
    return;
  }
  if (handler.httpGet && inst.handle) {
    const port = typeof handler.httpGet.port === 'number' ? handler.httpGet.port : 0;
    const res = inst.handle.httpGet(port, handler.httpGet.path ?? '/');
    finish(res !== null && res.status >= 200 && res.status < 400);
    return;
  }
  const tcp = handler.tcpSocket?.port;
  if (tcp !== undefined && inst.handle) {
    finish(typeof tcp === 'number' ? inst.handle.isListening(tcp) : true);
    return;
  }
  finish(true);
}
