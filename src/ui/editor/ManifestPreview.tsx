// A light, read-only view of the manifest with line numbers: the first screen shows it at once while
// Monaco loads (it is the Suspense fallback of ManifestEditor). No Monaco code here.
import type { JSX } from 'react';
import { useMemo } from 'react';
import { previewLines } from './previewLines';
import type { ManifestPreviewProps } from './types';
import './preview.css';

export function ManifestPreview({
  value,
  diagnostics,
  ariaLabel = 'Manifest (the editor is loading)',
}: ManifestPreviewProps): JSX.Element {
  const lines = useMemo(() => previewLines(value, diagnostics), [value, diagnostics]);
  return (
    <div className="podlab-preview" data-testid="manifest-preview" aria-busy="true">
      <pre className="podlab-preview-text" aria-label={ariaLabel} tabIndex={0}>
        {lines.map((line) => (
          <span
            key={line.number}
            className={
              line.severity ? `podlab-preview-line podlab-preview-${line.severity}` : 'podlab-preview-line'
            }
            title={line.messages.length > 0 ? line.messages.join('\n') : undefined}
          >
            <span className="podlab-preview-number" aria-hidden="true">
              {line.number}
            </span>
            <code className="podlab-preview-code">{line.text === '' ? ' ' : line.text}</code>
            {'\n'}
          </span>
        ))}
      </pre>
    </div>
  );
}
