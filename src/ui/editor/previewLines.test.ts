import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/manifest/types';
import { previewLines } from './previewLines';

function diag(
  startLine: number,
  endLine: number,
  message: string,
  severity: Diagnostic['severity'] = 'error',
  endColumn = 5,
) {
  return {
    severity,
    code: 'api/test',
    message,
    docIndex: 0,
    range: { startLine, startColumn: 1, endLine, endColumn },
  } satisfies Diagnostic;
}

describe('previewLines', () => {
  it('numbers every line from 1, keeping empty lines', () => {
    const lines = previewLines('a\n\nb', []);
    expect(lines.map((l) => [l.number, l.text])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
    ]);
  });

  it('accepts CRLF and CR line ends', () => {
    expect(previewLines('a\r\nb\rc', []).map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });

  it('an empty document is one empty line, like an editor shows it', () => {
    expect(previewLines('', [])).toEqual([{ number: 1, text: '', severity: null, messages: [] }]);
  });

  it('marks the lines a diagnostic covers with its severity and exact message', () => {
    const lines = previewLines('a\nb\nc\nd', [diag(2, 3, 'spec.containers: Required value')]);
    expect(lines.map((l) => l.severity)).toEqual([null, 'error', 'error', null]);
    expect(lines[1].messages).toEqual(['spec.containers: Required value']);
  });

  it('errors win over warnings on the same line, and both messages are kept (errors first)', () => {
    const lines = previewLines('a\nb', [diag(1, 1, 'careful', 'warning'), diag(1, 1, 'broken', 'error')]);
    expect(lines[0].severity).toBe('error');
    expect(lines[0].messages).toEqual(['broken', 'careful']);
  });

  it('a range ending at column 1 does not mark that last line', () => {
    const lines = previewLines('a\nb\nc', [diag(1, 3, 'x', 'error', 1)]);
    expect(lines.map((l) => l.severity)).toEqual(['error', 'error', null]);
  });

  it('ignores the part of a range past the end of the text', () => {
    const lines = previewLines('a', [diag(1, 40, 'x')]);
    expect(lines).toHaveLength(1);
    expect(lines[0].severity).toBe('error');
  });

  it('does not repeat a message reported twice on a line', () => {
    const lines = previewLines('a', [diag(1, 1, 'dup'), diag(1, 1, 'dup')]);
    expect(lines[0].messages).toEqual(['dup']);
  });
});
