// The Monaco-backed manifest editor. Default export so `React.lazy` can load this whole chunk
// (Monaco, monaco-yaml, the schema) after the first screen is up.
import { useEffect, useRef } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor/esm/vs/editor/editor.api';
import { setUpMonaco } from './monacoSetup';
import { diagnosticsToMarkers, PODLAB_MARKER_OWNER } from './markers';
import { EchoFilter } from './echoFilter';
import { MODEL_OPTIONS, editorOptions, themeFor } from './editorOptions';
import { acquireModelUri, releaseModelUri } from './modelUris';
import { registerLineRevealer } from './revealLine';
import { registerEditorCommands } from './editorCommands';
import { takeFocusOnMount } from './activation';
import { watchActionList } from './actionListA11y';
import { registerExpertProviders, setModelDiagnostics } from './codeActions';
import { highlightDecorations, toMonacoRange } from './highlight';
import type { ManifestEditorProps } from './types';
import './editor.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export default function MonacoManifestEditor(props: ManifestEditorProps) {
  const { value, onChange, diagnostics, highlight, onCursorLine, readOnly = false, ariaLabel } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<MonacoEditor.IEditorDecorationsCollection | null>(null);
  const echoRef = useRef(new EchoFilter());
  const lastValueRef = useRef(value);
  // True while we write an external text into the model: that edit is not the user's.
  const applyingExternalRef = useRef(false);
  // Callbacks change identity on every render of the caller; the listeners read the latest ones.
  const onChangeRef = useRef(onChange);
  const onCursorLineRef = useRef(onCursorLine);
  useEffect(() => {
    onChangeRef.current = onChange;
    onCursorLineRef.current = onCursorLine;
  });

  // Create the editor and its model once; everything else updates them.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const monaco = setUpMonaco();
    registerExpertProviders(monaco);
    const modelUri = acquireModelUri();
    const uri = monaco.Uri.parse(modelUri);
    // A model nobody released (should not happen) would make createModel throw.
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(lastValueRef.current, 'yaml', uri);
    model.updateOptions(MODEL_OPTIONS);
    const dark = window.matchMedia(DARK_QUERY);
    const editor = monaco.editor.create(host, {
      ...editorOptions({ ariaLabel, readOnly, theme: themeFor(dark.matches) }),
      model,
    });
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();

    const onThemeChange = (event: MediaQueryListEvent) => monaco.editor.setTheme(themeFor(event.matches));
    dark.addEventListener('change', onThemeChange);

    const contentListener = model.onDidChangeContent(() => {
      if (applyingExternalRef.current) return;
      const text = model.getValue();
      echoRef.current.emitted(text);
      onChangeRef.current(text);
    });
    let cursorLine = 0;
    const cursorListener = editor.onDidChangeCursorPosition((event) => {
      if (event.position.lineNumber === cursorLine) return;
      cursorLine = event.position.lineNumber;
      onCursorLineRef.current?.(cursorLine);
    });
    // revealLine (the problems list) is about the manifest being edited, not a read-only view of one.
    const unregisterRevealer = readOnly
      ? () => {}
      : registerLineRevealer((line) => {
          const lineNumber = Math.min(line, model.getLineCount());
          editor.setPosition({ lineNumber, column: 1 });
          editor.revealLineInCenterIfOutsideViewport(lineNumber);
          editor.focus();
        });
    const format = () => {
      editor.focus();
      void editor.getAction('editor.action.formatDocument')?.run();
    };
    // Monaco binds Format Document to Ctrl+Shift+I on Linux; Shift+Alt+F is what learners know
    // from VS Code on Windows, so it works everywhere.
    if (!readOnly) editor.addCommand(monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF, format);
    const unregisterCommands = readOnly ? () => {} : registerEditorCommands({ formatDocument: format });
    // The learner was on the preview (focus or click): the keyboard stays with them.
    if (takeFocusOnMount()) editor.focus();
    const stopWatchingActionList = watchActionList(document);

    return () => {
      stopWatchingActionList();
      unregisterCommands();
      setModelDiagnostics(modelUri, null);
      unregisterRevealer();
      cursorListener.dispose();
      contentListener.dispose();
      dark.removeEventListener('change', onThemeChange);
      editor.dispose();
      model.dispose();
      releaseModelUri(modelUri);
      editorRef.current = null;
      decorationsRef.current = null;
    };
    // Options that change later are applied by the effects below, not by recreating the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // An external text (lesson, share link, reset) replaces the model; echoes of our own edits do not.
  useEffect(() => {
    if (value === lastValueRef.current) return;
    lastValueRef.current = value;
    const model = editorRef.current?.getModel();
    if (!model || !echoRef.current.isExternal(value, model.getValue())) return;
    applyingExternalRef.current = true;
    try {
      // An edit rather than setValue keeps undo working across the replacement.
      // Its own undo step: not merged with the user's last edit.
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
      model.pushStackElement();
    } finally {
      applyingExternalRef.current = false;
    }
  }, [value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const monaco = setUpMonaco();
    // The quick-fix provider needs the diagnostics behind the markers (their paths, docIndex).
    setModelDiagnostics(model.uri.toString(), diagnostics);
    monaco.editor.setModelMarkers(model, PODLAB_MARKER_OWNER, diagnosticsToMarkers(diagnostics));
  }, [diagnostics]);

  useEffect(() => {
    const editor = editorRef.current;
    const decorations = decorationsRef.current;
    if (!editor || !decorations) return;
    decorations.set(highlightDecorations(highlight ?? null));
    if (highlight) editor.revealRangeInCenterIfOutsideViewport(toMonacoRange(highlight));
  }, [highlight]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel });
  }, [readOnly, ariaLabel]);

  return <div ref={hostRef} className="podlab-editor" data-testid="manifest-editor" />;
}
