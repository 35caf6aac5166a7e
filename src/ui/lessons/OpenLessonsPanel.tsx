// The open lessons panel: the list, an example or an exercise (lazily loaded by LessonsPanel).
import { exampleById } from '../../lessons/examples';
import { exerciseById } from '../../lessons/exercises';
import { useT } from '../i18n';
import { ExampleView } from './ExampleView';
import { ExerciseView } from './ExerciseView';
import { LessonList } from './LessonList';
import { useLessons } from './lessonsStore';

export default function OpenLessonsPanel() {
  const t = useT();
  const view = useLessons((s) => s.view);
  const { toggle, showList } = useLessons.getState();
  const exercise = view.kind === 'exercise' ? exerciseById(view.id) : undefined;
  const example = view.kind === 'example' ? exampleById(view.id) : undefined;
  return (
    <aside className="lessons lessons-open" aria-label={t('lessons.title')} data-testid="lessons-panel">
      <div className="pane-head">
        {/* In a lesson the title gives way to the way back, but stays for screen readers: the
            lesson's own h3 sits under it (axe: heading-order). */}
        <h2 className={view.kind === 'list' ? 'pane-title' : 'visually-hidden'}>{t('lessons.title')}</h2>
        {view.kind !== 'list' && (
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
