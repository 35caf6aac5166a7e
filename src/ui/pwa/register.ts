// Install the service worker of the production build (not in dev: Vite serves modules on demand).
//
// Its install precaches every file of the build (Monaco and the workers included: megabytes). At the
// `load` event, which comes before the first screen is drawn (that render is a transition), the
// install ran beside the first render, its layout and the diagram's mount: on a two-core machine its
// thread took ~300 ms of CPU in the first three seconds, and on a phone it also took the network. It
// now starts once the page is idle a moment after load; offline use is there a few seconds later.

/** After `load`, before asking for an idle moment: the first screen and the diagram are drawn by then. */
const SETTLE_MS = 2000;
/** Register anyway if the page is never idle that long (a playing simulation). */
const IDLE_TIMEOUT_MS = 5000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // no offline support this time (private mode, blocked storage): the app works online anyway
    });
  };
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
    else register();
  };
  const afterLoad = () => setTimeout(whenIdle, SETTLE_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
