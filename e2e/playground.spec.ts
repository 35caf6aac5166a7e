// The playground end to end, against the production build: the seed manifest, the player, the
// diagram, the pod row, -w rows, logs, a manifest error shown as stale, language and autosave.
// Time is driven with the step buttons, the keyboard and the scrubber, never by waiting.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED_SERVICES as SERVICES } from '../src/ui/store/seed';

const SEED_START = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: myapp-pod\n';

interface Hook {
  setText(text: string): void;
  getState(): { text: string; t: number; playing: boolean; stale: boolean };
}

/** Fails the test on console errors and on any request that leaves 127.0.0.1. */
function guard(page: Page): { errors: string[]; foreign: string[] } {
  const seen = { errors: [] as string[], foreign: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
      seen.foreign.push(r.url());
  });
  return seen;
}

const podRow = (page: Page) => page.getByTestId('pod-row');
const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __podlab: Hook }).__podlab.getState());
const setText = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);
const text = (page: Page) => state(page).then((s) => s.text);

/** Press "next event" until the locator's text (the pod row by default) matches, at most `max` times. */
async function stepUntil(
  page: Page,
  pattern: RegExp,
  target: Locator = podRow(page),
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (pattern.test((await target.textContent()) ?? '')) return;
    await page.getByTestId('player-next').click();
  }
  await expect(target).toHaveText(pattern);
}

