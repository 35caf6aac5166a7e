// The manifest editor of the playground. Monaco is heavy (several MB), so `ManifestEditor` is lazy:
// render it inside <Suspense fallback={<ManifestPreview value={...} diagnostics={...} />}>, and the
// first screen shows the light preview at once while Monaco loads.
import { lazy } from 'react';

export const ManifestEditor = lazy(() => import('./MonacoManifestEditor'));

/** Start downloading the editor chunk early (e.g. on hover of an "Edit" button). */
export function preloadManifestEditor(): void {
  void import('./MonacoManifestEditor');
}

export { ManifestPreview } from './ManifestPreview';
export { revealLine } from './revealLine';
export { formatDocument } from './editorCommands';
export { PODLAB_MARKER_OWNER } from './markers';
export { MODEL_URI } from './editorOptions';
export type { ManifestEditorProps, ManifestPreviewProps } from './types';
