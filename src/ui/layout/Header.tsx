import { LANGS, useLang, useT, type Lang } from '../i18n';
import { ShareToolbar } from '../share/ShareToolbar';

const NAMES: Record<Lang, 'lang.en' | 'lang.ko'> = { en: 'lang.en', ko: 'lang.ko' };

export function Header() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const setLang = useLang((s) => s.setLang);
  return (
    <header className="header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
          <path d="M16 2 29 9v14l-13 7-13-7V9z" fill="currentColor" opacity="0.9" />
          <path d="M16 9l7 4v6l-7 4-7-4v-6z" fill="var(--bg)" />
        </svg>
        <h1 className="brand-title">{t('app.title')}</h1>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <ShareToolbar />
      <div className="lang" role="group" aria-label={t('lang.label')}>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            className={l === lang ? 'lang-btn lang-active' : 'lang-btn'}
            aria-pressed={l === lang}
            onClick={() => setLang(l)}
            data-testid={`lang-${l}`}
          >
            {t(NAMES[l])}
          </button>
        ))}
      </div>
    </header>
  );
}
