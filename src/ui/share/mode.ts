// How the page is shown, from the query string: the playground, `?present` (presenter mode) or
// `?embed` (a compact player for iframes; `&editable` shows the editor too).
export type ViewMode = 'app' | 'present' | 'embed';

export interface View {
  mode: ViewMode;
  editable: boolean;
}

export function viewFromSearch(search: string): View {
  const q = new URLSearchParams(search);
  if (q.has('embed')) return { mode: 'embed', editable: q.has('editable') };
  if (q.has('present')) return { mode: 'present', editable: true };
  return { mode: 'app', editable: true };
}

/** The view of this page (the playground outside a browser, e.g. in unit tests). */
export function currentView(): View {
  return viewFromSearch(globalThis.location?.search ?? '');
}
