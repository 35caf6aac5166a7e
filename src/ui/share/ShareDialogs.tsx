// The dialogs the toolbar opens: the share link (copied when the browser lets us), the recent
// scenarios with restore, and the iframe snippet.
import { useEffect, useState } from 'react';
import { useLang, useT } from '../i18n';
import { browserStorage } from '../store/persist';
import { embedSnippet, forgetEntry, restoreEntry, shareLink } from './actions';
import { entryTitle, loadHistory } from './history';
import { Modal } from './Modal';
import { useShare } from './shareState';

function LinkDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [link] = useState(shareLink);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const copying = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
    copying.then(
      () => live && setCopied(true),
      () => live && setCopied(false),
    );
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <Modal title={t('share.linkLabel')} onClose={onClose} testId="share-link-dialog">
      <p className="share-status" role="status" data-testid="share-status">
        {copied === true ? t('share.copied') : copied === false ? t('share.copyFailed') : ''}
      </p>
      <input
        className="share-field"
        readOnly
        value={link}
        aria-label={t('share.linkLabel')}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-link"
      />
    </Modal>
  );
}

function HistoryDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [entries, setEntries] = useState(() => loadHistory(browserStorage()));
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Modal title={t('history.title')} onClose={onClose} testId="history-dialog">
      {entries.length === 0 ? (
        <p className="share-empty">{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {entries.map((e) => (
            <li key={e.savedAt} className="history-item" data-testid="history-item">
              <div className="history-what">
                <span className="history-title">{entryTitle(e.text)}</span>
                <span className="history-meta">
                  {when.format(e.savedAt)}
                  {e.inputs.length > 0 && ` · ${t('history.inputs', { n: e.inputs.length })}`}
                </span>
              </div>
              <button
                type="button"
                className="share-btn share-primary"
                onClick={() => restoreEntry(e)}
                data-testid="history-restore"
              >
                {t('history.restore')}
              </button>
              <button
                type="button"
                className="share-btn"
                onClick={() => {
                  forgetEntry(e);
                  setEntries(loadHistory(browserStorage()));
                }}
                data-testid="history-remove"
              >
                {t('history.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

function EmbedDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [snippet] = useState(embedSnippet);
  return (
    <Modal title={t('share.embedTitle')} onClose={onClose} testId="embed-dialog">
      <p className="share-status">{t('share.embedSnippet')}</p>
      <textarea
        className="share-field share-snippet"
        readOnly
        rows={5}
        value={snippet}
        aria-label={t('share.embedTitle')}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-snippet"
      />
    </Modal>
  );
}

/** The open dialog (this module loads lazily, when the first one opens: see ShareToolbar). */
export default function ShareDialogs() {
  const dialog = useShare((s) => s.dialog);
  const open = useShare((s) => s.open);
  const close = () => open(null);
  if (dialog === 'link') return <LinkDialog onClose={close} />;
  if (dialog === 'history') return <HistoryDialog onClose={close} />;
  if (dialog === 'embed') return <EmbedDialog onClose={close} />;
  return null;
}
