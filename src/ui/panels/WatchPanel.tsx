// `kubectl get pod -w`: every row printed so far, laid out like kubectl's tabwriter.
import { useEffect, useRef } from 'react';
import type { WatchRow } from '../../core/trace/types';
import { useT } from '../i18n';
import { watchLines } from './tables';
import { followEnd } from '../hooks/followEnd';

export function WatchPanel({ rows }: { rows: WatchRow[] }) {
  const t = useT();
  const ref = useRef<HTMLPreElement>(null);
  const lines = watchLines(rows);
  useEffect(() => followEnd(ref), [lines.length]); // follow, as a terminal does
  return (
    <pre className="terminal" ref={ref} data-testid="watch-rows" tabIndex={0}>
      <span className="terminal-prompt">$ kubectl get pod -w{'\n'}</span>
      {lines.length === 0 ? (
        <span className="terminal-dim">{t('watch.empty')}</span>
      ) : (
        lines.map((l, i) => (
          <span
            key={i}
            className={i === lines.length - 1 && i > 0 ? 'terminal-line terminal-latest' : 'terminal-line'}
          >
            {l}
            {'\n'}
          </span>
        ))
      )}
    </pre>
  );
}
