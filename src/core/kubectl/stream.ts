// What `kubectl get pods -w` and `kubectl logs -f` go on printing after their first answer, read from
// the trace up to the player's time. The console calls these; they are pure functions of the trace.
import { splitCommandLine } from './argv';
import { parseFlags } from './argv';
import { resourceType } from './context';
import { rfc3339Nano } from './timestamps';
import type { Millis, Trace, WatchRow } from '../trace/types';

export type StreamKind = 'watch' | 'follow';

/** Whether a command line keeps streaming after its first output, and what it follows. */
export function streamOf(
  line: string,
):
  | { kind: 'watch'; names: string[] }
  | { kind: 'follow'; pod: string; container: string | null; stamps: boolean }
  | null {
  const { argv } = splitCommandLine(line.trim());
  const [program, verb, ...rest] = argv;
  if (program !== 'kubectl' && program !== 'k') return null;
  if (verb === 'get') {
    const p = parseFlags(rest, new Set(['w', 'watch', 'show-labels', 'A', 'all-namespaces', 'no-headers']), {
      n: 'namespace',
      o: 'output',
      l: 'selector',
    });
    if (!p.flags.has('w') && !p.flags.has('watch')) return null;
    const [typeWord, ...names] = p.args;
    const [w, inline] = (typeWord ?? '').split('/');
    if (resourceType(w) !== 'pods') return null;
    return { kind: 'watch', names: inline ? [inline] : names };
  }
  if (verb === 'logs') {
    const p = parseFlags(
      rest,
      new Set(['p', 'previous', 'timestamps', 'all-containers', 'f', 'follow', 'prefix']),
      {
        n: 'namespace',
        c: 'container',
      },
    );
    if (!p.flags.has('f') && !p.flags.has('follow')) return null;
    const target = p.args[0];
    if (!target) return null;
    return {
      kind: 'follow',
      pod: target.replace(/^(pod|pods|po)\//, ''),
      container: p.flags.get('container')?.at(-1) ?? null,
      stamps: p.flags.has('timestamps'),
    };
  }
  return null;
}

/**
 * Rows of `get pods -w` after the first table: kubectl's tabwriter remembers the column widths of
 * what it printed (padding 3) and only ever widens them, one flushed row at a time.
 */
export function watchContinuation(firstTable: string, rows: readonly WatchRow[]): string[] {
  const header = firstTable.split('\n')[0] ?? '';
  const widths: number[] = [];
  const re = /\S+(?: \S+)*(\s{2,}|$)/g;
  for (let m = re.exec(header); m && m[0]; m = re.exec(header)) widths.push(m[0].length);
  return rows.map((r) => {
    const cells = [r.name, r.ready, r.status, r.restarts, r.age];
    return cells
      .map((c, i) => {
        if (i === cells.length - 1) return c;
        widths[i] = Math.max(widths[i] ?? 0, c.length + 3);
        return c.padEnd(widths[i]);
      })
      .join('');
  });
}

/** Watch rows after `from` up to `to` for the pods asked for (all when none are named). */
export function watchRowsBetween(trace: Trace, names: string[], from: Millis, to: Millis): WatchRow[] {
  return trace.watch.filter((w) => w.t > from && w.t <= to && (names.length === 0 || names.includes(w.name)));
}

/** The container `logs -f` follows when none is named: as kubectl defaults it (first app container). */
function defaultContainerOf(trace: Trace, pod: string): string | null {
  const snap = trace.snapshots.find((s) => s.name === pod);
  return snap?.containerStatuses[0]?.name ?? null;
}

/** Lines `logs -f` prints after `from` up to `to`: the same run of the container only. */
export function followLinesBetween(
  trace: Trace,
  stream: { pod: string; container: string | null; stamps: boolean },
  from: Millis,
  to: Millis,
): string[] {
  const container = stream.container ?? defaultContainerOf(trace, stream.pod);
  if (!container) return [];
  const lines = trace.logs[stream.pod]?.[container] ?? [];
  const before = lines.filter((l) => l.t <= from);
  const after = lines.filter((l) => l.t > from);
  const instance = before.at(-1)?.instance ?? after[0]?.instance;
  return after
    .filter((l) => l.t <= to && l.instance === instance)
    .map((l) => `${stream.stamps ? rfc3339Nano(l.t) + ' ' : ''}${l.line}`);
}
