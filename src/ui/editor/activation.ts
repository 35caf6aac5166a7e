// Monaco (several MB) loads when the learner reaches for the editor — a click, a focus, a problem to
// reveal, the Format button — not with the page: until then the light preview shows the manifest,
// and the first screen never waits for (or is slowed by) the editor.
import { create } from 'zustand';

interface Activation {
  active: boolean;
  /** Give the editor the keyboard focus when it mounts (the learner was on the preview). */
  focusOnMount: boolean;
}

export const useEditorActivation = create<Activation>(() => ({ active: false, focusOnMount: false }));

/** Start loading the editor chunk without showing it (e.g. the pointer is over the preview). */
export function preloadManifestEditor(): void {
  void import('./MonacoManifestEditor');
}

export function activateEditor({ focus = false }: { focus?: boolean } = {}): void {
  const s = useEditorActivation.getState();
  if (s.active && !focus) return;
  useEditorActivation.setState({ active: true, focusOnMount: s.focusOnMount || focus });
}

/** Read once by the editor when it mounts. */
export function takeFocusOnMount(): boolean {
  const { focusOnMount } = useEditorActivation.getState();
  if (focusOnMount) useEditorActivation.setState({ focusOnMount: false });
  return focusOnMount;
}
