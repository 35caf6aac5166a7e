// One guided exercise: goal, explanation, a "predict first" moment, hints, the check and its reasons.
import { useState } from 'react';
import { checkExercise } from '../../lessons/run';
import type { CheckResult, Exercise } from '../../lessons/types';
import { useLang, useT } from '../i18n';
import { playground, usePlayground } from '../store';
import { loadIntoEditor, useLessons } from './lessonsStore';
import { PredictCard } from './PredictCard';

export function ExerciseView({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const text = usePlayground((s) => s.text);
  const done = useLessons((s) => s.progress.done.includes(exercise.id));
  const [hints, setHints] = useState(0);
  const [result, setResult] = useState<{ text: string; result: CheckResult } | null>(null);
  const current = result && result.text === text ? result.result : null;

  const check = () => {
    const source = playground.getState().text;
    const r = checkExercise(exercise, source);
    setResult({ text: source, result: r });
    if (r.pass) useLessons.getState().complete(exercise.id);
  };

  const replace = (next: string, confirmKey: 'lessons.resetConfirm' | 'lessons.solutionConfirm') => {
    if (text === next || window.confirm(t(confirmKey))) {
      loadIntoEditor(next);
      setResult(null);
    }
  };

  return (
    <article className="lessons-lesson" data-testid="exercise" data-id={exercise.id}>
      <h3 className="lessons-lesson-title" tabIndex={-1}>
        {exercise.title[lang]}
        {done && (
          <span className="lessons-done-badge" data-testid="exercise-done">
            ✓ {t('lessons.done')}
          </span>
        )}
      </h3>
      <span className="lessons-kind">{t(`lessons.kind.${exercise.kind}`)}</span>
      <section className="lessons-card">
        <h4 className="lessons-card-title">{t('lessons.goal')}</h4>
        <p data-testid="exercise-goal">{exercise.goal[lang]}</p>
      </section>
      {exercise.prediction && text === exercise.start && (
        <PredictCard exercise={exercise} prediction={exercise.prediction} />
      )}
      <details className="lessons-card">
        <summary className="lessons-card-title">{t('lessons.why')}</summary>
        <p>{exercise.explanation[lang]}</p>
      </details>
      {exercise.hints.slice(0, hints).map((h, i) => (
        <p key={i} className="lessons-hint" data-testid="hint">
          <strong>{t('lessons.hint', { n: i + 1 })}</strong> {h[lang]}
        </p>
      ))}
      <div className="lessons-actions">
        <button type="button" className="lessons-btn lessons-btn-primary" onClick={check} data-testid="check">
          {t('lessons.check')}
        </button>
        <button
          type="button"
          className="lessons-btn"
          onClick={() => setHints((n) => n + 1)}
          disabled={hints >= exercise.hints.length}
          data-testid="show-hint"
        >
          {hints >= exercise.hints.length ? t('lessons.noMoreHints') : t('lessons.showHint')}
        </button>
      </div>
      {current && (
        <section
          className={
            current.pass ? 'lessons-result lessons-result-pass' : 'lessons-result lessons-result-fail'
          }
          role="status"
          data-testid="check-result"
        >
          <p className="lessons-result-head" data-testid={current.pass ? 'check-success' : 'check-failure'}>
            {t(current.pass ? 'lessons.success' : 'lessons.failure')}
          </p>
          <ul className="lessons-findings">
            {current.findings.map((f, i) => (
              <li key={i} className={f.ok ? 'ok' : 'fail'} data-testid="finding" data-ok={f.ok}>
                <span aria-hidden="true">{f.ok ? '✓' : '✗'}</span> {f.text[lang]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="lessons-actions lessons-actions-quiet">
        <button
          type="button"
          className="link-btn"
          onClick={() => replace(exercise.start, 'lessons.resetConfirm')}
          data-testid="reset-start"
        >
          {t('lessons.reset')}
        </button>
        <button
          type="button"
          className="link-btn"
          onClick={() => replace(exercise.solution, 'lessons.solutionConfirm')}
          data-testid="show-solution"
        >
          {t('lessons.solution')}
        </button>
      </div>
    </article>
  );
}
