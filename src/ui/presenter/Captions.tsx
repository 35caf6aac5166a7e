// The caption line of presenter mode: what just happened, in plain words, at the player's time.
import { useMemo } from 'react';
import { formatAge } from '../../core/kubectl/duration';
import { useLang, useT } from '../i18n';
import { usePodName } from '../hooks/useFrame';
import { usePlayground } from '../store';
import { captionsAt, narrate } from './narrate';

export function Captions() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const trace = usePlayground((s) => s.trace);
  const time = usePlayground((s) => s.t);
  const podName = usePodName();
  const captions = useMemo(() => (trace ? narrate(trace, lang, podName) : []), [trace, lang, podName]);
  const { at, lines } = captionsAt(captions, time);
  return (
    <section className="presenter-captions" aria-label={t('present.captions')} data-testid="captions">
      {at === null ? (
        <p className="presenter-caption-hint">{t('present.noCaption')}</p>
      ) : (
        <>
          <span className="presenter-caption-time">{formatAge(at)}</span>
          <ul className="presenter-caption-lines" aria-live="polite">
            {lines.map((line, i) => (
              <li key={`${at}:${i}`} data-testid="caption">
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
