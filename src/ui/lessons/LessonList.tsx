// The list of exercises (done / not done) and the examples gallery, grouped by topic.
import { EXAMPLES } from '../../lessons/examples';
import { EXERCISES } from '../../lessons/exercises';
import type { ExampleTopic } from '../../lessons/types';
import { useLang, useT, type MessageKey } from '../i18n';
import { useLessons } from './lessonsStore';

const TOPICS: Record<ExampleTopic, MessageKey> = {
  course: 'lessons.topic.course',
  patterns: 'lessons.topic.patterns',
  init: 'lessons.topic.init',
  sidecars: 'lessons.topic.sidecars',
  failures: 'lessons.topic.failures',
};

export function LessonList() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const done = useLessons((s) => s.progress.done);
  const { openExercise, openExample } = useLessons.getState();
  const finished = EXERCISES.filter((e) => done.includes(e.id)).length;
  const topics = [...new Set(EXAMPLES.map((e) => e.topic))];

  return (
    <div className="lessons-list">
      <h3 className="lessons-section">
        {t('lessons.exercises')}
        <span className="lessons-count" data-testid="lessons-progress">
          {t('lessons.progress', { done: finished, total: EXERCISES.length })}
        </span>
      </h3>
      <ol className="lessons-items">
        {EXERCISES.map((e) => {
          const isDone = done.includes(e.id);
          return (
            <li key={e.id}>
              <button
                type="button"
                className="lessons-item"
                onClick={() => openExercise(e.id)}
                data-testid={`exercise-${e.id}`}
                data-done={isDone}
              >
                <span
                  className={isDone ? 'lessons-mark lessons-mark-done' : 'lessons-mark'}
                  aria-label={t(isDone ? 'lessons.done' : 'lessons.notDone')}
                  role="img"
                >
                  {isDone ? '✓' : ''}
                </span>
                <span className="lessons-item-title">{e.title[lang]}</span>
                <span className="lessons-kind">{t(`lessons.kind.${e.kind}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <h3 className="lessons-section">{t('lessons.examples')}</h3>
      {topics.map((topic) => (
        <div key={topic}>
          <h4 className="lessons-topic">{t(TOPICS[topic])}</h4>
          <ul className="lessons-items">
            {EXAMPLES.filter((e) => e.topic === topic).map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="lessons-item"
                  onClick={() => openExample(e.id)}
                  data-testid={`example-${e.id}`}
                >
                  <span className="lessons-item-title">{e.title[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
