// Commands for the mounted editor that buttons outside the lazy chunk can call (the Format button).
// Like revealLine, this module carries no Monaco import so the first screen stays light.
import { activateEditor } from './activation';

export interface EditorCommands {
  /** Monaco's "Format Document" (monaco-yaml's formatter), the same as Shift+Alt+F. */
  formatDocument(): void;
}

let commands: EditorCommands | null = null;
let formatPending = false;

/** Formats the manifest in the editor, loading the editor first when it has not loaded yet. */
export function formatDocument(): void {
  if (commands) return commands.formatDocument();
  formatPending = true;
  activateEditor({ focus: true });
}

/** Called by the editor when it mounts; returns the function to call when it unmounts. */
export function registerEditorCommands(next: EditorCommands): () => void {
  commands = next;
  if (formatPending) {
    formatPending = false;
    next.formatDocument();
  }
  return () => {
    if (commands === next) commands = null;
  };
}
