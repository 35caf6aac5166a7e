// Wiring at page load: open a link from the address bar (and any link pasted into it later), apply
// the saved theme. Called once from main.tsx before the first render.
import { playground } from '../store';
import { browserStorage } from '../store/persist';
import { autosaveInputs, restoreInputs } from './autosaveInputs';
import { openLinkAtStartup } from './boot';
import { currentView } from './mode';
import { selectPanel } from './scenario';
import { useShare } from './shareState';
import { applyTheme, themeEditorsAsTheyAppear, useTheme } from './theme';

function openFromAddressBar(): void {
  const embedded = currentView().mode === 'embed';
  const result = openLinkAtStartup(playground, globalThis.location.hash, {
    // An embed is someone else's page showing a scenario: it never touches the learner's own work.
    storage: embedded ? null : browserStorage(),
    now: Date.now(),
    keepHistory: !embedded,
  });
  const { notify } = useShare.getState();
  if (result.kind === 'refused') {
    notify({ tone: 'error', key: `share.refused.${result.reason}` });
    return;
  }
  if (result.kind !== 'opened') return;
  if (result.scenario.panel) selectPanel(result.scenario.panel);
  if (embedded) return; // the iframe keeps its link, so reloading shows the same scenario
  notify({ tone: 'info', key: result.keptPrevious ? 'share.openedKept' : 'share.opened' });
  // The scenario is now the autosaved work: a reload shows it with any edits made since, instead
  // of opening the link again over them.
  const url = new URL(globalThis.location.href);
  url.hash = '';
  globalThis.history.replaceState(null, '', url.href.replace(/#$/, ''));
}

export function startShare(): void {
  applyTheme(useTheme.getState().choice);
  themeEditorsAsTheyAppear();
  if (currentView().mode !== 'embed') {
    restoreInputs(playground, browserStorage());
    autosaveInputs(playground, browserStorage());
  }
  openFromAddressBar();
  globalThis.addEventListener('hashchange', openFromAddressBar);
}
