// Accessibility, every screen with its own UI, in light/dark × English/Korean: the console's screen,
// the inspect panels, the share/embed/history dialogs and the share notices, the "Why?" help, the
// diagram export, the focused Monaco editor, the lessons (list, exercise, predict, check results,
// example), presenter mode (with and without the editor) and embed mode (read-only and editable).
import LZString from 'lz-string';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { COMBOS, axe, loadEditor, openPlayground, prefer, setText } from './quality-a11y-helpers';
import { SEED_MANIFEST } from '../src/ui/store/seed';

// lz-string is CommonJS: Node's ESM loader only gives its default export.
const { compressToEncodedURIComponent } = LZString;

/** A pod with a volume (for the volume inspect panel) and a typo the API refuses (for "Why?"). */
const WITH_VOLUME = `apiVersion: v1
kind: Pod
metadata:
  name: shared-pod
spec:
  volumes:
  - name: data
    emptyDir: {}
  containers:
  - name: writer
    image: busybox:1.36
    command: ['sh', '-c', 'while true; do date >> /data/log; sleep 1; done']
    volumeMounts:
    - name: data
      mountPath: /data
`;
const WITH_ERROR = SEED_MANIFEST.replace('  containers:', '  containerz: []\n  containers:');

/** The part of the page's `monaco` global (published by the editor setup) the hover needs. */
interface MonacoGlobal {
  editor: {
    getEditors(): {
      focus(): void;
      setPosition(p: { lineNumber: number; column: number }): void;
      revealPositionInCenter(p: { lineNumber: number; column: number }): void;
      trigger(source: string, action: string, payload: unknown): void;
    }[];
  };
}

async function runCommand(page: Page, command: string) {
  const input = page.getByTestId('console-input');
  await input.fill(command);
  await input.press('Enter');
}

