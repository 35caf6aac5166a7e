// Accessibility: axe finds no violations on every screen and mode that exists, in both languages and
// both themes; the playground works from the keyboard; the diagram's state is available as text.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function axe(page: Page, name: string) {
  await page.waitForTimeout(300); // let transitions settle: axe reads computed colours
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  await page.screenshot({ path: `test-results/quality-a11y-${name}.png` });
  expect(summary, name).toEqual([]);
}

async function open(page: Page, path = '/') {
  await page.goto(path);
  // Monaco loads when the learner reaches for it (here: a click on the first line).
  await page.getByTestId('manifest-preview').locator('[data-line="1"]').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
}

for (const theme of ['Light', 'Dark']) {
  for (const lang of ['EN', '한국어']) {
    test(`axe: playground, ${theme}, ${lang}`, async ({ page }) => {
      await open(page);
      await page
        .getByRole('combobox', { name: /Theme|테마/ })
        .selectOption({ label: theme === 'Light' ? 'Light' : 'Dark' })
        .catch(async () => {
          // the Korean UI labels the options in Korean: pick by value
          await page.getByRole('combobox', { name: /Theme|테마/ }).selectOption(theme.toLowerCase());
        });
      await page.getByRole('button', { name: lang, exact: true }).click();
      await axe(page, `playground-${theme}-${lang === 'EN' ? 'en' : 'ko'}`);
    });
  }
}

test('axe: logs and events tabs, lessons panel', async ({ page }) => {
  await open(page);
  for (const tab of ['Logs', 'Events']) {
    await page.getByRole('tab', { name: tab }).click();
    await axe(page, `tab-${tab.toLowerCase()}`);
  }
  await page.getByTestId('lessons-toggle').first().click();
  await expect(page.getByTestId('lessons-panel')).toBeVisible();
  await axe(page, 'lessons');
});

test('axe: presenter mode', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Present', exact: true }).first().click();
  await axe(page, 'presenter');
});

test('keyboard: the player runs from the keyboard and the diagram state is text', async ({ page }) => {
  await open(page);
  // Tab reaches the player's buttons. Monaco keeps Tab for indentation; Ctrl+M (announced by Monaco to
  // screen readers) hands Tab back to the page, which is how a keyboard user leaves the editor.
  let reachedPlay = false;
  for (let i = 0; i < 80 && !reachedPlay; i++) {
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
    if (inEditor) await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    reachedPlay = label === 'Play';
  }
  expect(reachedPlay).toBe(true);
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __podlab: { getState(): { playing: boolean } } }).__podlab.getState()
            .playing,
      ),
    )
    .toBe(true);
  // The pod row (a <pre> table) and a live region give the state as text to screen readers.
  await expect(page.getByRole('region', { name: /pod/i }).first()).toContainText('Init:0/2');
  expect(await page.locator('[aria-live]').count()).toBeGreaterThan(0);
});
