// Security: the production build runs under a strict CSP with zero violations (page and workers), and
// hostile text (names, log lines, error messages) is only ever shown as text.
import { expect, test } from '@playwright/test';
import { HOSTILE_TEXT, scriptPod } from '../src/core/quality/hostile-pods';
import { cspViolations, setText, state, waitForPod, watchPage, xssFired } from './quality-helpers';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

test('the app, the editor and the workers run under the CSP with zero violations', async ({ page }) => {
  const seen = await watchPage(page);
  const response = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toMatch(/unsafe-eval|https?:/);
  expect(response?.headers()['content-security-policy']).toBe(meta);

  // Monaco and its two workers load; the simulation worker answers an edit.
  await page.getByTestId('manifest-preview').click();
  const editor = page.locator('[data-testid="manifest-editor"] .monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# typed under the CSP\n');
  await setText(page, scriptPod('echo hello; sleep 3600', { name: 'csp-check' }));
  await waitForPod(page, 'csp-check');
  await page.getByRole('tab', { name: 'Logs' }).click();
  await page.screenshot({ path: 'test-results/quality-csp.png' });

  const s = seen;
  expect(await cspViolations(page)).toEqual([]);
  expect(s.csp).toEqual([]);
  expect(s.errors).toEqual([]);
});

test('HTML, <script> and ANSI escapes in log lines are shown as text', async ({ page }) => {
  await watchPage(page);
  await page.goto('/');
  const line = `${XSS} ${HOSTILE_TEXT}`;
  await setText(page, scriptPod(`printf '%s\\n' '${line}'; sleep 3600`, { name: 'hostile-logs' }));
  await waitForPod(page, 'hostile-logs');
  await page.evaluate(() =>
    (window as unknown as { __podlab: { getState(): { toEnd(): void } } }).__podlab.getState().toEnd(),
  );
  await page.getByRole('tab', { name: 'Logs' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('<script>window.__xss=2</script>');
  await expect(panel).toContainText('<img src=x onerror=');
  await page.screenshot({ path: 'test-results/quality-hostile-logs.png' });
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await xssFired(page)).toBeNull();
});

test('a hostile pod name is reported in the API error as text, never as markup', async ({ page }) => {
  await watchPage(page);
  await page.goto('/');
  const text = scriptPod('true').replace('name: hostile', `name: '${XSS.replace(/'/g, "''")}'`);
  await setText(page, text);
  await expect.poll(async () => (await state(page)).parse.diagnostics.length).toBeGreaterThan(0);
  const message = (await state(page)).parse.diagnostics[0].message;
  expect(message).toContain('metadata.name: Invalid value');
  await expect(page.getByText('metadata.name: Invalid value').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/quality-hostile-name.png' });
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await xssFired(page)).toBeNull();
});
