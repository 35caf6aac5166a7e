// `kubectl get pod -w` output laid out the way kubectl's writer lays it out, so the panel reads like a
// terminal. (Describe's Events table comes from the core: kubectl/describe-events.ts.)
import type { WatchRow } from '../../core/trace/types';

export const WATCH_HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];

/**
 * `kubectl get pod -w`: kubectl's tabwriter (github.com/liggitt/tabwriter, padding 3, minwidth 6,
 * RememberWidths) flushes after every watch event and only ever widens a column. The header goes out
 * with the first row; later, wider cells push the columns right for that row and the ones after it,
 * so earlier rows are NOT realigned (the familiar ragged `-w` output).
 */
export function watchLines(rows: readonly WatchRow[]): string[] {
  if (rows.length === 0) return [];
  const widths: number[] = [];
  const cellsOf = (r: WatchRow) => [r.name, r.ready, r.status, r.restarts, r.age];
  const render = (block: string[][]) => {
    // Within one flush, a column is as wide as its widest cell (the last cell is not a column).
    for (const cells of block) {
      cells.slice(0, -1).forEach((c, i) => {
        widths[i] = Math.max(widths[i] ?? 0, c.length + 3, 6);
      });
    }
    return block.map((cells) =>
      cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join(''),
    );
  };
  const out = render([WATCH_HEADER, cellsOf(rows[0])]);
  for (const r of rows.slice(1)) out.push(...render([cellsOf(r)]));
  return out;
}
