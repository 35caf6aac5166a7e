// "Predict first": the player waits at the question's moment; after a pick it jumps to the answer.
import { useEffect, useMemo, useState } from 'react';
import { predictionAnswer } from '../../lessons/predict';
import { runManifest } from '../../lessons/run';
import type { Exercise, Prediction } from '../../lessons/types';
import { useLang, useT } from '../i18n';
import { playground } from '../store';

export function PredictCard({ exercise, prediction }: { exercise: Exercise; prediction: Prediction }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [picked, setPicked] = useState<string | null>(null);
  // The answer comes from simulating the starting manifest: exactly what the player will show.
  const answer = useMemo(() => {
    const run = runManifest(exercise.start);
    return run.trace ? predictionAnswer(run.trace, prediction) : null;
  }, [exercise.start, prediction]);

  useEffect(() => {
    playground.getState().pause();
    playground.getState().setTime(prediction.at);
  }, [prediction.at]);

  const pick = (option: string) => {
    setPicked(option);
    if (answer) playground.getState().setTime(answer.t);
  };

  return (
    <section className="lessons-card lessons-predict" data-testid="predict">
      <h4 className="lessons-card-title">{t('lessons.predict.title')}</h4>
      <p>{prediction.question[lang]}</p>
      <div className="lessons-options" role="group" aria-label={t('lessons.predict.pick')}>
        {prediction.options.map((o) => {
          const state = picked === null ? '' : o === answer?.status ? ' right' : o === picked ? ' wrong' : '';
          return (
            <button
              key={o}
              type="button"
              className={`lessons-option${state}`}
              disabled={picked !== null}
              onClick={() => pick(o)}
              data-testid="predict-option"
            >
              {o}
            </button>
          );
        })}
      </div>
      {picked !== null && answer && (
        <div className="lessons-predict-result" role="status" data-testid="predict-result">
          <strong>
            {t(picked === answer.status ? 'lessons.predict.right' : 'lessons.predict.wrong', {
              status: answer.status,
            })}
          </strong>{' '}
          {prediction.reveal[lang]}
        </div>
      )}
    </section>
  );
}
