// Which containers the diagram draws. A pod of any ordinary size (the benchmarks' 20 and 40) is drawn
// in full. A pod with more containers than a screen can show (a generated manifest, a hostile paste of
// 10,000) gets its first few drawn and, at the end of each row it cut, one summary node saying how
// many more there are and what state they are in: nothing is left out without saying so, and the page
// never builds thousands of nodes.
import type { Container } from '../../core/manifest/types';
import type { ContainerStatus } from '../../core/trace/types';
import { stateClass, stateText, type StateClass } from './containerState';

/** A pod with this many containers or fewer is drawn in full (the benchmarks' 20 and 40 included). */
export const MAX_DRAWN_CONTAINERS = 40;
/**
 * Container nodes drawn for a pod with more: few enough that the row and its summary fit the stage at
 * a zoom where they can still be read, and each can be opened.
 */
export const DRAWN_WHEN_CAPPED = 6;

export type RowKind = 'init' | 'app';

export interface ContainerRows {
  /** Drawn init containers (sidecars included), in spec order. */
  inits: Container[];
  apps: Container[];
  /** How many of each row are not drawn (they come after the drawn ones in the spec). */
  hiddenInits: number;
  hiddenApps: number;
}

/**
 * Every container of a pod of up to `full`; otherwise the first `budget` of them. When both rows are
 * long each keeps half; a short row leaves the rest of the budget to the other (init containers
 * first: they run first, one by one, and their order is the lesson).
 */
export function containerRows(
  inits: readonly Container[],
  apps: readonly Container[],
  { full = MAX_DRAWN_CONTAINERS, budget = DRAWN_WHEN_CAPPED } = {},
): ContainerRows {
  if (inits.length + apps.length <= full)
    return { inits: [...inits], apps: [...apps], hiddenInits: 0, hiddenApps: 0 };
  const initCount = Math.min(inits.length, Math.max(Math.ceil(budget / 2), budget - apps.length));
  const appCount = Math.min(apps.length, budget - initCount);
  return {
    inits: inits.slice(0, initCount),
    apps: apps.slice(0, appCount),
    hiddenInits: inits.length - initCount,
    hiddenApps: apps.length - appCount,
  };
}

/** Node id of a row's summary. */
export const moreNodeId = (row: RowKind) => `more:${row}`;

/** Undrawn containers that share one state, in Kubernetes' words (`text` null: no status yet). */
export interface StateGroup {
  text: string | null;
  state: StateClass;
  count: number;
  /** The first few names, in spec order. */
  names: string[];
}

/**
 * The undrawn containers of a row (`hidden`, in spec order) grouped by what their status says, the
 * largest group first. Each group keeps at most `namesPerGroup` names.
 */
export function stateGroups(
  hidden: readonly Container[],
  statuses: readonly ContainerStatus[] | undefined,
  namesPerGroup = 0,
): StateGroup[] {
  const byName = new Map<string, ContainerStatus>();
  for (const s of statuses ?? []) byName.set(s.name, s);
  const groups = new Map<string, StateGroup>();
  for (const c of hidden) {
    const status = byName.get(c.name);
    const text = status ? stateText(status) : null;
    const key = text ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { text, state: stateClass(status), count: 0, names: [] };
      groups.set(key, group);
    }
    group.count++;
    if (group.names.length < namesPerGroup) group.names.push(c.name);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** The containers of `row` that `rows` leaves out, in spec order. */
export function hiddenOf(
  row: RowKind,
  inits: readonly Container[],
  apps: readonly Container[],
  rows: ContainerRows,
): Container[] {
  return row === 'init' ? inits.slice(rows.inits.length) : apps.slice(rows.apps.length);
}

/**
 * 9,960: counts grouped by thousands, the same in English and Korean. Not toLocaleString: its first
 * call loads ICU data, a 50 ms task on the page's main thread.
 */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
