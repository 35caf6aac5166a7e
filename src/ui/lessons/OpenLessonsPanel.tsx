// The open lessons panel: the list, an example or an exercise (lazily loaded by LessonsPanel).
import { exampleById } from '../../lessons/examples';
import { exerciseById } from '../../lessons/exercises';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { ExampleView } from './ExampleView';
import { ExerciseView } from './ExerciseView';
import { LessonList } from './LessonList';
import { useLessons, type LessonView } from './lessonsStore';

export default function OpenLessonsPanel() {
  const t = useT();
  const view = useLessons((s) => s.view);
  const { toggle, showList } = useLessons.getState();
  const panel = useRef<HTMLElement>(null);
  const shown = useRef<LessonView | null>(null);

  // The control that opened this view is gone (the rail, a list item, "All lessons") or elsewhere (a
  // problem's lesson link): the focus goes where the new content starts, so keyboard and screen
  // reader users carry on from there. Back in the list, that is the lesson just left.
  useEffect(() => {
    const from = shown.current;
    shown.current = view;
    const el = panel.current;
    if (!el) return;
    const target =
      view.kind !== 'list'
        ? el.querySelector<HTMLElement>('.lessons-lesson-title')
        : from && from.kind !== 'list'
          ? el.querySelector<HTMLElement>(`[data-testid="${from.kind}-${CSS.escape(from.id)}"]`)
          : el.querySelector<HTMLElement>('h2');
    target?.focus();
  }, [view]);
  const exercise = view.kind === 'exercise' ? exerciseById(view.id) : undefined;
  const example = view.kind === 'example' ? exampleById(view.id) : undefined;
  return (
    <aside
      ref={panel}
      className="lessons lessons-open"
      aria-label={t('lessons.title')}
      data-testid="lessons-panel"
    >
      <div className="pane-head">
        {/* In a lesson the title gives way to the way back, but stays for screen readers: the
            lesson's own h3 sits under it (axe: heading-order). */}
        <h2 className={view.kind === 'list' ? 'pane-title' : 'visually-hidden'} tabIndex={-1}>
          {t('lessons.title')}
        </h2>
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
