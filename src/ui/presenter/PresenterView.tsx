// Presenter mode (`?present` or the header's Present button): the simulation full screen, large
// type, high contrast, captions that narrate each event, clicker keys (PageDown/PageUp step between
// events), a laser pointer, the editor on demand.
import { useEffect, useState } from 'react';
import { EditorPane } from '../layout/EditorPane';
import { SimulationPane } from '../layout/SimulationPane';
import { useT } from '../i18n';
import { playground } from '../store';
import { switchView } from '../share/shareState';
import { Captions } from './Captions';
import { LaserPointer } from './LaserPointer';
import './presenter.css';

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('.monaco-editor, input, textarea, select, [data-keys="own"]') !== null
  );
}

export function PresenterView() {
  const t = useT();
  const [editor, setEditor] = useState(false);
  const [laser, setLaser] = useState(true);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Clickers send PageDown/PageUp; those step even from the editor, the letters do not.
      if (e.key === 'PageDown' || e.key === 'PageUp') {
        e.preventDefault();
        if (e.key === 'PageDown') playground.getState().stepNext();
        else playground.getState().stepPrev();
        return;
      }
      if (typingIn(e.target)) return;
      if (e.key === 'l' || e.key === 'L') setLaser((x) => !x);
      else if (e.key === 'e' || e.key === 'E') setEditor((x) => !x);
      else if (e.key === 'Escape' && !document.fullscreenElement) switchView('app');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  return (
    <div className={laser ? 'presenter presenter-laser' : 'presenter'} data-testid="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-title">{t('app.title')}</h1>
        <span className="presenter-keys">{t('present.keys')}</span>
        <div className="presenter-buttons">
          <button
            type="button"
            aria-pressed={editor}
            onClick={() => setEditor(!editor)}
            data-testid="present-editor"
          >
            {t('present.editor')}
          </button>
          <button
            type="button"
            aria-pressed={laser}
            onClick={() => setLaser(!laser)}
            data-testid="present-laser"
          >
            {t('present.laser')}
          </button>
          <button type="button" onClick={fullscreen} data-testid="present-fullscreen">
            {t('present.fullscreen')}
          </button>
          <button type="button" onClick={() => switchView('app')} data-testid="present-exit">
            {t('present.exit')}
          </button>
        </div>
      </header>
      <main className={editor ? 'presenter-main presenter-with-editor' : 'presenter-main'}>
        {editor && <EditorPane />}
        {/* Remounted when the editor opens or closes, so the diagram fits its new width. */}
        <SimulationPane key={editor ? 'with-editor' : 'alone'} />
      </main>
      <Captions />
      {laser && <LaserPointer />}
    </div>
  );
}
