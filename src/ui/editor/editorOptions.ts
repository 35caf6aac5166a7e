// Editor construction options, kept free of Monaco values so they are unit tested in Node.
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api';

/** The one model's URI: monaco-yaml applies the Kubernetes schema to it through `fileMatch`. */
export const MODEL_URI = 'file:///pod.yaml';

/** Shared with the light preview so switching from it to Monaco does not shift the text. */
export const EDITOR_FONT_SIZE = 14;
export const EDITOR_LINE_HEIGHT = 20;
export const EDITOR_FONT_FAMILY =
  "ui-monospace, SFMono-Regular, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";

export type EditorTheme = 'vs' | 'vs-dark';

export function themeFor(prefersDark: boolean): EditorTheme {
  return prefersDark ? 'vs-dark' : 'vs';
}

export function editorOptions(opts: {
  ariaLabel: string;
  readOnly: boolean;
  theme: EditorTheme;
}): editor.IStandaloneEditorConstructionOptions {
  return {
    ariaLabel: opts.ariaLabel,
    readOnly: opts.readOnly,
    theme: opts.theme,
    fontSize: EDITOR_FONT_SIZE,
    lineHeight: EDITOR_LINE_HEIGHT,
    fontFamily: EDITOR_FONT_FAMILY,
    wordWrap: 'off',
    minimap: { enabled: false },
    automaticLayout: true,
    // YAML forbids tabs: Tab inserts two spaces whatever the pasted text looks like.
    tabSize: 2,
    insertSpaces: true,
    detectIndentation: false,
    scrollBeyondLastLine: false,
    renderWhitespace: 'boundary',
    // Ask the schema for completions while typing keys (monaco-yaml provides them).
    quickSuggestions: { other: true, comments: false, strings: true },
    glyphMargin: false,
    fixedOverflowWidgets: true,
    tabFocusMode: false,
  };
}

/** Model options that must hold even after `setValue` (Monaco keeps them per model). */
export const MODEL_OPTIONS: editor.ITextModelUpdateOptions = {
  tabSize: 2,
  insertSpaces: true,
  indentSize: 2,
};
