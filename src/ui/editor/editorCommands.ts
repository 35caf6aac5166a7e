// Commands for the mounted editor that buttons outside the lazy chunk can call (the Format button).
// Like revealLine, this module carries no Monaco import so the first screen stays light.

export interface EditorCommands {
  /** Monaco's "Format Document" (monaco-yaml's formatter), the same as Shift+Alt+F. */
  formatDocument(): void;
}

let commands: EditorCommands | null = null;

/** Formats the manifest in the editor; false when the editor has not loaded yet (nothing happens). */
export function formatDocument(): boolean {
  if (!commands) return false;
  commands.formatDocument();
  return true;
}

/** Called by the editor when it mounts; returns the function to call when it unmounts. */
export function registerEditorCommands(next: EditorCommands): () => void {
  commands = next;
  return () => {
    if (commands === next) commands = null;
  };
}
