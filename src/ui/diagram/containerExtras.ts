// What a container node shows besides its status: the back-off countdown, the last probe failures
// and whether it just started or exited (for a transition flash). All read from the trace at t.
import type { ContainerStatus, KubeEvent, Millis } from '../../core/trace/types';

/** Parses Go durations as the kubelet prints them: `10s`, `1m20s`, `5m0s`, `300ms`, `1h0m0s`. */
export function parseGoDuration(text: string): Millis | null {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text) return null;
  const unit: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]], 0));
}

export interface BackOff {
  /** The window from the waiting message (`back-off 20s restarting failed container=...`). */
  window: Millis;
  /** When the back-off ends: the last exit plus the window. */
  until: Millis;
  /** Left at t, never negative (the restart waits for the next sync once it is over). */
  remaining: Millis;
}

/** The back-off a CrashLoopBackOff container is in at t, or null. */
export function backOffOf(s: ContainerStatus | undefined, t: Millis): BackOff | null {
  if (!s || s.state !== 'waiting' || !s.message) return null;
  const m = /^back-off (\S+) restarting failed/.exec(s.message);
  const window = m ? parseGoDuration(m[1]) : null;
  const lastExit = s.lastState?.finishedAt;
  if (window === null || lastExit === undefined) return null;
  const until = lastExit + window;
  return { window, until, remaining: Math.max(0, until - t) };
}

export type ProbeType = 'Startup' | 'Liveness' | 'Readiness';

export interface ProbeResult {
  type: ProbeType;
  t: Millis;
  /** The event message, exactly as `kubectl describe` shows it. */
  message: string;
}

/** The last Unhealthy event of each probe type for a container (events up to t, in time order). */
export function probeResults(
  events: readonly KubeEvent[],
  container: string,
  kind: 'init' | 'app',
): ProbeResult[] {
  const field = `spec.${kind === 'app' ? 'containers' : 'initContainers'}{${container}}`;
  const last = new Map<ProbeType, ProbeResult>();
  for (const e of events) {
    if (e.reason !== 'Unhealthy' || e.fieldPath !== field) continue;
    const m = /^(Startup|Liveness|Readiness) probe/.exec(e.message);
    if (m) last.set(m[1] as ProbeType, { type: m[1] as ProbeType, t: e.t, message: e.message });
  }
  return (['Startup', 'Liveness', 'Readiness'] as const).flatMap((k) => {
    const r = last.get(k);
    return r ? [r] : [];
  });
}

/** How long a transition stays highlighted (virtual time). */
export const TRANSITION_WINDOW: Millis = 1500;

/** `start` just after the container (re)started, `exit` just after it terminated, else null. */
export function transitionOf(s: ContainerStatus | undefined, t: Millis): 'start' | 'exit' | null {
  if (!s) return null;
  const recent = (x: Millis | null | undefined) =>
    x !== null && x !== undefined && t >= x && t - x < TRANSITION_WINDOW;
  if (s.state === 'terminated' && recent(s.finishedAt)) return 'exit';
  if (s.state === 'running' && recent(s.startedAt)) return 'start';
  if (s.state === 'waiting' && recent(s.lastState?.finishedAt)) return 'exit';
  return null;
}

/** The current run loops without sleeping: a cpu-spin was reported after it started and it still runs. */
export function isSpinning(s: ContainerStatus | undefined, spunAt: Millis | undefined): boolean {
  return spunAt !== undefined && s?.state === 'running' && s.startedAt !== null && spunAt >= s.startedAt;
}
