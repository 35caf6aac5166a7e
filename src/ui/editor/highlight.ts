// The "these lines belong to the selected diagram node" highlight, as Monaco decorations.
import type { editor, IRange } from 'monaco-editor/esm/vs/editor/editor.api';
import type { SourceRange } from '../../core/manifest/types';

export const HIGHLIGHT_LINE_CLASS = 'podlab-highlight-line';
export const HIGHLIGHT_GUTTER_CLASS = 'podlab-highlight-gutter';

export function toMonacoRange(range: SourceRange): IRange {
  return {
    startLineNumber: range.startLine,
    startColumn: range.startColumn,
    endLineNumber: Math.max(range.startLine, range.endLine),
    endColumn: range.endColumn,
  };
}

/**
 * Whole lines from the range's first to its last line. A range that ends at column 1 of a line (a
 * block value ending with its newline) does not include that line.
 */
export function highlightDecorations(range: SourceRange | null): editor.IModelDeltaDecoration[] {
  if (!range) return [];
  let endLine = Math.max(range.startLine, range.endLine);
  if (endLine > range.startLine && range.endColumn <= 1) endLine -= 1;
  return [
    {
      range: { startLineNumber: range.startLine, startColumn: 1, endLineNumber: endLine, endColumn: 1 },
      options: {
        isWholeLine: true,
        className: HIGHLIGHT_LINE_CLASS,
        linesDecorationsClassName: HIGHLIGHT_GUTTER_CLASS,
      },
    },
  ];
}
