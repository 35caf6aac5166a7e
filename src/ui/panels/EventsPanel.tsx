// The Events section of `kubectl describe pod`, as of the player's time (formatted by the core).
import { describeEvents } from '../../core/kubectl/describe-events';
import type { KubeEvent, Millis } from '../../core/trace/types';

export function EventsPanel({ events, now, podName }: { events: KubeEvent[]; now: Millis; podName: string }) {
  const lines = describeEvents(events, now).replace(/\n$/, '').split('\n');
  return (
    <pre className="terminal" data-testid="events" tabIndex={0}>
      <span className="terminal-prompt">
        $ kubectl describe pod {podName}
        {'\n'}
      </span>
      <span className="terminal-dim">...{'\n'}</span>
      {lines.map((l, i) => (
        <span
          key={i}
          className={/^\s+Warning\s/.test(l) ? 'terminal-line terminal-warning' : 'terminal-line'}
        >
          {l}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
