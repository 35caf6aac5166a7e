// The lessons column at the left of the workspace: a narrow rail when closed, the lesson when open.
// The open panel (content, checks, the core they run) is its own chunk, loaded on first open.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { useLessons } from './lessonsStore';
import './lessons.css';

const OpenLessonsPanel = lazy(() => import('./OpenLessonsPanel'));

export function LessonsPanel() {
  const t = useT();
  const open = useLessons((s) => s.open);
  const { toggle } = useLessons.getState();
  const rail = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Closing removes the panel with the Close button that had the focus: the rail gets it back.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (wasOpen.current && !open && lost) rail.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open)
    return (
      <aside className="lessons lessons-closed" aria-label={t('lessons.title')}>
        <button
          ref={rail}
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

  return (
    <Suspense
      fallback={
        <aside className="lessons lessons-open" aria-label={t('lessons.title')} aria-busy="true">
          <p className="lessons-loading">{t('lessons.loading')}</p>
        </aside>
      }
    >
      <OpenLessonsPanel />
    </Suspense>
  );
}
