// Small helpers for reading possibly-wrong manifest values without throwing.
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function asObj(v: unknown): Obj {
  return isObj(v) ? v : {};
}
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
export function asString(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
export function asInt(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}
/** Go's zero-value test for an optional pointer field: present (non-null) in the manifest. */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
