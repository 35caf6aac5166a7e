// Embed mode (`?embed`, optional `&editable`): a compact player for an iframe in a course page,
// with a link back to the full playground holding the same manifest.
import { LANGS, useLang, useT } from '../i18n';
import { EditorPane } from '../layout/EditorPane';
import { SimulationPane } from '../layout/SimulationPane';
import { codeFragment } from '../share/link';
import { usePlayground } from '../store';
import './embed.css';

export function EmbedView({ editable }: { editable: boolean }) {
  const t = useT();
  const text = usePlayground((s) => s.text);
  const lang = useLang((s) => s.lang);
  const setLang = useLang((s) => s.setLang);
  const { origin, pathname } = window.location;
  const full = origin + pathname + codeFragment(text);
  return (
    <div className={editable ? 'embed embed-editable' : 'embed'} data-testid="embed">
      <header className="embed-bar">
        <h1 className="embed-brand">{t('app.title')}</h1>
        <button
          type="button"
          className="embed-lang"
          onClick={() => setLang(LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length])}
          data-testid="embed-lang"
        >
          {t(lang === 'en' ? 'lang.ko' : 'lang.en')}
        </button>
        <a
          className="embed-open"
          href={full}
          target="_blank"
          rel="noopener"
          title={t('embed.openTitle')}
          data-testid="embed-open"
        >
          {t('embed.open')} ↗
        </a>
      </header>
      <main className="embed-main">
        {editable && <EditorPane />}
        <SimulationPane />
      </main>
    </div>
  );
}
