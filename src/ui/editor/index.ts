// The manifest editor of the playground. Monaco is heavy (several MB), so `ManifestEditor` is lazy
// and mounted only once the learner reaches for it (activation.ts): until then, and while it loads
// (<Suspense fallback>), the light ManifestPreview shows the text.
import { lazy } from 'react';

export const ManifestEditor = lazy(() => import('./MonacoManifestEditor'));

export { activateEditor, preloadManifestEditor, useEditorActivation } from './activation';

export { ManifestPreview } from './ManifestPreview';
export { revealLine } from './revealLine';
export { formatDocument } from './editorCommands';
export { PODLAB_MARKER_OWNER } from './markers';
export { MODEL_URI } from './editorOptions';
export type { ManifestEditorProps, ManifestPreviewProps } from './types';
