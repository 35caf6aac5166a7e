// Share links, history, autosave, presenter and embed modes, the theme switch, and offline use,
// against the production build. Links are opened in fresh browser contexts (another person's browser).
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';

// lz-string is CommonJS: Node's ESM loader only gives its default export.
const { compressToEncodedURIComponent } = LZString;

const SEED_START = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: myapp-pod\n';
const MINE = `apiVersion: v1
kind: Pod
metadata:
  name: my-own-pod
spec:
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo mine && sleep 3600']
`;
const CRASH = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo hi; exit 1']
`;

interface HookState {
  text: string;
  t: number;
  seed: number;
  inputs: { t: number; command: string }[];
  trace: { actions: { command: string }[] } | null;
  settled(): Promise<void>;
}
type Hook = { setText(text: string): void; getState(): HookState };

/** The playground's state once the simulation of its current text has arrived from the worker. */
const state = (page: Page) =>
  page.evaluate(async () => {
    const hook = (window as unknown as { __podlab: Hook }).__podlab;
    await hook.getState().settled();
    const s = hook.getState();
    return {
      text: s.text,
      t: s.t,
      seed: s.seed,
      inputs: s.inputs,
      actions: s.trace?.actions.map((a) => a.command) ?? [],
    };
  });
const setText = (page: Page, text: string) =>
  page.evaluate((x) => (window as unknown as { __podlab: Hook }).__podlab.setText(x), text);
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').getAttribute('id');

function scenarioHash(s: object): string {
  return '#scenario/' + compressToEncodedURIComponent(JSON.stringify({ v: 1, ...s }));
}

/** Fails the test on page errors. */
function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test('a link reproduces the scenario in a fresh browser: text, console inputs, seed, time, panel', async ({
  browser,
}) => {
  const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await sender.newPage();
  const errors = guard(page);
  const inputs = [{ t: 10_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' }];
  const hash = scenarioHash({ text: CRASH, inputs, seed: 5, t: 36_000, panel: 'events' });
  await page.goto('/' + hash);
  await expect(page.getByTestId('pod-row')).toContainText('CrashLoopBackOff');
  await expect(page.getByTestId('player-time')).toHaveText('36s');
  expect(await selectedTab(page)).toBe('tab-events');
  const opened = await state(page);
  expect(opened).toMatchObject({ text: CRASH, seed: 5, t: 36_000, inputs });
  expect(opened.actions).toContain(inputs[0].command);
  // The link is gone from the address bar: a reload shows the (autosaved) work, not the link again.
  expect(new URL(page.url()).hash).toBe('');

  // Move on a little, then copy a link of exactly this.
  await page.getByTestId('player-next').click();
  await page.getByTestId('tab-logs').click();
  const before = await state(page);
  await page.getByTestId('share-copy').click();
  await expect(page.getByTestId('share-status')).toHaveText('Link copied');
  const link = await page.getByTestId('share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: 'test-results/share-link-dialog.png' });
  expect(link).toContain('#scenario/');

  const receiver = await browser.newContext();
  const other = await receiver.newPage();
  await other.goto(link);
  await expect(other.getByTestId('player-time')).toHaveText(
    await page.getByTestId('player-time').innerText(),
  );
  expect(await state(other)).toEqual(before);
  expect(await selectedTab(other)).toBe('tab-logs');
  await expect(other.getByTestId('pod-row')).toHaveText(await page.getByTestId('pod-row').innerText());
  await other.screenshot({ path: 'test-results/share-received.png' });
  expect(errors).toEqual([]);
  await sender.close();
  await receiver.close();
});

test('the TypeScript-playground form #code/ opens a manifest', async ({ page }) => {
  await page.goto('/#code/' + compressToEncodedURIComponent(CRASH));
  await expect(page.getByTestId('pod-row')).toContainText('crash');
  expect((await state(page)).text).toBe(CRASH);
});

test('a tampered or too large link is refused with a message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await setText(page, MINE);
  const good = scenarioHash({ text: CRASH, inputs: [], seed: 1, t: 0, panel: null });
  await page.goto('/?x=1' + good.slice(0, -7)); // cut short (a new URL, so the page really loads)
  await expect(page.getByTestId('share-notice')).toContainText('This link is damaged');
  expect((await state(page)).text).toBe(MINE);
  await page.screenshot({ path: 'test-results/share-refused.png' });

  await page.goto('/?x=2#scenario/' + compressToEncodedURIComponent('{"v":1,"text":42}'));
  await expect(page.getByTestId('share-notice')).toContainText('does not contain a valid PodLab scenario');
  await page.goto('/?x=3#code/' + compressToEncodedURIComponent('x'.repeat(1_000_001)));
  await expect(page.getByTestId('share-notice')).toContainText('more than 1 MB');
  expect((await state(page)).text).toBe(MINE);
});

test('autosave survives a reload; opening a link keeps the previous work in History', async ({ page }) => {
  await page.goto('/');
  expect((await state(page)).text.startsWith(SEED_START)).toBe(true);
  await setText(page, MINE);
  // A console command (what the console does when the learner types one) is kept too.
  await page.evaluate(() =>
    (window as unknown as { __podlab: { getState(): { addInput(c: string): void } } }).__podlab
      .getState()
      .addInput('kubectl create service clusterip myservice --tcp=80:9376'),
  );
  await page.reload();
  await expect(page.getByTestId('pod-row')).toContainText('my-own-pod');
  expect(await state(page)).toMatchObject({
    text: MINE,
    inputs: [{ t: 0, command: 'kubectl create service clusterip myservice --tcp=80:9376' }],
  });

  await page.goto('/?open#code/' + compressToEncodedURIComponent(CRASH));
  await expect(page.getByTestId('share-notice')).toContainText('Your previous work is kept in History');
  expect((await state(page)).text).toBe(CRASH);
  await page.getByTestId('share-history').click();
  const item = page.getByTestId('history-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('pod/my-own-pod');
  await expect(item).toContainText('console commands: 1');
  await page.screenshot({ path: 'test-results/share-history.png' });
  await item.getByTestId('history-restore').click();
  expect(await state(page)).toMatchObject({ text: MINE, inputs: [{ t: 0 }] });
  await expect(page.getByTestId('share-notice')).toContainText('Restored pod/my-own-pod');
  // Restoring put the link's scenario aside in turn.
  await page.getByTestId('share-history').click();
  await expect(page.getByTestId('history-item').first()).toContainText('pod/crash');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('history-dialog')).toHaveCount(0);
});

test('import a manifest file and download the manifest as YAML', async ({ page }) => {
  await page.goto('/');
  await setText(page, MINE);
  await page.getByTestId('share-import-file').setInputFiles({
    name: 'crash.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(CRASH),
  });
  await expect(page.getByTestId('share-notice')).toContainText('Imported crash.yaml');
  expect((await state(page)).text).toBe(CRASH);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('share-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('crash.yaml');
  const path = await download.path();
  const fs = await import('node:fs');
  expect(fs.readFileSync(path, 'utf8')).toBe(CRASH);
});

test('presenter mode: large captions narrate events, PageDown steps, laser pointer', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/?present#code/' + compressToEncodedURIComponent(CRASH));
  await expect(page.getByTestId('presenter')).toBeVisible();
  const captions = page.getByTestId('captions');
  await state(page); // the link's simulation has arrived from the worker
  for (let i = 0; i < 40; i++) {
    if (/back-off 10s/.test((await captions.textContent()) ?? '')) break;
    await page.keyboard.press('PageDown');
  }
  await expect(captions).toContainText('myapp-container is waiting: CrashLoopBackOff, back-off 10s');
  await page.keyboard.press('PageUp');
  await expect(captions).not.toContainText('back-off 10s');
  await page.keyboard.press('PageDown');
  await page.mouse.move(700, 300);
  await expect(page.getByTestId('laser')).toBeVisible();
  await page.screenshot({ path: 'test-results/share-presenter.png' });

  await page.evaluate(() => localStorage.setItem('podlab.lang', 'ko'));
  await page.reload();
  for (let i = 0; i < 40; i++) {
    if (/back-off 10s/.test((await captions.textContent()) ?? '')) break;
    await page.keyboard.press('PageDown');
  }
  await expect(captions).toContainText('myapp-container 컨테이너 대기 중: CrashLoopBackOff, back-off 10s');
  await page.getByTestId('present-editor').click();
  await expect(page.locator('.editor-host')).toContainText('myapp-container');
  await page.screenshot({ path: 'test-results/share-presenter-ko-editor.png' });
  await page.getByTestId('present-exit').click();
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('share-present')).toBeVisible();
  expect(errors).toEqual([]);
});

test('embed mode: a compact read-only player with a link back to the playground', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 560 });
  const hash = scenarioHash({ text: CRASH, inputs: [], seed: 1, t: 15_000, panel: null });
  await page.goto('/?embed' + hash);
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('pod-row')).toContainText('CrashLoopBackOff');
  await expect(page.locator('.editor-host')).toHaveCount(0);
  const open = page.getByTestId('embed-open');
  expect(await open.getAttribute('href')).toContain('#code/' + compressToEncodedURIComponent(CRASH));
  expect(await open.getAttribute('target')).toBe('_blank');
  // The embed never autosaves over the learner's own work.
  expect(await page.evaluate(() => localStorage.getItem('podlab.source.v1'))).toBeNull();
  await page.screenshot({ path: 'test-results/share-embed.png' });

  await page.goto('/?embed&editable' + hash);
  await expect(page.locator('.editor-host')).toContainText('myapp-container');
  await page.screenshot({ path: 'test-results/share-embed-editable.png' });
});

test('the theme follows the system and can be switched', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(14, 19, 27)');
  await page.getByTestId('theme-select').selectOption('light');
  expect(await bg()).toBe('rgb(244, 246, 249)');
  await page.reload();
  expect(await bg()).toBe('rgb(244, 246, 249)');
  await page.getByTestId('theme-select').selectOption('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await bg()).toBe('rgb(14, 19, 27)');
  // The editor follows the forced theme too (Monaco's dark theme has this background).
  await page.getByTestId('manifest-preview').click();
  const editor = page.locator('[data-testid="manifest-editor"] .monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(editor).toHaveClass(/vs-dark/);
  await page.screenshot({ path: 'test-results/share-dark.png' });
});

test('after one visit the app loads and simulates with the network off', async ({ context, page }) => {
  await page.goto('/');
  await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
  // Wait until the service worker has cached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.goto('/?present');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('pod-row')).toContainText('myapp-pod');
  await page.getByTestId('manifest-preview').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await setText(page, CRASH);
  for (let i = 0; i < 10; i++) {
    if (/Error|CrashLoopBackOff/.test((await page.getByTestId('pod-row').textContent()) ?? '')) break;
    await page.getByTestId('player-next').click();
  }
  await expect(page.getByTestId('pod-row')).toContainText(/crash .*(Error|CrashLoopBackOff)/);
  await page.screenshot({ path: 'test-results/share-offline.png' });
  await context.setOffline(false);
});
