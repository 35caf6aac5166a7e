// Pure player arithmetic: the store and the clock call these; tests call them directly.
import type { Millis } from '../../core/trace/types';

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20, 50] as const;
export type Speed = (typeof SPEEDS)[number];

export function clampTime(t: Millis, until: Millis): Millis {
  if (!Number.isFinite(t) || t < 0) return 0;
  return Math.min(Math.round(t), until);
}

/** The first event time strictly after t, or `until` when none is left. */
export function nextEventTime(times: readonly Millis[], t: Millis, until: Millis): Millis {
  for (const x of times) if (x > t && x <= until) return x;
  return until;
}

/** The last event time strictly before t, or 0. */
export function prevEventTime(times: readonly Millis[], t: Millis): Millis {
  let best = 0;
  for (const x of times) {
    if (x >= t) break;
    best = x;
  }
  return best;
}

export function fasterSpeed(s: Speed): Speed {
  const i = SPEEDS.indexOf(s);
  return SPEEDS[Math.min(SPEEDS.length - 1, i + 1)];
}

export function slowerSpeed(s: Speed): Speed {
  const i = SPEEDS.indexOf(s);
  return SPEEDS[Math.max(0, i - 1)];
}

/** One clock tick: wall time × speed, stopping at the end. Long gaps (tab hidden) are capped. */
export function advance(
  t: Millis,
  wallDeltaMs: number,
  speed: Speed,
  until: Millis,
): { t: Millis; ended: boolean } {
  const dt = Math.min(Math.max(wallDeltaMs, 0), 250) * speed;
  const next = Math.min(until, Math.round(t + dt));
  return { t: next, ended: next >= until };
}
