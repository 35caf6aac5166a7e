// Our parser's diagnostics as Monaco marker data. Pure (no Monaco import at run time) so it is unit
// tested in Node; the Monaco wrapper passes the result to `editor.setModelMarkers(model, 'podlab', ...)`.
import type { editor, MarkerSeverity } from 'monaco-editor/esm/vs/editor/editor.api';
import type { Diagnostic } from '../../core/manifest/types';

/** Marker owner for PodLab's own diagnostics; monaco-yaml uses its own owner (`yaml`). */
export const PODLAB_MARKER_OWNER = 'podlab';

// Values of monaco's MarkerSeverity enum, which we cannot import as a value without loading Monaco.
const SEVERITY_ERROR = 8 as MarkerSeverity;
const SEVERITY_WARNING = 4 as MarkerSeverity;

export function diagnosticToMarker(diagnostic: Diagnostic): editor.IMarkerData {
  const { startLine, startColumn } = diagnostic.range;
  // An inverted range would be rejected; Monaco itself widens an empty range to the word under it.
  const endsBeforeStart =
    diagnostic.range.endLine < startLine ||
    (diagnostic.range.endLine === startLine && diagnostic.range.endColumn < startColumn);
  return {
    severity: diagnostic.severity === 'error' ? SEVERITY_ERROR : SEVERITY_WARNING,
    // The exact text the API server / kubectl prints: learners meet it again on a real cluster.
    message: diagnostic.message,
    code: diagnostic.code,
    source: PODLAB_MARKER_OWNER,
    startLineNumber: Math.max(1, startLine),
    startColumn: Math.max(1, startColumn),
    endLineNumber: Math.max(1, endsBeforeStart ? startLine : diagnostic.range.endLine),
    endColumn: Math.max(1, endsBeforeStart ? startColumn : diagnostic.range.endColumn),
  };
}

export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[]): editor.IMarkerData[] {
  return diagnostics.map(diagnosticToMarker);
}
