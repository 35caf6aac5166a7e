// The banner under the header for share events (a link opened or refused, an import, a restore).
import { useT } from '../i18n';
import { useShare } from './shareState';

/** The banner of the last notice (a link opened or refused, an import, a restore). */
export function ShareNotice() {
  const t = useT();
  const notice = useShare((s) => s.notice);
  const notify = useShare((s) => s.notify);
  const open = useShare((s) => s.open);
  if (!notice) return null;
  const canRestore = notice.key === 'share.openedKept' || notice.key === 'share.imported';
  return (
    <div
      className={notice.tone === 'error' ? 'share-notice share-notice-error' : 'share-notice'}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="share-notice"
    >
      <span>{t(notice.key, notice.params)}</span>
      {canRestore && (
        <button type="button" className="share-btn" onClick={() => open('history')}>
          {t('share.history')}
        </button>
      )}
      <button type="button" className="share-btn" onClick={() => notify(null)} data-testid="share-dismiss">
        {t('share.dismiss')}
      </button>
    </div>
  );
}
