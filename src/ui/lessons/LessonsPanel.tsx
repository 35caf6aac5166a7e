// The lessons column at the left of the workspace: a narrow rail when closed, the lesson when open.
import { exampleById } from '../../lessons/examples';
import { exerciseById } from '../../lessons/exercises';
import { useT } from '../i18n';
import { ExampleView } from './ExampleView';
import { ExerciseView } from './ExerciseView';
import { LessonList } from './LessonList';
import { useLessons } from './lessonsStore';
import './lessons.css';

export function LessonsPanel() {
  const t = useT();
  const open = useLessons((s) => s.open);
  const view = useLessons((s) => s.view);
  const { toggle, showList } = useLessons.getState();

  if (!open)
    return (
      <aside className="lessons lessons-closed" aria-label={t('lessons.title')}>
        <button
          type="button"
          className="lessons-rail"
          onClick={toggle}
          aria-expanded={false}
          data-testid="lessons-toggle"
        >
          <span className="lessons-rail-icon" aria-hidden="true">
            ☰
          </span>
          <span className="lessons-rail-label">{t('lessons.open')}</span>
        </button>
      </aside>
    );

  const exercise = view.kind === 'exercise' ? exerciseById(view.id) : undefined;
  const example = view.kind === 'example' ? exampleById(view.id) : undefined;
  return (
    <aside className="lessons lessons-open" aria-label={t('lessons.title')} data-testid="lessons-panel">
      <div className="pane-head">
        {view.kind === 'list' ? (
          <h2 className="pane-title">{t('lessons.title')}</h2>
        ) : (
          <button type="button" className="link-btn" onClick={showList} data-testid="lessons-back">
            ← {t('lessons.back')}
          </button>
        )}
        <button
          type="button"
          className="link-btn"
          onClick={toggle}
          aria-expanded={true}
          data-testid="lessons-toggle"
        >
          {t('lessons.close')}
        </button>
      </div>
      <div className="lessons-body">
        {exercise ? (
          <ExerciseView key={exercise.id} exercise={exercise} />
        ) : example ? (
          <ExampleView key={example.id} example={example} />
        ) : (
          <LessonList />
        )}
      </div>
    </aside>
  );
}
