// A light, read-only view of the manifest with line numbers: the first screen shows it until the
// learner reaches for the editor, and while Monaco loads (the Suspense fallback). No Monaco code here.
import type { JSX } from 'react';
import { useMemo } from 'react';
import { previewLines } from './previewLines';
import type { ManifestPreviewProps } from './types';
import './preview.css';

/**
 * Lines the preview renders at most: dozens of screens of the pane. Each line is a few DOM nodes, and
 * 2,000 of them took the page's main thread 150-350 ms to lay out when a 20,000-line text arrived.
 */
export const PREVIEW_MAX_LINES = 500;
/** Characters of one line the preview renders at most (a 5 MB one-line value is a 5 MB text run). */
export const PREVIEW_MAX_LINE_CHARS = 1000;

export function ManifestPreview({
  value,
  diagnostics,
  ariaLabel = 'Manifest (the editor is loading)',
  loading = true,
  highlight = null,
  moreLines = (n) => `… ${n} more lines`,
  moreChars = (n) => ` … ${n} more characters`,
}: ManifestPreviewProps): JSX.Element {
  const lines = useMemo(() => previewLines(value, diagnostics), [value, diagnostics]);
  // A huge paste must not become a huge DOM: the editor (virtualised) shows the rest.
  const shown = lines.length > PREVIEW_MAX_LINES ? lines.slice(0, PREVIEW_MAX_LINES) : lines;
  const lit = (n: number) =>
    !!highlight &&
    n >= highlight.startLine &&
    (n < highlight.endLine || (n === highlight.endLine && highlight.endColumn > 1));
  return (
    <div className="podlab-preview" data-testid="manifest-preview" aria-busy={loading}>
      <pre className="podlab-preview-text" aria-label={ariaLabel} tabIndex={0}>
        {shown.map((line) => (
          <span
            key={line.number}
            data-line={line.number}
            className={[
              'podlab-preview-line',
              line.severity ? `podlab-preview-${line.severity}` : '',
              lit(line.number) ? 'podlab-preview-highlight' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            title={line.messages.length > 0 ? line.messages.join('\n') : undefined}
          >
            <span className="podlab-preview-number" aria-hidden="true">
              {line.number}
            </span>
            <code className="podlab-preview-code">
              {line.text === '' ? ' ' : line.text.slice(0, PREVIEW_MAX_LINE_CHARS)}
            </code>
            {line.text.length > PREVIEW_MAX_LINE_CHARS && (
              <span className="podlab-preview-cut" data-testid="preview-cut">
                {moreChars(line.text.length - PREVIEW_MAX_LINE_CHARS)}
              </span>
            )}
            {'\n'}
          </span>
        ))}
        {shown.length < lines.length && (
          <span className="podlab-preview-more" data-testid="preview-more">
            {moreLines(lines.length - shown.length)}
          </span>
        )}
      </pre>
    </div>
  );
}
