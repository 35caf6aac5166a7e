// Shared by the quality specs: a watch on CSP violations, long tasks and errors, and the store hook.
import type { Page } from '@playwright/test';

export interface Hook {
  setText(text: string): void;
  getState(): {
    text: string;
    t: number;
    stale: boolean;
    simError: string | null;
    trace: { until: number; watch: { name: string; status: string }[] } | null;
    parse: { diagnostics: { message: string; code: string }[] };
    toEnd(): void;
  };
}

interface Watched {
  __cspViolations: string[];
  __longTasks: number[];
  __xss?: number;
}

/**
 * Installed before the page's own scripts: records CSP violations and long tasks (Chromium's
 * long-task API), and collects console errors, page errors and worker CSP reports.
 */
export async function watchPage(page: Page): Promise<{ errors: string[]; csp: string[] }> {
  const seen = { errors: [] as string[], csp: [] as string[] };
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.__cspViolations = [];
    w.__longTasks = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.csp.push(m.text());
    else if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

export const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __podlab: Hook }).__podlab.getState();
    return { text: s.text, stale: s.stale, simError: s.simError, t: s.t, trace: s.trace, parse: s.parse };
  });

export const setText = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);

export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as Watched).__cspViolations);

export const xssFired = (page: Page) => page.evaluate(() => (window as unknown as Watched).__xss ?? null);

/** Long tasks since the last call (the list is emptied). */
export const takeLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as Watched).__longTasks.splice(0));

/** Waits until the trace is of a pod named `name` (the worker answered for that text). */
export async function waitForPod(page: Page, name: string, timeout = 30_000) {
  await page.waitForFunction(
    (n) => {
      const s = (window as unknown as { __podlab: Hook }).__podlab.getState();
      return !s.stale && !!s.trace?.watch.some((w) => w.name === n);
    },
    name,
    { timeout },
  );
}
