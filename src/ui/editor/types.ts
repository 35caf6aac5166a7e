import type { Diagnostic, SourceRange } from '../../core/manifest/types';

/** Props of the lazy Monaco editor (`ManifestEditor`). */
export interface ManifestEditorProps {
  /** The manifest text. A change that did not come from this editor replaces the editor's text. */
  value: string;
  /** Fires on every edit with the full text; debouncing is the caller's job. */
  onChange(text: string): void;
  /** Problems found by our own parser, shown as Monaco markers with owner `podlab`. */
  diagnostics: Diagnostic[];
  /** Lines to highlight, e.g. the source of the diagram node that is selected. */
  highlight?: SourceRange | null;
  /** Called with the 1-based cursor line whenever it moves to another line. */
  onCursorLine?(line: number): void;
  readOnly?: boolean;
  ariaLabel: string;
}

export interface ManifestPreviewProps {
  value: string;
  diagnostics: Diagnostic[];
  /** Accessible name of the text (default in English). */
  ariaLabel?: string;
  /** The editor is loading (default): marks the preview busy for assistive technology. */
  loading?: boolean;
  /** Lines to highlight, like the editor's `highlight`. */
  highlight?: SourceRange | null;
  /** The note under a cut-off preview: how `n` more lines are said (default in English). */
  moreLines?(n: number): string;
  /** The note after a line cut short: how `n` more characters are said (default in English). */
  moreChars?(n: number): string;
}
