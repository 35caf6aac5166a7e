// Tabs under the player: watch rows, logs, events.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Frame } from '../../core/trace/frame';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n';
import { EventsPanel } from './EventsPanel';
import { LogsPanel, type LogSource } from './LogsPanel';
import { WatchPanel } from './WatchPanel';

const TABS = ['watch', 'logs', 'events'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, MessageKey> = { watch: 'tabs.watch', logs: 'tabs.logs', events: 'tabs.events' };

export function OutputTabs({
  frame,
  containers,
  podName,
}: {
  frame: Frame | null;
  containers: LogSource[];
  podName: string;
}) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('watch');
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ watch: null, logs: null, events: null });

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <section className="output">
      <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              refs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'tab tab-active' : 'tab'}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {t(LABEL[id])}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'watch' && <WatchPanel rows={frame?.watch ?? []} />}
        {tab === 'logs' && <LogsPanel containers={containers} logs={frame?.logs ?? {}} podName={podName} />}
        {tab === 'events' && (
          <EventsPanel events={frame?.events ?? []} now={frame?.t ?? 0} podName={podName} />
        )}
      </div>
    </section>
  );
}
