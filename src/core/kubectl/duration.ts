// Time formatting exactly as Kubernetes prints it.
import type { Millis } from '../trace/types';

/** k8s.io/apimachinery/pkg/util/duration.HumanDuration: the AGE column, `(5s ago)`, describe ages. */
export function formatAge(ms: Millis): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/** Go's time.Duration.String() for whole seconds and fractions: 10s, 1m20s, 5m0s, 1.5s, 1h0m0s. */
export function formatGoDuration(ms: Millis): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  if (rest < 1000) return `${neg ? '-' : ''}${rest}ms`;
  const h = Math.trunc(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.trunc(rest / 60_000);
  rest -= m * 60_000;
  const s = rest / 1000;
  const sText = `${Number.isInteger(s) ? s : String(s)}s`;
  const text = h > 0 ? `${h}h${m}m${sText}` : m > 0 ? `${m}m${sText}` : sText;
  return neg ? `-${text}` : text;
}
