// The light preview's model: lines of text with the diagnostics that touch each line. Pure, so the
// preview itself stays a thin rendering of it.
import type { Diagnostic } from '../../core/manifest/types';

export interface PreviewLine {
  number: number;
  text: string;
  severity: 'error' | 'warning' | null;
  /** Messages of the diagnostics on this line, most severe first. */
  messages: string[];
}

export function previewLines(value: string, diagnostics: readonly Diagnostic[]): PreviewLine[] {
  const texts = value.split(/\r\n|\r|\n/);
  const lines: PreviewLine[] = texts.map((text, i) => ({
    number: i + 1,
    text,
    severity: null,
    messages: [],
  }));
  const sorted = [...diagnostics].sort((a, b) => rank(a.severity) - rank(b.severity));
  for (const diagnostic of sorted) {
    const first = Math.max(1, diagnostic.range.startLine);
    let last = Math.max(first, diagnostic.range.endLine);
    // A range ending at column 1 stops before that line.
    if (last > first && diagnostic.range.endColumn <= 1) last -= 1;
    for (let n = first; n <= Math.min(last, lines.length); n++) {
      const line = lines[n - 1];
      line.severity = line.severity ?? diagnostic.severity;
      if (!line.messages.includes(diagnostic.message)) line.messages.push(diagnostic.message);
    }
  }
  return lines;
}

function rank(severity: Diagnostic['severity']): number {
  return severity === 'error' ? 0 : 1;
}
