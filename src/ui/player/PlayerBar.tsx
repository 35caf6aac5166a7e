// Play/pause, event stepping, start/end, speed and the scrubber over virtual time.
import { formatAge } from '../../core/kubectl/duration';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';
import { playground, usePlayground } from '../store';
import { usePlayerPrefs } from './prefs';
import { Timeline } from './Timeline';
import './player.css';

const SCRUB_KEYS: Record<string, number | undefined> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
};

export function PlayerBar() {
  const t = useT();
  const time = usePlayground((s) => s.t);
  const until = usePlayground((s) => s.trace?.until ?? 0);
  const playing = usePlayground((s) => s.playing);
  const speed = usePlayground((s) => s.speed);
  const actions = playground.getState();
  const disabled = until === 0;
  const skipWaiting = usePlayerPrefs((s) => s.skipWaiting);
  const toggleSkip = usePlayerPrefs((s) => s.toggleSkipWaiting);

  return (
    <div className="player" role="group" aria-label={t('player.label')} data-testid="player">
      <div className="player-buttons">
        <button
          type="button"
          onClick={actions.toStart}
          aria-label={t('player.start')}
          title={`${t('player.start')} (Home)`}
          disabled={disabled}
          data-testid="player-start"
        >
          <Icon name="start" />
        </button>
        <button
          type="button"
          onClick={actions.stepPrev}
          aria-label={t('player.prev')}
          title={`${t('player.prev')} (←)`}
          disabled={disabled}
          data-testid="player-prev"
        >
          <Icon name="prev" />
        </button>
        <button
          type="button"
          className="player-play"
          onClick={actions.togglePlay}
          aria-label={playing ? t('player.pause') : t('player.play')}
          title={`${playing ? t('player.pause') : t('player.play')} (Space)`}
          disabled={disabled}
          data-testid="player-play"
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={actions.stepNext}
          aria-label={t('player.next')}
          title={`${t('player.next')} (→)`}
          disabled={disabled}
          data-testid="player-next"
        >
          <Icon name="next" />
        </button>
        <button
          type="button"
          onClick={actions.toEnd}
          aria-label={t('player.end')}
          title={`${t('player.end')} (End)`}
          disabled={disabled}
          data-testid="player-end"
        >
          <Icon name="end" />
        </button>
      </div>

      <output
        className="player-time"
        data-testid="player-time"
        aria-label={t('player.time', { time: formatAge(time), until: formatAge(until) })}
      >
        {formatAge(time)}
      </output>

      <div className="player-scrub">
        <input
          type="range"
          min={0}
          max={until}
          step={100}
          value={time}
          disabled={disabled}
          onChange={(e) => actions.setTime(Number(e.currentTarget.value))}
          onKeyDown={(e) => {
            // The range's own arrow step is its 100 ms drag resolution: ten minutes would take 6,000
            // presses. Arrows move a second (Shift: ten); PageUp/PageDown (a tenth), Home/End stay.
            const dir = SCRUB_KEYS[e.key];
            if (!dir) return;
            e.preventDefault();
            actions.setTime(Math.min(until, Math.max(0, time + dir * (e.shiftKey ? 10_000 : 1_000))));
          }}
          aria-label={t('player.scrubber')}
          aria-valuetext={formatAge(time)}
          data-testid="player-scrubber"
        />
        <Timeline until={until} />
      </div>

      <span className="player-until" aria-hidden="true">
        {formatAge(until)}
      </span>

      <button
        type="button"
        className="player-skip"
        onClick={toggleSkip}
        aria-pressed={skipWaiting}
        title={t('player.skipWaitingHelp')}
        data-testid="player-skip"
      >
        {t('player.skipWaiting')}
      </button>

      <div className="player-speed" role="group" aria-label={t('player.speed')}>
        <button
          type="button"
          onClick={actions.slower}
          aria-label={t('player.slower')}
          title={`${t('player.slower')} (-)`}
          data-testid="player-slower"
        >
          <Icon name="minus" />
        </button>
        <output className="player-speed-value" data-testid="player-speed" aria-live="off">
          {speed}x
        </output>
        <button
          type="button"
          onClick={actions.faster}
          aria-label={t('player.faster')}
          title={`${t('player.faster')} (+)`}
          data-testid="player-faster"
        >
          <Icon name="plus" />
        </button>
      </div>
    </div>
  );
}
