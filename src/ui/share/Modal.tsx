// A small modal: labelled, closes on Escape or a click outside, focuses its first control.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';

export function Modal({
  title,
  onClose,
  testId,
  children,
}: {
  title: string;
  onClose(): void;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="share-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="share-modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        data-keys="own"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="share-modal-head">
          <h2>{title}</h2>
          <button type="button" className="share-btn" onClick={onClose} data-testid="share-close">
            {t('share.close')}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