test('the seed pod waits in Init:0/2, logs its wait, and runs once the Services exist', async ({ page }) => {
  const seen = guard(page);
  await page.goto('/');

  // The editor shows the seed: the light preview, then Monaco once the learner reaches for it.
  await expect(page.getByTestId('manifest-preview')).toContainText('init-myservice');
  expect((await text(page)).startsWith(SEED_START)).toBe(true);
  await page.getByTestId('manifest-preview').locator('[data-line="1"]').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.editor-host')).toContainText('init-myservice');

  // Step through events: the init containers are numbered, the app container waits.
  await stepUntil(page, /Init:0\/2/);
  await expect(page.getByTestId('node-container-init-myservice').getByTestId('container-order')).toHaveText(
    '1',
  );
  await expect(page.getByTestId('node-container-init-mydb').getByTestId('container-order')).toHaveText('2');
  await expect(page.getByTestId('node-container-myapp-container')).toBeVisible();
  // The first status says PodInitializing for everyone; the kubelet then starts init container 1.
  const firstState = page.getByTestId('node-container-init-myservice').getByTestId('container-state');
  await stepUntil(page, /^Running$/, firstState);
  await expect(podRow(page)).toContainText('Init:0/2');
  await expect(page.getByTestId('node-container-init-mydb').getByTestId('container-state')).toHaveText(
    'Waiting: PodInitializing',
  );
  await expect(page.getByTestId('node-container-myapp-container').getByTestId('container-state')).toHaveText(
    'Waiting: PodInitializing',
  );
  await page.screenshot({ path: 'test-results/playground-init-0-2.png' });

  // Scrub to 20 s: the first init container has logged its wait a few times.
  await page.getByTestId('player-scrubber').fill('20000');
  await expect(page.getByTestId('player-time')).toHaveText('20s');
  await expect(podRow(page)).toContainText('Init:0/2');
  await page.getByTestId('tab-logs').click();
  await page.getByTestId('logs-container').selectOption('init-myservice');
  await expect(page.getByTestId('logs')).toContainText('waiting for myservice');
  await page.screenshot({ path: 'test-results/playground-logs.png' });

  // Add the two Services: both init containers finish in order and the pod runs.
  await setText(page, (await text(page)) + SERVICES);
  await page.getByTestId('player-start').click();
  await expect(page.getByTestId('player-time')).toHaveText('0s');
  await page.getByTestId('tab-watch').click();
  await stepUntil(page, /\bRunning\b/);
  await expect(podRow(page)).toContainText('1/1');
  // Edits are simulated in the worker, off the main thread.
  const workerLoaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((r) => r.name.includes('simulation.worker')),
  );
  expect(workerLoaded).toBe(true);
  await expect(page.getByTestId('watch-rows')).toContainText(/Init:1\/2|PodInitializing/);
  await expect(page.getByTestId('node-service-myservice')).toBeVisible();
  await expect(page.getByTestId('node-service-mydb')).toBeVisible();
  await expect(page.getByTestId('node-container-init-mydb').getByTestId('container-state')).toHaveText(
    'Terminated: Completed (0)',
  );
  await expect(page.getByTestId('node-container-myapp-container').getByTestId('container-state')).toHaveText(
    'Running',
  );
  await page.getByTestId('tab-events').click();
  await expect(page.getByTestId('events')).toContainText('Started container myapp-container');
  await page.screenshot({ path: 'test-results/playground-running.png' });

  // A typo in the kind: a problem on line 2, the last valid simulation stays, marked stale.
  await setText(page, (await text(page)).replace('kind: Pod\n', 'kind: Pood\n'));
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  const problem = page.getByTestId('problem').first();
  await expect(problem).toContainText('Line 2');
  await expect(podRow(page)).toContainText('Running');
  await expect(page.getByTestId('node-container-myapp-container')).toBeVisible();
  const markerLines = await page.evaluate(() => {
    const m = (
      globalThis as { monaco?: { editor: { getModelMarkers(f: object): { startLineNumber: number }[] } } }
    ).monaco;
    return m ? m.editor.getModelMarkers({}).map((x) => x.startLineNumber) : null;
  });
  if (markerLines) expect(markerLines).toContain(2);
  await page.screenshot({ path: 'test-results/playground-stale.png' });

  // Clicking the problem puts the editor's cursor on its line.
  await problem.click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = (
          globalThis as { monaco?: { editor: { getEditors(): { getPosition(): { lineNumber: number } }[] } } }
        ).monaco;
        return m?.editor.getEditors()[0]?.getPosition().lineNumber ?? null;
      }),
    )
    .toBe(2);

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('clicking a container highlights its lines in the editor', async ({ page }) => {
  const seen = guard(page);
  await page.goto('/');
  await page.getByTestId('manifest-preview').locator('[data-line="1"]').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByTestId('node-container-init-mydb').click();
  await expect(page.locator('.editor-host .podlab-highlight-line').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/playground-highlight.png' });

  // And the other way: the editor's cursor in a container selects its node.
  await page.evaluate(() => {
    const m = (
      globalThis as {
        monaco?: { editor: { getEditors(): { setPosition(p: object): void; focus(): void }[] } };
      }
    ).monaco;
    const editor = m?.editor.getEditors()[0];
    editor?.setPosition({ lineNumber: 10, column: 5 });
    editor?.focus();
  });
  await expect(
    page.locator('.react-flow__node.selected [data-testid="node-container-myapp-container"]'),
  ).toBeVisible();
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('keyboard drives the player', async ({ page }) => {
  const seen = guard(page);
  await page.goto('/');
  await expect(podRow(page)).toBeVisible();
  await page.locator('.brand-title').click();

  await page.keyboard.press('ArrowRight');
  const first = (await state(page)).t;
  expect(first).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  expect((await state(page)).t).toBeGreaterThan(first);
  await page.keyboard.press('ArrowLeft');
  expect((await state(page)).t).toBe(first);

  await page.keyboard.press('End');
  await expect(page.getByTestId('player-time')).toHaveText('10m');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('player-time')).toHaveText('0s');

  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.getByTestId('player-speed')).toHaveText('5x');
  await page.keyboard.press('-');
  await expect(page.getByTestId('player-speed')).toHaveText('2x');

  await page.keyboard.press(' ');
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-label', 'Pause');
  await expect.poll(async () => (await state(page)).t).toBeGreaterThan(500);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-label', 'Play');

  // Space on another focused control activates it instead of playing.
  await page.getByTestId('tab-logs').focus();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('tab-logs')).toHaveAttribute('aria-selected', 'true');
  expect((await state(page)).playing).toBe(false);
  await page.getByTestId('player-play').focus();
  await page.keyboard.press(' ');
  expect((await state(page)).playing).toBe(true);
  await page.keyboard.press(' ');
  expect((await state(page)).playing).toBe(false);

  // Something was announced for screen readers along the way.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).not.toBeEmpty();

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('reduced motion stops animations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const state = page.getByTestId('node-container-init-myservice').getByTestId('container-state');
  await stepUntil(page, /^Running$/, state);
  const animation = await state.locator('.cnode-dot').evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  await expect(page.locator('.react-flow__edge.animated')).toHaveCount(0);
});

test('language switch and autosave survive a reload', async ({ page }) => {
  const seen = guard(page);
  await page.goto('/');
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-label', 'Play');
  await page.getByTestId('lang-ko').click();
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-label', '재생');
  await expect(page.getByTestId('tab-logs')).toHaveText('로그');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  const edited = (await text(page)).replace('myapp-pod', 'my-edited-pod');
  await setText(page, edited);
  await expect(podRow(page)).toContainText('my-edited-pod');
  await page.reload();
  await expect(page.getByTestId('player-play')).toHaveAttribute('aria-label', '재생');
  expect(await text(page)).toBe(edited);
  await expect(podRow(page)).toContainText('my-edited-pod');
  await page.screenshot({ path: 'test-results/playground-korean.png' });

  // Back to the example.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('reset-example').click();
  expect((await text(page)).startsWith(SEED_START)).toBe(true);

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('a loop that never sleeps is shown burning CPU, and the page stays responsive', async ({ page }) => {
  const seen = guard(page);
  await page.goto('/');
  await setText(
    page,
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: spin\nspec:\n  containers:\n  - name: busy\n    image: busybox:1.36\n    command: ['sh', '-c', 'while true; do :; done']\n`,
  );
  await expect(page.getByTestId('node-container-busy')).toBeVisible();
  // Scrubbed at once: past the worker's early answer (its first seconds) the time moves on when the
  // whole run comes.
  await page.getByTestId('player-scrubber').fill('120000');
  await expect(page.getByTestId('container-spinning')).toContainText('100% CPU');
  await expect(podRow(page)).toContainText('Running');
  expect(seen.errors).toEqual([]);
});
