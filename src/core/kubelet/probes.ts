// The kubelet's probe workers (semantics spec section 11): one per container and probe type, created
// when the kubelet adds the pod and ticking every periodSeconds from then on (so a restarted
// container is first probed on the worker's next tick, not at its own start). A tick does nothing
// before initialDelaySeconds; startup gates the others; results flip after failureThreshold /
// successThreshold consecutive outcomes. Readiness also runs once when the kubelet first builds a
// status for the new container (the manual trigger in prober_manager.UpdatePodStatus).
import type { Probe } from '../manifest/types';
import type { Millis } from '../trace/types';
import type { ContainerSpec } from './pod-spec';
import type { Instance, PodWorker } from './pod-worker';

type ProbeType = 'Startup' | 'Readiness' | 'Liveness';

interface ContainerProbes {
  inst: Instance;
  startup: 'success' | 'failure' | undefined;
  readiness: boolean;
  liveness: 'success' | 'failure';
  timers: { cancel(): void }[];
}

const seconds = (v: number | undefined, d: number) => (v ?? d) * 1000;

export class ProbeManager {
  private byName = new Map<string, ContainerProbes>();

  constructor(private pod: PodWorker) {}

  startup(name: string): 'success' | 'failure' | undefined {
    return this.byName.get(name)?.startup;
  }
  readiness(name: string): boolean {
    return this.byName.get(name)?.readiness ?? false;
  }
  liveness(name: string): 'success' | 'failure' {
    return this.byName.get(name)?.liveness ?? 'success';
  }

  containerStarted(c: ContainerSpec, inst: Instance): void {
    this.containerExited(c);
    const state: ContainerProbes = {
      inst,
      startup: undefined,
      readiness: false,
      liveness: 'success',
      timers: [],
    };
    this.byName.set(c.name, state);
    if (c.kind === 'init') return;
    if (c.startupProbe) this.schedule(c, state, c.startupProbe, 'Startup', inst.startedAt, false);
    else this.startOthers(c, state, inst.startedAt, true);
  }

  containerExited(c: ContainerSpec): void {
    const s = this.byName.get(c.name);
    if (!s) return;
    for (const t of s.timers) t.cancel();
    s.timers = [];
    s.readiness = false;
  }

  stopAll(): void {
    for (const c of this.pod.spec.all) this.containerExited(c);
  }

  /** App containers the next sync must kill because a liveness or startup probe failed. */
  appsToKill(): { c: ContainerSpec; message: string }[] {
    const out: { c: ContainerSpec; message: string }[] = [];
    const restarts = this.pod.spec.restartPolicy !== 'Never';
    for (const c of this.pod.spec.apps) {
      const s = this.byName.get(c.name);
      if (!s || s.inst.state !== 'running') continue;
      const which = s.startup === 'failure' ? 'startup' : s.liveness === 'failure' ? 'liveness' : null;
      if (which)
        out.push({
          c,
          message: `Container ${c.name} failed ${which} probe${restarts ? ', will be restarted' : ''}`,
        });
    }
    return out;
  }

  /** Grace period of a probe kill: the probe's terminationGracePeriodSeconds, else the pod's. */
  killGraceMs(c: ContainerSpec): Millis {
    const s = this.byName.get(c.name);
    const probe = s?.startup === 'failure' ? c.startupProbe : c.livenessProbe;
    const own = probe?.terminationGracePeriodSeconds;
    return own !== undefined && own !== null ? own * 1000 : this.pod.spec.terminationGracePeriodMs;
  }

  private startOthers(c: ContainerSpec, state: ContainerProbes, from: Millis, triggerReadiness: boolean) {
    if (c.readinessProbe) this.schedule(c, state, c.readinessProbe, 'Readiness', from, triggerReadiness);
    else state.readiness = true;
    if (c.livenessProbe) this.schedule(c, state, c.livenessProbe, 'Liveness', from, false);
  }

  /** The worker's first tick at or after `from` (workers tick from the moment the pod was added). */
  private nextTick(from: Millis, period: Millis): Millis {
    const epoch = this.pod.addedAt;
    return epoch + Math.max(0, Math.ceil((from - epoch) / period)) * period;
  }

