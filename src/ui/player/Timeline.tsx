// Event markers under the scrubber, coloured by kind; hover shows what happened, click jumps there.
import { useMemo, useState } from 'react';
import { formatAge } from '../../core/kubectl/duration';
import type { Millis } from '../../core/trace/types';
import { formatCount } from '../diagram/containerCap';
import { useT } from '../i18n';
import { playground, usePlayground } from '../store';
import { timelineMarkers, type Marker } from './timeline';

export function Timeline({ until }: { until: Millis }) {
  const t = useT();
  const trace = usePlayground((s) => s.trace);
  const podName = usePlayground((s) => s.objects.find((o) => o.kind === 'Pod')?.name);
  const markers = useMemo(() => (trace ? timelineMarkers(trace, podName) : []), [trace, podName]);
  const [hover, setHover] = useState<Marker | null>(null);
  if (until <= 0) return null;
  const left = (x: Millis) => `${(x / until) * 100}%`;
  return (
    <div className="timeline" data-testid="timeline">
      {markers.map((m) => (
        <button
          key={m.t}
          type="button"
          tabIndex={-1} // the step keys reach every marker; dozens of tab stops would not help
          className={`timeline-marker marker-${m.kind}`}
          style={{ left: left(m.t) }}
          aria-label={t('timeline.jump', { time: formatAge(m.t), what: m.texts[0] })}
          data-testid={`marker-${m.t}`}
          data-kind={m.kind}
          onMouseEnter={() => setHover(m)}
          onMouseLeave={() => setHover((h) => (h === m ? null : h))}
          onFocus={() => setHover(m)}
          onBlur={() => setHover(null)}
          onClick={() => {
            playground.getState().pause();
            playground.getState().setTime(m.t);
          }}
        />
      ))}
      {hover && (
        <div
          className="timeline-tip"
          role="tooltip"
          data-testid="timeline-tip"
          style={{ left: left(hover.t) }}
          data-align={hover.t / until > 0.6 ? 'right' : 'left'}
        >
          <strong>{formatAge(hover.t)}</strong>
          {hover.texts.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
          {hover.more ? <div>{t('timeline.more', { count: formatCount(hover.more) })}</div> : null}
        </div>
      )}
    </div>
  );
}
