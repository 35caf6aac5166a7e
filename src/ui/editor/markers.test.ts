import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/manifest/types';
import { diagnosticToMarker, diagnosticsToMarkers, PODLAB_MARKER_OWNER } from './markers';

function diag(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    severity: 'error',
    code: 'api/required',
    message: 'spec.containers[0].image: Required value',
    path: 'spec.containers[0].image',
    docIndex: 0,
    range: { startLine: 7, startColumn: 5, endLine: 7, endColumn: 16 },
    ...over,
  };
}

describe('diagnosticToMarker', () => {
  it('keeps the exact message, the code and the range', () => {
    expect(diagnosticToMarker(diag())).toEqual({
      severity: 8,
      message: 'spec.containers[0].image: Required value',
      code: 'api/required',
      source: 'podlab',
      startLineNumber: 7,
      startColumn: 5,
      endLineNumber: 7,
      endColumn: 16,
    });
  });

  it('maps error to MarkerSeverity.Error (8) and warning to MarkerSeverity.Warning (4)', () => {
    expect(diagnosticToMarker(diag({ severity: 'error' })).severity).toBe(8);
    expect(diagnosticToMarker(diag({ severity: 'warning' })).severity).toBe(4);
  });

  it('does not trim or rewrite messages (learners see what the API server prints)', () => {
    const message =
      'Pod "web" is invalid: spec.containers[0].name: Invalid value: "Web_1": a lowercase RFC 1123 label';
    expect(diagnosticToMarker(diag({ message })).message).toBe(message);
  });

  it('keeps multi-line ranges', () => {
    const marker = diagnosticToMarker(
      diag({ range: { startLine: 2, startColumn: 1, endLine: 9, endColumn: 3 } }),
    );
    expect([marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn]).toEqual([
      2, 1, 9, 3,
    ]);
  });

  it('collapses an inverted range to its start instead of passing it on', () => {
    const marker = diagnosticToMarker(
      diag({ range: { startLine: 5, startColumn: 8, endLine: 4, endColumn: 2 } }),
    );
    expect([marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn]).toEqual([
      5, 8, 5, 8,
    ]);
    const sameLine = diagnosticToMarker(
      diag({ range: { startLine: 5, startColumn: 8, endLine: 5, endColumn: 2 } }),
    );
    expect([sameLine.endLineNumber, sameLine.endColumn]).toEqual([5, 8]);
  });

  it('clamps zero or negative positions to 1 (Monaco positions are 1-based)', () => {
    const marker = diagnosticToMarker(
      diag({ range: { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 } }),
    );
    expect([marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('keeps an empty range empty (Monaco widens it to the word under it)', () => {
    const marker = diagnosticToMarker(
      diag({ range: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 4 } }),
    );
    expect([marker.startColumn, marker.endColumn]).toEqual([4, 4]);
  });
});

describe('diagnosticsToMarkers', () => {
  it('maps every diagnostic, in order', () => {
    const markers = diagnosticsToMarkers([
      diag({ message: 'a' }),
      diag({ message: 'b', severity: 'warning' }),
    ]);
    expect(markers.map((m) => [m.message, m.severity])).toEqual([
      ['a', 8],
      ['b', 4],
    ]);
  });

  it('returns no markers for no diagnostics (clears the owner)', () => {
    expect(diagnosticsToMarkers([])).toEqual([]);
  });

  it('uses the owner name the rest of the UI and the e2e tests expect', () => {
    expect(PODLAB_MARKER_OWNER).toBe('podlab');
  });
});
