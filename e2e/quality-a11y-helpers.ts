// Shared by the accessibility specs: axe with a screenshot per screen, and a page opened in a given
// theme and language (set in localStorage before the app reads it, as a returning learner has them).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export type Theme = 'light' | 'dark';
export type Lang = 'en' | 'ko';

export const COMBOS: { theme: Theme; lang: Lang }[] = [
  { theme: 'light', lang: 'en' },
  { theme: 'light', lang: 'ko' },
  { theme: 'dark', lang: 'en' },
  { theme: 'dark', lang: 'ko' },
];

/**
 * Axe on the whole page as it is now. Soft: one test walks several screens and reports every screen
 * with violations, not only the first. The screenshot (in the test's output folder) is for looking.
 */
export async function axe(page: Page, name: string) {
  await page.waitForTimeout(300); // let transitions settle: axe reads computed colours
  const result = await new AxeBuilder({ page }).analyze();
  // The rule, where (up to three elements) and why for the first one (e.g. the contrast measured).
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')} — ${[...v.nodes[0].any, ...v.nodes[0].all][0]?.message ?? ''}`,
  );
  await page.screenshot({ path: test.info().outputPath(`a11y-${name}.png`) });
  expect.soft(summary, name).toEqual([]);
}

/** Theme and language as saved choices, applied on every navigation of this page. */
export async function prefer(page: Page, theme: Theme, lang: Lang) {
  await page.addInitScript(
    ([th, la]) => {
      localStorage.setItem('podlab.theme', th);
      localStorage.setItem('podlab.lang', la);
    },
    [theme, lang],
  );
}

/** The playground with the seed simulated and Monaco loaded. */
export async function openPlayground(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
  await loadEditor(page);
}

/**
 * Monaco, loaded: it may load by itself, or only once the learner reaches for the light preview
 * that stands in for it (a click on a line).
 */
export async function loadEditor(page: Page) {
  const monaco = page.locator('[data-testid="manifest-editor"] .monaco-editor');
  const firstLine = page.getByTestId('manifest-preview').locator('[data-line="1"]');
  await expect(monaco.or(firstLine).first()).toBeVisible({ timeout: 30_000 });
  if (!(await monaco.isVisible())) await firstLine.click();
  await expect(monaco).toBeVisible({ timeout: 30_000 });
}

interface Hook {
  setText(text: string): void;
  getState(): { t: number; playing: boolean; speed: number; trace: { until: number } | null; text: string };
}

export const podlab = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __podlab: Hook }).__podlab.getState();
    return { t: s.t, playing: s.playing, speed: s.speed, until: s.trace?.until ?? 0, text: s.text };
  });

export const setText = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);

/** What has the keyboard focus, in words a failure message can show. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid');
    return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`.trim();
  });
