// `JSON.stringify(a) === JSON.stringify(b)` without building the strings. The recorder and the kubelet
// compare whole pod statuses on every sync; serialising them to compare was most of a long run's time.

/** Left out of an object by JSON.stringify (and printed as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** Printed as null. */
function asNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && !Number.isFinite(v));
}

/**
 * True when both values serialise to the same JSON text (plain data: no toJSON, no bigint, no
 * enumerable inherited properties). At the top level only, the property `except` is left out of both
 * (a snapshot compared without its time).
 */
export function jsonEqual(a: unknown, b: unknown, except?: string): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const arrayA = Array.isArray(a);
    if (arrayA !== Array.isArray(b)) return false;
    return arrayA ? arraysEqual(a as unknown[], b as unknown[]) : objectsEqual(a, b, except);
  }
  if (asNull(a) || asNull(b)) return asNull(a) && asNull(b);
  return omitted(a) && omitted(b);
}

function arraysEqual(x: unknown[], y: unknown[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const u = x[i];
    const v = y[i];
    if (u === v) continue;
    if (!jsonEqual(omitted(u) ? null : u, omitted(v) ? null : v)) return false;
  }
  return true;
}

function objectsEqual(x: object, y: object, except: string | undefined): boolean {
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  // Walk both key sequences in step; for-in on plain data visits Object.keys' order.
  const kb = Object.keys(b);
  let j = 0;
  for (const k in a) {
    const v = a[k];
    if (k === except || omitted(v)) continue;
    while (j < kb.length && (kb[j] === except || omitted(b[kb[j]]))) j++;
    if (j === kb.length || kb[j] !== k || !jsonEqual(v, b[k])) return false;
    j++;
  }
  while (j < kb.length && (kb[j] === except || omitted(b[kb[j]]))) j++;
  return j === kb.length;
}
