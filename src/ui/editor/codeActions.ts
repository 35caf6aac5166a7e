// Quick fixes (light bulb, Ctrl+.) on PodLab's own markers and snippet completions, registered once
// for the YAML language. The fixes themselves are pure (core/manifest/quickfix.ts); this maps them to
// Monaco code actions.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { quickFixes } from '../../core/manifest/quickfix';
import { SNIPPETS } from '../../core/manifest/snippets';
import type { Diagnostic } from '../../core/manifest/types';
import { PODLAB_MARKER_OWNER } from './markers';
import { snippetCompletions } from './snippetCompletions';

type MonacoApi = typeof Monaco;

/** The diagnostics behind each model's `podlab` markers, by model URI. */
const diagnosticsByModel = new Map<string, readonly Diagnostic[]>();

export function setModelDiagnostics(uri: string, diagnostics: readonly Diagnostic[] | null): void {
  if (diagnostics) diagnosticsByModel.set(uri, diagnostics);
  else diagnosticsByModel.delete(uri);
}

function diagnosticOf(uri: string, marker: Monaco.editor.IMarkerData): Diagnostic | undefined {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return diagnosticsByModel
    .get(uri)
    ?.find(
      (d) =>
        d.code === code &&
        d.message === marker.message &&
        d.range.startLine === marker.startLineNumber &&
        d.range.startColumn === marker.startColumn,
    );
}

let registered = false;

export function registerExpertProviders(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(model, _range, context) {
        const uri = model.uri.toString();
        const text = model.getValue();
        const actions: Monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          if (marker.source !== PODLAB_MARKER_OWNER) continue;
          const diagnostic = diagnosticOf(uri, marker);
          if (!diagnostic) continue;
          for (const fix of quickFixes(diagnostic, text)) {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: true,
              edit: {
                edits: fix.edits.map((e) => ({
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: {
                    range: {
                      startLineNumber: e.range.startLine,
                      startColumn: e.range.startColumn,
                      endLineNumber: e.range.endLine,
                      endColumn: e.range.endColumn,
                    },
                    text: e.text,
                  },
                })),
              },
            });
          }
        }
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  monaco.languages.registerCompletionItemProvider('yaml', {
    provideCompletionItems(model, position) {
      const line = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      // The typed token with its hyphens (`podlab-init`): Monaco's YAML word stops at `-`, which
      // left `podlab-` in front of the inserted snippet when the list was accepted quickly.
      const typed = /[\w-]*$/.exec(line)?.[0] ?? '';
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: position.column - typed.length,
        endColumn: position.column,
      };
      const suggestions = snippetCompletions(SNIPPETS, line).map((s) => ({
        label: s.label,
        kind: monaco.languages.CompletionItemKind.Snippet,
        detail: s.detail,
        documentation: { value: '```yaml\n' + s.text + '```' },
        insertText: s.text,
        // Plain text, not a snippet with tab stops: `$i` in the shell commands must stay as written.
        // Monaco re-indents the following lines to the line being typed on.
        range,
        sortText: `~${s.label}`,
      }));
      return { suggestions };
    },
  });
}
