// Container logs at the player's time, one container at a time; restarts are marked between runs.
import { useEffect, useRef, useState } from 'react';
import type { LogLine } from '../../core/trace/types';
import { formatCount } from '../diagram/containerCap';
import { useT } from '../i18n';
import { followEnd } from '../hooks/followEnd';
import { pickerOptions } from './logPicker';

export interface LogSource {
  name: string;
  kind: 'init' | 'sidecar' | 'app';
}

export function LogsPanel({
  containers,
  logs,
  podName,
}: {
  containers: LogSource[];
  logs: Record<string, LogLine[]>;
  podName: string;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const current = containers.find((c) => c.name === chosen)?.name ?? containers[0]?.name ?? '';
  const { options, matches, listed } = pickerOptions(containers, query, current);
  // Past LOG_PICKER_MAX containers the list holds the first matches of what is typed here.
  const searchable = listed < containers.length || query !== '';
  const lines = logs[current] ?? [];
  const ref = useRef<HTMLPreElement>(null);
  // Follow the newest line, as `kubectl logs -f` would.
  useEffect(() => followEnd(ref), [lines.length, current]);
  const suffix = (k: LogSource['kind']) =>
    k === 'init' ? ` ${t('logs.init')}` : k === 'sidecar' ? ` ${t('logs.sidecar')}` : '';

  return (
    <div className="logs">
      <div className="logs-picker">
        <label className="logs-choose">
          <span>{t('logs.container')}</span>
          <select
            value={current}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data-testid="logs-container"
          >
            {options.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
                {suffix(c.kind)}
              </option>
            ))}
          </select>
        </label>
        {searchable && (
          <label className="logs-choose">
            <span>{t('logs.find', { total: formatCount(containers.length) })}</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              data-testid="logs-find"
            />
            <span aria-live="polite">
              {t('logs.findCount', { shown: formatCount(listed), matches: formatCount(matches) })}
            </span>
          </label>
        )}
      </div>
      <pre className="terminal" ref={ref} data-testid="logs" tabIndex={0}>
        <span className="terminal-prompt">
          $ kubectl logs {podName} -c {current}
          {'\n'}
        </span>
        {lines.length === 0 ? (
          <span className="terminal-dim">{t('logs.empty')}</span>
        ) : (
          lines.map((l, i) => (
            <span key={i}>
              {i > 0 && l.instance !== lines[i - 1].instance && (
                <span className="terminal-dim terminal-separator">
                  {t('logs.restart', { n: l.instance })}
                  {'\n'}
                </span>
              )}
              <span className={l.stream === 'stderr' ? 'terminal-line terminal-stderr' : 'terminal-line'}>
                {l.line}
                {'\n'}
              </span>
            </span>
          ))
        )}
      </pre>
    </div>
  );
}