for (const { theme, lang } of COMBOS) {
  const tag = `${theme}-${lang}`;

  test(`axe: console, inspect, dialogs, notices, Why?, export, editor focused (${tag})`, async ({ page }) => {
    test.setTimeout(150_000); // a dozen screens, each scanned by axe, on a shared machine
    await prefer(page, theme, lang);
    await openPlayground(page);

    // The console's own screen: output, an error, a streaming watch.
    await runCommand(page, 'kubectl get pods');
    await runCommand(page, 'kubectl describe pod myapp-pod');
    await runCommand(page, 'kubectl nonsense');
    await expect(page.getByTestId('console-entry')).toHaveCount(3);
    await runCommand(page, 'kubectl get pods -w');
    await expect(page.getByTestId('console-hint')).not.toHaveText('');
    await axe(page, `console-${tag}`);
    await page.getByTestId('console-input').press('Control+c');

    // Inspect panel of a container (after some events, so history and log are filled).
    await page.getByTestId('player-end').click();
    await page.getByTestId('node-container-init-myservice').click();
    await expect(page.getByTestId('inspect')).toBeVisible();
    await axe(page, `inspect-container-${tag}`);
    await page.getByTestId('inspect-close').click();

    // Export: both buttons (they download; an error would show as an alert).
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    await axe(page, `exported-${tag}`);

    // The dialogs of the header.
    await page.getByTestId('share-copy').click();
    await expect(page.getByTestId('share-link-dialog')).toBeVisible();
    await axe(page, `dialog-link-${tag}`);
    await page.keyboard.press('Escape');
    await page.getByTestId('share-embed').click();
    await expect(page.getByTestId('embed-dialog')).toBeVisible();
    await axe(page, `dialog-embed-${tag}`);
    await page.keyboard.press('Escape');
    await page.getByTestId('share-history').click();
    await expect(page.getByTestId('history-dialog')).toBeVisible();
    await axe(page, `dialog-history-empty-${tag}`);
    await page.keyboard.press('Escape');

    // The Monaco editor, focused, with an error marker and the "Why?" help open.
    await setText(page, WITH_ERROR);
    await expect(page.getByTestId('problem-why').first()).toBeVisible();
    await page.getByTestId('problem-why').first().click();
    await expect(page.getByTestId('problem-help')).toBeVisible();
    await page.locator('[data-testid="manifest-editor"] .view-lines').click();
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
      .toBe(true);
    await axe(page, `why-and-editor-focused-${tag}`);

    // Monaco's own widgets: schema completion and a problem's hover (the quick-fix menu: below).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Space');
    await expect(page.locator('.suggest-widget.visible')).toBeVisible();
    await axe(page, `editor-suggest-${tag}`);
    await page.keyboard.press('Escape');
    // The hover of the typo's marker, as Ctrl+K Ctrl+I shows it at the cursor (a pointer hover
    // depends on where the editor happens to be scrolled).
    await page.evaluate(() => {
      const at = { lineNumber: 8, column: 5 }; // in `containerz`
      const ed = (window as unknown as { monaco: MonacoGlobal }).monaco.editor.getEditors()[0];
      ed.focus();
      ed.setPosition(at);
      ed.revealPositionInCenter(at);
      ed.trigger('a11y-test', 'editor.action.showHover', {});
    });
    await expect(page.locator('.monaco-hover:not(.hidden)').first()).toContainText('containerz');
    await axe(page, `editor-hover-${tag}`);
    await page.keyboard.press('Escape');

    // Inspect panel of a volume.
    await setText(page, WITH_VOLUME);
    await expect(page.getByTestId('node-volume-data')).toBeVisible();
    await page.getByTestId('player-next').click();
    await page.getByTestId('player-end').click();
    await page.getByTestId('node-volume-data').click();
    await expect(page.getByTestId('inspect-files')).toBeVisible();
    await axe(page, `inspect-volume-${tag}`);
  });

  test(`axe: the first screen, before the editor loads (${tag})`, async ({ page }) => {
    await prefer(page, theme, lang);
    await page.goto('/');
    await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
    // The light preview stands in for Monaco until the learner reaches for it.
    await expect(page.getByTestId('manifest-preview')).toBeVisible();
    await axe(page, `first-screen-${tag}`);
    await expect(page.getByTestId('manifest-preview')).toBeVisible();
  });

  test(`axe: share notices and history with entries (${tag})`, async ({ page }) => {
    await prefer(page, theme, lang);
    await openPlayground(page);
    // Work worth keeping (a console command), then a link replaces it: History keeps it, and says so.
    await runCommand(page, 'kubectl create service clusterip myservice --tcp=80:9376');
    await expect(page.getByTestId('console-entry')).toContainText('service/myservice created');
    const other = SEED_MANIFEST.replace('myapp-pod', 'linked-pod');
    await page.goto(`/#code/${compressToEncodedURIComponent(other)}`);
    await expect(page.getByTestId('share-notice')).toBeVisible();
    await expect(page.getByTestId('pod-row')).toContainText('linked-pod');
    await axe(page, `notice-opened-${tag}`);
    await page.getByTestId('share-history').click();
    await expect(page.getByTestId('history-item').first()).toBeVisible();
    await axe(page, `dialog-history-${tag}`);
    await page.keyboard.press('Escape');
    // A damaged link is refused with an alert.
    await page.goto('/#scenario/this-is-not-a-scenario');
    await expect(page.getByTestId('share-notice')).toHaveAttribute('role', 'alert');
    await axe(page, `notice-refused-${tag}`);
  });

  test(`axe: lessons, exercise with prediction and check results, example (${tag})`, async ({ page }) => {
    await prefer(page, theme, lang);
    await openPlayground(page);
    await page.getByTestId('lessons-toggle').click();
    await expect(page.getByTestId('lessons-panel')).toBeVisible();
    await axe(page, `lessons-list-${tag}`);

    const panel = page.getByTestId('lessons-panel');
    await panel.getByTestId('exercise-crashloop-typo').click();
    await expect(panel.getByTestId('predict')).toBeVisible();
    await axe(page, `exercise-predict-${tag}`);
    await panel.getByTestId('predict-option').first().click();
    await expect(panel.getByTestId('predict-result')).toBeVisible();
    await panel.getByTestId('show-hint').click();
    await panel.getByTestId('check').click();
    await expect(panel.getByTestId('check-failure')).toBeVisible();
    await panel.locator('details summary').click();
    await axe(page, `exercise-failed-${tag}`);

    page.once('dialog', (d) => void d.accept());
    await panel.getByTestId('show-solution').click();
    await panel.getByTestId('check').click();
    await expect(panel.getByTestId('check-success')).toBeVisible();
    await axe(page, `exercise-passed-${tag}`);

    await panel.getByTestId('lessons-back').click();
    await panel.getByTestId('example-pattern-sidecar-log-shipper').click();
    await expect(page.getByTestId('pod-row')).toContainText('counter');
    await axe(page, `example-${tag}`);
  });

  test(`axe: presenter and embed modes (${tag})`, async ({ page }) => {
    await prefer(page, theme, lang);
    await openPlayground(page);
    await page.getByTestId('share-present').click();
    await expect(page.getByTestId('presenter')).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await axe(page, `presenter-${tag}`);
    await page.getByTestId('present-editor').click();
    await loadEditor(page);
    await axe(page, `presenter-editor-${tag}`);

    const link = `#code/${compressToEncodedURIComponent(SEED_MANIFEST)}`;
    await page.goto(`/?embed${link}`);
    await expect(page.getByTestId('embed')).toBeVisible();
    await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
    await page.getByTestId('player-next').click();
    await axe(page, `embed-${tag}`);
    await page.goto(`/?embed&editable${link}`);
    await loadEditor(page);
    await axe(page, `embed-editable-${tag}`);
  });
}

// Monaco (0.54) marks its action list's group headers as separators inside a listbox, with list
// attributes, and draws them at 4.26:1 in vs-dark: src/ui/editor/actionListA11y.ts and editor.css
// fix both, and this holds the menu to zero violations like the rest of the page.
test("axe: the editor's quick-fix menu", async ({ page }) => {
  await prefer(page, 'dark', 'en');
  await openPlayground(page);
  await setText(page, WITH_ERROR);
  await expect(page.locator('[data-testid="manifest-editor"] .squiggly-error').first()).toBeVisible();
  const typo = page
    .locator('[data-testid="manifest-editor"] .view-line span span', { hasText: 'containerz' })
    .first();
  await expect(async () => {
    await typo.click();
    await page.keyboard.press('Control+.');
    await expect(page.locator('.action-widget').first()).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.screenshot({ path: test.info().outputPath('a11y-editor-quick-fix-dark-en.png') });
  const rest = await new AxeBuilder({ page }).exclude('.action-widget').analyze();
  expect(rest.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([]);
  const menu = await new AxeBuilder({ page }).include('.action-widget').analyze();
  expect(menu.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)).toEqual([]);
  // The quick fixes are still options a keyboard reaches: arrows and Enter apply one.
  expect(await page.locator('.action-widget [role="option"]').count()).toBeGreaterThan(0);
});
