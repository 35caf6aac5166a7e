import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_GUTTER_CLASS,
  HIGHLIGHT_LINE_CLASS,
  highlightDecorations,
  toMonacoRange,
} from './highlight';

describe('highlightDecorations', () => {
  it('no range, no decoration (clears the highlight)', () => {
    expect(highlightDecorations(null)).toEqual([]);
  });

  it('highlights whole lines from first to last', () => {
    const [decoration] = highlightDecorations({ startLine: 6, startColumn: 5, endLine: 9, endColumn: 12 });
    expect(decoration.range).toEqual({ startLineNumber: 6, startColumn: 1, endLineNumber: 9, endColumn: 1 });
    expect(decoration.options.isWholeLine).toBe(true);
    expect(decoration.options.className).toBe(HIGHLIGHT_LINE_CLASS);
    expect(decoration.options.linesDecorationsClassName).toBe(HIGHLIGHT_GUTTER_CLASS);
  });

  it('a range ending at column 1 of a later line stops on the line before', () => {
    const [decoration] = highlightDecorations({ startLine: 6, startColumn: 3, endLine: 10, endColumn: 1 });
    expect(decoration.range.endLineNumber).toBe(9);
  });

  it('a one-line range stays one line even when it ends at column 1', () => {
    const [decoration] = highlightDecorations({ startLine: 4, startColumn: 1, endLine: 4, endColumn: 1 });
    expect([decoration.range.startLineNumber, decoration.range.endLineNumber]).toEqual([4, 4]);
  });

  it('an end before the start still highlights the start line', () => {
    const [decoration] = highlightDecorations({ startLine: 8, startColumn: 1, endLine: 2, endColumn: 4 });
    expect([decoration.range.startLineNumber, decoration.range.endLineNumber]).toEqual([8, 8]);
  });
});

describe('toMonacoRange', () => {
  it('renames SourceRange fields to IRange fields', () => {
    expect(toMonacoRange({ startLine: 1, startColumn: 2, endLine: 3, endColumn: 4 })).toEqual({
      startLineNumber: 1,
      startColumn: 2,
      endLineNumber: 3,
      endColumn: 4,
    });
  });
});
