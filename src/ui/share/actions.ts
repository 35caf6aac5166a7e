// The share toolbar's actions, outside React so they can be tested and reused (presenter, embed).
import { playground } from '../store';
import { browserStorage } from '../store/persist';
import { pushHistory, removeHistory, entryTitle, type HistoryEntry } from './history';
import { codeFragment, MAX_LINK_CHARS, shareFragment } from './link';
import { activePanel, applyScenario, currentScenario } from './scenario';
import { useShare } from './shareState';

/** The page's address without query or fragment: where links point. */
export function appBase(): string {
  const { origin, pathname } = globalThis.location;
  return origin + pathname;
}

/** A link that reproduces what is on screen now. */
export function shareLink(): string {
  return appBase() + shareFragment(currentScenario(playground, activePanel()), 1);
}

/** A link that opens the current manifest in the full playground (for embeds). */
export function playgroundLink(): string {
  return appBase() + codeFragment(playground.getState().text);
}

/** The iframe snippet for a course page showing the current scenario. */
export function embedSnippet(): string {
  const src = `${appBase()}?embed${shareFragment(currentScenario(playground, activePanel()), 1)}`;
  const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${attr}" width="100%" height="560" style="border:1px solid #d8dee6;border-radius:8px" title="PodLab" loading="lazy"></iframe>`;
}

/** Put what is in the editor aside before something replaces it. */
export function keepCurrentWork(): void {
  const s = playground.getState();
  pushHistory(browserStorage(), {
    savedAt: Date.now(),
    text: s.text,
    inputs: s.inputs.map((i) => ({ ...i })),
  });
}

export function restoreEntry(entry: HistoryEntry): void {
  keepCurrentWork();
  applyScenario(playground, {
    text: entry.text,
    inputs: entry.inputs,
    seed: playground.getState().seed,
    t: 0,
  });
  useShare
    .getState()
    .notify({ tone: 'info', key: 'history.restored', params: { title: entryTitle(entry.text) } });
  useShare.getState().open(null);
}

export function forgetEntry(entry: HistoryEntry): void {
  removeHistory(browserStorage(), entry.savedAt);
}

export async function importFile(file: File): Promise<void> {
  const { notify } = useShare.getState();
  if (file.size > MAX_LINK_CHARS) {
    notify({ tone: 'error', key: 'share.importTooLarge', params: { name: file.name } });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    notify({ tone: 'error', key: 'share.importFailed', params: { name: file.name } });
    return;
  }
  keepCurrentWork();
  applyScenario(playground, { text, inputs: [], seed: playground.getState().seed, t: 0 });
  notify({ tone: 'info', key: 'share.imported', params: { name: file.name } });
}

/** The manifest as a file ready for `kubectl apply -f`. */
export async function downloadManifest(): Promise<void> {
  await playground.getState().settled(); // the file is named after the pod of the text as it is now
  const s = playground.getState();
  const pod = s.objects.find((o) => o.kind === 'Pod')?.name;
  const text = s.text.endsWith('\n') ? s.text : `${s.text}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${pod ?? 'manifest'}.yaml`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
