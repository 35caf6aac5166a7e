// Between the store and a Scenario (what a link or a history entry holds). Uses only the store's
// public API (`setState` for inputs and seed, which have no setters of their own yet).
import type { PlaygroundStore } from '../store/store';
import type { Scenario } from './link';

/** The open output tab. The tabs are `#tab-<id>` buttons (panels/OutputTabs); read from the DOM. */
export function activePanel(): string | null {
  const tab = globalThis.document?.querySelector<HTMLElement>(
    '[role="tab"][aria-selected="true"][id^="tab-"]',
  );
  return tab ? tab.id.slice('tab-'.length) : null;
}

/** Open the output tab `id` once it is on the page (the tabs render after the first paint). */
export function selectPanel(id: string, tries = 20): void {
  const tab = globalThis.document?.getElementById(`tab-${id}`);
  if (tab) {
    if (tab.getAttribute('aria-selected') !== 'true') tab.click();
    return;
  }
  if (tries > 0) setTimeout(() => selectPanel(id, tries - 1), 100);
}

export function currentScenario(store: PlaygroundStore, panel: string | null): Scenario {
  const s = store.getState();
  return {
    text: s.text,
    inputs: s.inputs.map((i) =>
      i.stdin === undefined ? { t: i.t, command: i.command } : { t: i.t, command: i.command, stdin: i.stdin },
    ),
    seed: s.seed,
    t: s.t,
    panel,
  };
}

/** Replace the store's scenario at once: simulate synchronously so the time can be restored too. */
export function applyScenario(store: PlaygroundStore, s: Omit<Scenario, 'panel'>): void {
  // The time is set before the run it belongs to arrives: the store clamps it to that run's end.
  store.setState({
    inputs: s.inputs.map((i) => ({ ...i })),
    seed: s.seed,
    t: s.t,
    playing: false,
    selected: null,
  });
  store.getState().replaceText(s.text);
}
