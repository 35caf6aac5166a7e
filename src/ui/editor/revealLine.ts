// `revealLine` must work before Monaco has loaded (e.g. a click in the problems list while the light
// preview is still shown), so it lives outside the lazy chunk: a request waits here until the editor
// mounts and registers itself (and asks for the editor to be loaded).
import { activateEditor } from './activation';

/** What the mounted editor does for a reveal request. */
export type LineRevealer = (line: number) => void;

let revealer: LineRevealer | null = null;
let pendingLine: number | null = null;

/** Focus the manifest editor with the cursor at the start of `line` (1-based), scrolled into view. */
export function revealLine(line: number): void {
  const target = Math.max(1, Math.floor(line));
  if (revealer) revealer(target);
  else {
    pendingLine = target;
    activateEditor({ focus: true });
  }
}

/**
 * Called by the editor when it mounts; runs a request that came in while it was loading.
 * Returns the function to call when it unmounts.
 */
export function registerLineRevealer(next: LineRevealer): () => void {
  revealer = next;
  if (pendingLine !== null) {
    const line = pendingLine;
    pendingLine = null;
    next(line);
  }
  return () => {
    if (revealer === next) revealer = null;
  };
}

/** The request waiting for the editor, if any (for the preview and tests). */
export function pendingRevealLine(): number | null {
  return pendingLine;
}