  private schedule(
    c: ContainerSpec,
    state: ContainerProbes,
    probe: Probe,
    type: ProbeType,
    from: Millis,
    trigger: boolean,
  ) {
    const period = seconds(probe.periodSeconds, 10);
    const failureThreshold = probe.failureThreshold ?? 3;
    const successThreshold = probe.successThreshold ?? 1;
    let fails = 0;
    let successes = 0;
    const tick = (at: Millis) => {
      const timer = this.pod.sched.at(at, () => {
        state.timers = state.timers.filter((t) => t !== timer);
        if (state.inst.state !== 'running' || this.pod.removed) return;
        if (this.pod.now - state.inst.startedAt < delay) return tick(this.nextTick(this.pod.now + 1, period));
        this.run(c, state.inst, probe, (ok, output) => {
          if (state.inst.state !== 'running') return;
          if (ok) {
            fails = 0;
            successes++;
          } else {
            successes = 0;
            fails++;
            this.pod.rec.event({
              t: this.pod.now,
              type: 'Warning',
              reason: 'Unhealthy',
              from: 'kubelet',
              object: this.pod.objectRef,
              fieldPath: c.fieldPath,
              message: `${type} probe failed: ${output}`,
            });
          }
          const stop = this.apply(
            c,
            state,
            type,
            ok,
            fails >= failureThreshold,
            successes >= successThreshold,
          );
          if (!stop) tick(this.nextTick(this.pod.now + 1, period));
        });
      });
      state.timers.push(timer);
    };
    const delay = seconds(probe.initialDelaySeconds, 0);
    const statusBuild = (Math.floor(from / 1000) + 1) * 1000;
    tick(
      trigger && delay === 0
        ? Math.min(statusBuild, this.nextTick(from, period))
        : this.nextTick(from, period),
    );
  }

  /** Applies a probe outcome; returns true when this worker stops. */
  private apply(
    c: ContainerSpec,
    s: ContainerProbes,
    type: ProbeType,
    ok: boolean,
    failed: boolean,
    passed: boolean,
  ) {
    if (type === 'Startup') {
      if (passed && s.startup !== 'success') {
        s.startup = 'success';
        this.pod.syncAfterProbe();
        this.startOthers(c, s, this.pod.now + 1, false);
        return true;
      }
      if (failed) {
        s.startup = 'failure';
        this.pod.syncAfterProbe();
        return true;
      }
      return false;
    }
    if (type === 'Readiness') {
      const next = ok ? (passed ? true : s.readiness) : failed ? false : s.readiness;
      if (next !== s.readiness) {
        s.readiness = next;
        this.pod.syncAfterProbe();
      }
      return false;
    }
    if (failed) {
      s.liveness = 'failure';
      this.pod.syncAfterProbe();
      return true;
    }
    return false;
  }

  private run(c: ContainerSpec, inst: Instance, probe: Probe, done: (ok: boolean, output: string) => void) {
    const ip = this.pod.podIP;
    const portOf = (p: number | string) =>
      typeof p === 'number' ? p : ((c.container.ports ?? []).find((x) => x.name === p)?.containerPort ?? 0);
    if (probe.exec?.command && inst.handle) {
      const timeout = seconds(probe.timeoutSeconds, 1);
      let settled = false;
      const timer = this.pod.sched.at(this.pod.now + timeout, () => {
        if (settled) return;
        settled = true;
        done(false, `command ${JSON.stringify(probe.exec!.command!.join(' '))} timed out`);
      });
      inst.handle.exec(probe.exec.command, (r) => {
        if (settled) return;
        settled = true;
        timer.cancel();
        done(r.exitCode === 0, (r.stdout + r.stderr).replace(/\n$/, ''));
      });
      return;
    }
    if (probe.httpGet) {
      const port = portOf(probe.httpGet.port);
      const path = probe.httpGet.path ?? '/';
      const up = inst.handle?.isListening(port) ?? false;
      done(
        up,
        up ? '' : `Get "http://${ip}:${port}${path}": dial tcp ${ip}:${port}: connect: connection refused`,
      );
      return;
    }
    const tcp = probe.tcpSocket?.port ?? probe.grpc?.port;
    if (tcp !== undefined) {
      const port = portOf(tcp);
      const up = inst.handle?.isListening(port) ?? false;
      done(up, up ? '' : `dial tcp ${ip}:${port}: connect: connection refused`);
      return;
    }
    done(true, '');
  }
}
