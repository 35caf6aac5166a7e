import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One MediaQueryList for the page: every diagram node asks on every render, and matchMedia() parses
// the query each time it is called.
let list: MediaQueryList | null | undefined;
const query = () => (list === undefined ? (list = globalThis.matchMedia?.(QUERY) ?? null) : list);

function subscribe(onChange: () => void): () => void {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** True when the user asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
