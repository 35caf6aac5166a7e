// The Events section of `kubectl describe pod`, as of the player's time (formatted by the core).
import { describeEvents } from '../../core/kubectl/describe-events';
import type { KubeEvent, Millis } from '../../core/trace/types';
import { formatCount } from '../diagram/containerCap';
import { useT } from '../i18n';

const WARNING = /^\s+Warning\s/;
/** Rows the panel shows at most, the latest (a 10,000-container pod has 20,000 events). */
export const EVENTS_SHOWN = 500;
/** `Events:`, the column names and their underlines. */
const HEAD_LINES = 3;

/**
 * The table's head (`Events:`, column names, underlines) and only its last `max` rows (the column
 * widths stay those of the whole table, as kubectl prints it), with how many rows are left out.
 * Laying out 20,000 lines took the main thread 300 ms.
 */
export function latestRows(
  table: string,
  max = EVENTS_SHOWN,
): { head: string; rows: string; omitted: number } {
  const lines = table.replace(/\n$/, '').split('\n');
  const head = lines.slice(0, HEAD_LINES);
  const rows = lines.slice(HEAD_LINES);
  const omitted = Math.max(0, rows.length - max);
  const text = (l: string[]) => (l.length ? `${l.join('\n')}\n` : '');
  return { head: text(head), rows: text(rows.slice(omitted)), omitted };
}

/**
 * Lines as runs of consecutive lines of one kind (warnings are coloured): a few DOM nodes for any
 * number of events, where a span per line made 20,000 spans for a 10,000-container pod.
 */
export function eventRuns(text: string): { warning: boolean; text: string }[] {
  const runs: { warning: boolean; text: string }[] = [];
  if (text === '') return runs;
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const warning = WARNING.test(line);
    const last = runs[runs.length - 1];
    if (last && last.warning === warning) last.text += `${line}\n`;
    else runs.push({ warning, text: `${line}\n` });
  }
  return runs;
}

export function EventsPanel({ events, now, podName }: { events: KubeEvent[]; now: Millis; podName: string }) {
  const t = useT();
  const { head, rows, omitted } = latestRows(describeEvents(events, now));
  return (
    <pre className="terminal" data-testid="events" tabIndex={0}>
      <span className="terminal-prompt">
        $ kubectl describe pod {podName}
        {'\n'}
      </span>
      <span className="terminal-dim">...{'\n'}</span>
      <span className="terminal-line">{head}</span>
      {omitted > 0 && (
        <span className="terminal-dim" data-testid="events-omitted">
          {t('events.omitted', { count: formatCount(omitted), pod: podName })}
          {'\n'}
        </span>
      )}
      {eventRuns(rows).map((r, i) => (
        <span key={i} className={r.warning ? 'terminal-line terminal-warning' : 'terminal-line'}>
          {r.text}
        </span>
      ))}
    </pre>
  );
}
