// The "Why?" of a problem: what its stable code means, the Kubernetes rule behind it, how to fix it,
// and the lesson that practises it (the same text as docs/diagnostics.md, in the UI's language).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { exampleById } from '../../lessons/examples';
import { exerciseById } from '../../lessons/exercises';
import { useLang, useT } from '../i18n';
import { useLessons } from '../lessons';
import { DIAGNOSTIC_HELP, type DiagnosticHelp } from './diagnosticHelp';
import './expert.css';

const QUICK_FIX_CODES = new Set(['api/not-found', 'api/duplicate', 'api/unknown-field', 'api/required']);

function LessonLink({ lesson }: { lesson: NonNullable<DiagnosticHelp['lesson']> }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const found = lesson.kind === 'exercise' ? exerciseById(lesson.id) : exampleById(lesson.id);
  if (!found) return null;
  const open = () => {
    const lessons = useLessons.getState();
    if (lesson.kind === 'exercise') lessons.openExercise(lesson.id);
    else lessons.openExample(lesson.id);
  };
  return (
    <button type="button" className="link-btn" onClick={open} data-testid="problem-lesson">
      {t('problems.lesson', { title: found.title[lang] })}
    </button>
  );
}

/** Text with `code` spans (field names, values) as <code>, like docs/diagnostics.md renders them. */
export function withCode(text: string): ReactNode[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

/** The "Why?" toggle of one problem and, when open, its explanation. */
export function ProblemHelp({ code }: { code: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  // The problems list is short and scrolls: bring the opened explanation into view.
  useEffect(() => {
    if (open) panelRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  const help = DIAGNOSTIC_HELP[code];
  if (!help) return null;
  return (
    <>
      <button
        type="button"
        className="link-btn problem-why"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('problems.whyLabel', { code })}
        onClick={() => setOpen(!open)}
        data-testid="problem-why"
      >
        {t('problems.why')}
      </button>
      {open && (
        <div id={panelId} ref={panelRef} className="problem-help" data-testid="problem-help">
          <p className="problem-help-title">
            <code>{code}</code> {help.title}
          </p>
          <dl>
            <dt>{t('problems.meaning')}</dt>
            <dd>{withCode(help.meaning[lang])}</dd>
            <dt>{t('problems.rule')}</dt>
            <dd>{withCode(help.rule[lang])}</dd>
            <dt>{t('problems.fix')}</dt>
            <dd>{withCode(help.fix[lang])}</dd>
          </dl>
          {QUICK_FIX_CODES.has(code) && <p className="problem-help-tip">{t('problems.quickFix')}</p>}
          {help.lesson && <LessonLink lesson={help.lesson} />}
        </div>
      )}
    </>
  );
}
