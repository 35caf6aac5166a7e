// Left side: the manifest editor (Monaco, lazily; a plain preview until it loads) and its problems.
import { lazy, Suspense, useEffect } from 'react';
import {
  activateEditor,
  ManifestEditor,
  ManifestPreview,
  preloadManifestEditor,
  revealLine,
  useEditorActivation,
} from '../editor';
import { EditorTools } from '../editor/EditorTools';
import { formatCount } from '../diagram/containerCap';
import { nodeAtLine, sourceRangeOf } from '../diagram/sourceRange';
import { useT } from '../i18n';
import { playground, usePlayground } from '../store';
import { SEED_MANIFEST } from '../store/seed';

const DEBOUNCE_MS = 250;
// The "Why?" texts and their lesson links load with the first problem, not with the page.
const ProblemHelp = lazy(() => import('../editor/ProblemHelp').then((m) => ({ default: m.ProblemHelp })));

/**
 * Parse and simulate once the learner pauses typing. The store does not ask again for the text it
 * asked last (the text the page opens with, computed when the store was made, is not asked twice).
 */
function useDebouncedRecompute(text: string) {
  useEffect(() => {
    const id = setTimeout(() => playground.getState().recompute(), DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text]);
}

export function EditorPane() {
  const t = useT();
  const text = usePlayground((s) => s.text);
  const diagnostics = usePlayground((s) => s.parse.diagnostics);
  const objects = usePlayground((s) => s.objects);
  const selected = usePlayground((s) => s.selected);
  const stale = usePlayground((s) => s.stale);
  useDebouncedRecompute(text);
  const highlight = selected && !stale ? sourceRangeOf(objects, selected) : null;
  const editorActive = useEditorActivation((s) => s.active);
  const preview = (loading: boolean) => (
    <ManifestPreview
      value={text}
      diagnostics={diagnostics}
      loading={loading}
      highlight={highlight}
      ariaLabel={t(loading ? 'editor.previewLoading' : 'editor.previewLabel')}
      // formatCount, not toLocaleString: its first call loads ICU data, 50 ms on the main thread.
      moreLines={(n) => t('editor.previewMore', { count: formatCount(n) })}
      moreChars={(n) => t('editor.previewMoreChars', { count: formatCount(n) })}
    />
  );
  /** A click on the preview opens the editor with the cursor on the clicked line. */
  const openAt = (target: EventTarget) => {
    const line = (target as Element).closest?.('[data-line]')?.getAttribute('data-line');
    if (line) revealLine(Number(line));
    else activateEditor({ focus: true });
    playground.getState().warmUp();
  };

  const reset = () => {
    if (text === SEED_MANIFEST || window.confirm(t('editor.resetConfirm'))) {
      playground.getState().setText(SEED_MANIFEST);
    }
  };

  return (
    <section className="editor-pane" aria-label={t('editor.label')}>
      <div className="pane-head">
        <h2 className="pane-title">{t('editor.label')}</h2>
        <EditorTools text={text} onInsert={(v) => playground.getState().setText(v)} />
        <button type="button" className="link-btn" onClick={reset} data-testid="reset-example">
          {t('editor.reset')}
        </button>
      </div>
      <div
        className="editor-host"
        data-keys="own"
        onPointerEnter={editorActive ? undefined : preloadManifestEditor}
        onPointerDown={editorActive ? undefined : (e) => openAt(e.target)}
        onFocus={
          editorActive
            ? undefined
            : () => {
                activateEditor({ focus: true });
                playground.getState().warmUp();
              }
        }
      >
        {!editorActive ? (
          preview(false)
        ) : (
          <Suspense fallback={preview(true)}>
            <ManifestEditor
              value={text}
              onChange={(v) => playground.getState().setText(v)}
              diagnostics={diagnostics}
              highlight={highlight}
              onCursorLine={(line) => {
                // The cursor's container, volume or Service lights up in the diagram (and its lines in
                // the editor); the pod as a whole would light up the entire document, so it does not.
                const node = stale ? null : nodeAtLine(objects, line);
                playground.getState().select(node === 'pod' ? null : node);
              }}
              ariaLabel={t('editor.ariaLabel')}
            />
          </Suspense>
        )}
      </div>
      <div className="problems" data-testid="problems">
        <h2 className="pane-title">
          {t('problems.title')}
          {diagnostics.length > 0 && <span className="count">{diagnostics.length}</span>}
        </h2>
        {diagnostics.length === 0 ? (
          <p className="problems-none">{t('problems.none')}</p>
        ) : (
          <ul className="problems-list">
            {diagnostics.map((d, i) => (
              <li key={`${i}:${d.code}:${d.range.startLine}`}>
                <button
                  type="button"
                  className={`problem problem-${d.severity}`}
                  onClick={() => revealLine(d.range.startLine)}
                  aria-label={t('problems.reveal', { line: d.range.startLine, message: d.message })}
                  data-testid="problem"
                >
                  <span className="problem-sev">
                    {t(d.severity === 'error' ? 'problems.error' : 'problems.warning')}
                  </span>
                  <span className="problem-line">{t('problems.line', { line: d.range.startLine })}</span>
                  <span className="problem-msg">{d.message}</span>
                </button>
                <Suspense fallback={null}>
                  <ProblemHelp code={d.code} />
                </Suspense>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
