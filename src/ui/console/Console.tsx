// The kubectl console: a terminal under the simulation. Commands run at the player's time; output
// comes from the recomputed trace; `-w` and `logs -f` keep streaming as the player advances.
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { followEnd } from '../hooks/followEnd';
import { playground, usePlayground } from '../store';
import { busyEntry, mayHoldPrompt, streamLines, type Entry } from './entries';
import { useConsole } from './useConsole';
import './console.css';

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

// Memoised, and subscribed to the player's time only while streaming: playing at 60 fps must not
// re-render a long transcript.
const EntryView = memo(function EntryView({ entry, live }: { entry: Entry; live: boolean }) {
  const t = useT();
  const trace = usePlayground((s) => s.trace);
  const now = usePlayground((s) => (live || (entry.stream && entry.stoppedAt === null) ? s.t : 0));
  const stale = usePlayground((s) => !entry.resolved && s.stale);
  // Scrubbed back before the command: the world no longer has its effect, so it is shown faded.
  const ahead = usePlayground((s) => entry.input !== null && s.t < entry.input.t);
  const lines = entry.stream
    ? streamLines(entry, trace, live ? now : (entry.stoppedAt ?? now))
    : entry.streamed;
  return (
    <div className={ahead ? 'console-entry console-ahead' : 'console-entry'} data-testid="console-entry">
      <div className="console-command">
        <span className="console-prompt">{entry.prompt}</span>
        {entry.typed}
        {entry.input && (
          <span className="console-at" aria-hidden="true">
            {t('console.at', { time: clock(entry.input.t) })}
          </span>
        )}
      </div>
      {!entry.resolved && (
        <div className="console-dim">{stale ? t('console.waitingValid') : t('console.pending')}</div>
      )}
      {entry.note && <div className="console-dim">{entry.note}</div>}
      {entry.stdout && <div className="console-out">{entry.stdout.replace(/\n$/, '')}</div>}
      {entry.stderr && <div className="console-err">{entry.stderr.replace(/\n$/, '')}</div>}
      {lines.length > 0 && (
        <div className="console-out" data-testid="console-stream">
          {lines.join('\n')}
        </div>
      )}
    </div>
  );
});

export function Console() {
  const t = useT();
  const c = useConsole();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Subscribed to the player's time only while the newest entry may hold the prompt.
  const now = usePlayground((s) => (mayHoldPrompt(c.entries) ? s.t : 0));
  const running = busyEntry(c.entries, now);
  const [open, setOpen] = useState(true);

  // Follow the newest output, as a terminal does.
  useEffect(() => followEnd(scrollRef), [c.entries, now, c.line]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.ctrlKey && (e.key === 'c' || e.key === 'C')) {
      // Keep Ctrl+C as copy when text is selected.
      const el = e.currentTarget;
      if (el.selectionStart !== el.selectionEnd) return;
      e.preventDefault();
      c.interrupt();
      return;
    }
    if (e.ctrlKey && (e.key === 'd' || e.key === 'D') && c.shell && c.line === '') {
      // Ctrl+D on an empty shell line ends the shell, as EOF does.
      e.preventDefault();
      c.endShell();
      return;
    }
    if (e.ctrlKey && (e.key === 'l' || e.key === 'L')) {
      e.preventDefault();
      c.clear();
      return;
    }
    if (running) {
      if (e.key !== 'Tab') e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      if (c.submit()) e.preventDefault();
      return;
    }
    // Tab completes a started line; on an empty line it moves focus on, so the console is no keyboard trap.
    if (e.key === 'Tab' && !e.shiftKey && c.line.trim() !== '') {
      e.preventDefault();
      c.tab();
      return;
    }
    const singleLine = !c.line.includes('\n');
    if (e.key === 'ArrowUp' && singleLine) {
      e.preventDefault();
      c.historyStep(-1);
    } else if (e.key === 'ArrowDown' && singleLine) {
      e.preventDefault();
      c.historyStep(1);
    }
  };

  const rows = Math.min(8, c.line.split('\n').length);
  const label = c.shell
    ? t('console.shellInput', { pod: c.shell.pod, container: c.shell.container })
    : t('console.input');

  return (
    <section
      className={open ? 'console' : 'console console-closed'}
      aria-labelledby="console-title"
      data-testid="console"
    >
      <header className="console-head">
        <h2 id="console-title" className="console-title">
          {t('console.title')}
        </h2>
        <span className="console-hint" data-testid="console-hint">
          {!running ? t('console.hint') : running.stream ? t('console.streaming') : t('console.waiting')}
        </span>
        {running && (
          <button type="button" className="console-btn" onClick={c.interrupt}>
            {t('console.stop')}
          </button>
        )}
        <button type="button" className="console-btn" onClick={c.clear}>
          {t('console.clear')}
        </button>
        <button
          type="button"
          className="console-btn"
          aria-expanded={open}
          aria-controls="console-screen"
          onClick={() => setOpen((o) => !o)}
          data-testid="console-toggle"
        >
          {open ? t('console.hide') : t('console.show')}
        </button>
      </header>
      <div
        className="console-screen"
        id="console-screen"
        hidden={!open}
        ref={scrollRef}
        onMouseUp={() => {
          // Clicking the screen puts the caret in the command line, unless text is being selected to copy.
          if (!window.getSelection()?.toString()) inputRef.current?.focus();
        }}
      >
        <div role="log" aria-live="polite" aria-label={t('console.output')} data-testid="console-output">
          {c.entries.map((e) => (
            <EntryView key={e.id} entry={e} live={e === running} />
          ))}
        </div>
        {/* While a stream runs the line stays focused (Ctrl+C must reach it) but shows no prompt. */}
        <div className={running ? 'console-input-row console-input-busy' : 'console-input-row'}>
          <span className="console-prompt" aria-hidden="true">
            {running ? '' : (c.shell?.prompt ?? '$ ')}
          </span>
          <textarea
            ref={inputRef}
            className="console-input"
            value={c.line}
            readOnly={running !== null}
            rows={rows}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-label={label}
            onFocus={() => playground.getState().warmUp()}
            data-testid="console-input"
            onChange={(e) => c.setLine(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
    </section>
  );
}
