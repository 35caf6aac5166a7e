// Header buttons: copy a link, recent scenarios, import/download a manifest, embed, present, theme.
import { lazy, Suspense, useRef, type ChangeEvent } from 'react';
import { useT } from '../i18n';
import { downloadManifest, importFile } from './actions';
import { switchView, useShare } from './shareState';
import { THEME_CHOICES, useTheme, type ThemeChoice } from './theme';
import './share.css';

// The dialogs' code loads with the first dialog opened.
const ShareDialogs = lazy(() => import('./ShareDialogs'));

const THEME_LABEL = { system: 'theme.system', light: 'theme.light', dark: 'theme.dark' } as const;

export function ShareToolbar() {
  const t = useT();
  const open = useShare((s) => s.open);
  const dialogOpen = useShare((s) => s.dialog !== null);
  const theme = useTheme((s) => s.choice);
  const setTheme = useTheme((s) => s.setChoice);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = ''; // the same file can be imported again
    if (file) void importFile(file);
  };

  return (
    <div className="share-toolbar" role="toolbar" aria-label={t('share.toolbar')}>
      <button
        type="button"
        className="share-btn share-primary"
        onClick={() => open('link')}
        data-testid="share-copy"
      >
        {t('share.copyLink')}
      </button>
      <button type="button" className="share-btn" onClick={() => open('history')} data-testid="share-history">
        {t('share.history')}
      </button>
      <button
        type="button"
        className="share-btn"
        onClick={() => fileRef.current?.click()}
        data-testid="share-import"
      >
        {t('share.import')}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".yaml,.yml,.json,.txt,text/yaml,application/yaml"
        hidden
        onChange={onFile}
        aria-label={t('share.importLabel')}
        data-testid="share-import-file"
      />
      <button
        type="button"
        className="share-btn"
        onClick={() => void downloadManifest()}
        data-testid="share-download"
      >
        {t('share.download')}
      </button>
      <button type="button" className="share-btn" onClick={() => open('embed')} data-testid="share-embed">
        {t('share.embed')}
      </button>
      <button
        type="button"
        className="share-btn"
        onClick={() => switchView('present')}
        data-testid="share-present"
      >
        {t('share.present')}
      </button>
      <label className="share-theme">
        <span className="visually-hidden">{t('theme.label')}</span>
        <select
          value={theme}
          onChange={(e) => setTheme(e.currentTarget.value as ThemeChoice)}
          aria-label={t('theme.label')}
          data-testid="theme-select"
        >
          {THEME_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(THEME_LABEL[c])}
            </option>
          ))}
        </select>
      </label>
      {dialogOpen && (
        <Suspense fallback={null}>
          <ShareDialogs />
        </Suspense>
      )}
    </div>
  );
}
