// A small modal: labelled, closes on Escape or a click outside, focuses its first control and keeps
// the focus inside until it closes (then gives it back).
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea, select, a[href], [tabindex="0"]';

/** Tab and Shift+Tab cycle through the dialog's controls: it is modal, the page behind is inert. */
function keepFocusInside(e: KeyboardEvent, dialog: HTMLElement | null) {
  const controls = [...(dialog?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!first) return;
  const at = document.activeElement;
  if (e.shiftKey ? at === first || at === dialog : at === last) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}
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
          } else if (e.key === 'Tab') keepFocusInside(e, ref.current);
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
