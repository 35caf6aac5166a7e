// One example of the gallery: its manifest is in the editor; the paragraph says what to watch for.
import type { Example } from '../../lessons/types';
import { useLang, useT } from '../i18n';
import { loadIntoEditor } from './lessonsStore';

export function ExampleView({ example }: { example: Example }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  return (
    <article className="lessons-lesson" data-testid="example" data-id={example.id}>
      <h3 className="lessons-lesson-title" tabIndex={-1}>
        {example.title[lang]}
      </h3>
      <section className="lessons-card">
        <h4 className="lessons-card-title">{t('lessons.watchFor')}</h4>
        <p data-testid="example-watch">{example.watch[lang]}</p>
      </section>
      <div className="lessons-actions lessons-actions-quiet">
        <button type="button" className="link-btn" onClick={() => loadIntoEditor(example.manifest)}>
          {t('lessons.reload')}
        </button>
      </div>
    </article>
  );
}
