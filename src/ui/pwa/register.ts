// Install the service worker of the production build (not in dev: Vite serves modules on demand).
//
// Its install precaches every file of the build (Monaco and the workers included: megabytes). At the
// `load` event, which comes before the first screen is drawn (that render is a transition), the
// install ran beside the first render, its layout and the diagram's mount: on a two-core machine its
// thread took ~300 ms of CPU in the first three seconds, and on a phone it also took the network. It
// now starts once the page is quiet after load: a whole idle period with nothing left to render.

/** An idle period this long means no frame and no task is waiting (Chrome gives at most 50 ms). */
const QUIET_MS = 45;
/** Register anyway this long after load if the page never goes quiet (a playing simulation). */
const QUIET_TIMEOUT_MS = 5000;

function whenQuiet(run: () => void, until: number): void {
  requestIdleCallback(
    (idle) => {
      if (idle.timeRemaining() >= QUIET_MS || idle.didTimeout || performance.now() >= until) run();
      else whenQuiet(run, until);
    },
    { timeout: Math.max(0, until - performance.now()) },
  );
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // no offline support this time (private mode, blocked storage): the app works online anyway
    });
  };
  const afterLoad = () => {
    if (typeof requestIdleCallback === 'function') whenQuiet(register, performance.now() + QUIET_TIMEOUT_MS);
    else setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
