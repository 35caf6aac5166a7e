// UI state of sharing: which dialog is open and the last notice (link opened or refused, file
// imported, history restored). Separate from the playground store: none of it is simulation input.
import { create } from 'zustand';
import type { MessageKey, Params } from '../i18n';
import { currentView, type View } from './mode';

export interface Notice {
  tone: 'info' | 'error';
  key: MessageKey;
  params?: Params;
}

export type Dialog = 'link' | 'history' | 'embed' | null;

interface ShareState {
  view: View;
  notice: Notice | null;
  dialog: Dialog;
  setView(view: View): void;
  notify(notice: Notice | null): void;
  open(dialog: Dialog): void;
}

export const useShare = create<ShareState>((set) => ({
  view: currentView(),
  notice: null,
  dialog: null,
  setView: (view) => set({ view }),
  notify: (notice) => set({ notice }),
  open: (dialog) => set({ dialog }),
}));

/** Switch between the playground and presenter mode without reloading (the URL follows). */
export function switchView(mode: View['mode']): void {
  const url = new URL(globalThis.location.href);
  url.searchParams.delete('present');
  url.searchParams.delete('embed');
  url.searchParams.delete('editable');
  if (mode !== 'app') url.searchParams.set(mode, '');
  // `?present=` reads better as `?present`.
  globalThis.history.replaceState(null, '', url.href.replace(/([?&](?:present|embed))=(?=&|#|$)/g, '$1'));
  useShare.getState().setView({ mode, editable: true });
}
