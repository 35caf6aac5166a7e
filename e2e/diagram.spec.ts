// The diagram and the player end to end: write pulses on a shared emptyDir, the sidecar's log
// following the app's, exact restore when scrubbing back, keyboard-only playing, reduced motion,
// PNG/SVG export, localhost traffic, and the seed screenshots for the README.
// Time is driven with the step buttons, keys and the scrubber, never by waiting on the wall clock.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { SEED_SERVICES as SERVICES } from '../src/ui/store/seed';

interface Hook {
  setText(text: string): void;
  getState(): { text: string; t: number; playing: boolean; trace: { until: number } | null };
}

const LOG_SHIPPER = `apiVersion: v1
kind: Pod
metadata:
  name: logship
spec:
  initContainers:
  - name: log-shipper
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', 'touch /var/log/app.log; tail -f /var/log/app.log']
    volumeMounts:
    - name: logs
      mountPath: /var/log
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "line $i" >> /var/log/app.log; sleep 5; done']
    volumeMounts:
    - name: logs
      mountPath: /var/log
  volumes:
  - name: logs
    emptyDir: {}
`;

const CRASH = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'echo starting; sleep 3; echo giving up; exit 1']
    livenessProbe:
      exec:
        command: ['cat', '/tmp/healthy']
      periodSeconds: 5
`;

const AMBASSADOR = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
  - name: client
    image: busybox:1.28
    command: ['sh', '-c', 'while true; do wget -qO- http://localhost:80 >/dev/null; sleep 5; done']
`;

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __podlab: Hook }).__podlab.getState();
    return { t: s.t, playing: s.playing, until: s.trace?.until ?? 0, text: s.text };
  });
async function load(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);
  // The simulation runs in a worker: wait until the diagram shows the new pod.
  await expect(page.getByTestId('node-pod')).toContainText(/metadata:\s*\n\s*name: (\S+)/.exec(text)![1]);
}
const scrubTo = async (page: Page, ms: number) => page.getByTestId('player-scrubber').fill(String(ms));
const node = (page: Page, id: string) => page.getByTestId(id);

function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('a log shipper: write pulses on the emptyDir edge, the sidecar log follows the app', async ({
  page,
}) => {
  const errors = guard(page);
  await page.goto('/');
  await load(page, LOG_SHIPPER);
  await expect(node(page, 'node-container-log-shipper')).toHaveClass(/cnode-sidecar/);

  // At 7.2 s the app has just appended "line 2" and the shipper read it.
  await scrubTo(page, 7200);
  await expect(page.getByTestId('player-time')).toHaveText('7s');
  const appEdge = page.locator('.react-flow__edge[data-id="mount:app:logs:0"]');
  await expect(appEdge).toHaveClass(/pulse-write/);
  await expect(appEdge.locator('[data-testid="packet"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id="mount:log-shipper:logs:0"]')).toHaveClass(
    /pulse-read/,
  );
  await expect(page.getByText('/var/log · write /var/log/app.log')).toBeVisible();
  await expect(node(page, 'node-volume-logs')).toHaveClass(/vnode-write/);
  await page.screenshot({ path: 'test-results/diagram-logship-pulse.png' });

  // Between writes nothing pulses.
  await scrubTo(page, 10_000);
  await expect(appEdge).not.toHaveClass(/pulse-/);
  await expect(appEdge.locator('[data-testid="packet"]')).toHaveCount(0);

  // The shipper's log is the app's lines, one per write so far; the volume knows who wrote what.
  await scrubTo(page, 17_500);
  await node(page, 'node-container-log-shipper').click();
  const inspect = page.getByTestId('inspect');
  await expect(inspect.getByTestId('inspect-log')).toHaveText('line 1\nline 2\nline 3\nline 4');
  await expect(inspect.getByTestId('inspect-history')).toContainText('Running');
  await expect(inspect).toContainText('/var/log from logs (rw)');
  await page.screenshot({ path: 'test-results/diagram-logship-inspect.png' });
  await node(page, 'node-volume-logs').click();
  await expect(inspect.getByTestId('inspect-files')).toContainText('/var/log/app.log');
  await expect(inspect.getByTestId('inspect-files')).toContainText('app');
  await expect(inspect.getByTestId('inspect-files')).toContainText('log-shipper');
  await page.getByTestId('inspect-close').click();
  await expect(inspect).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** Everything the diagram and the pod row show, as text: equal means drawn the same. */
const drawn = (page: Page) =>
  page.evaluate(() => ({
    nodes: [...document.querySelectorAll('.react-flow__node')].map(
      (n) => `${n.getAttribute('data-id')}|${n.className}|${(n as HTMLElement).innerText}`,
    ),
    edges: [...document.querySelectorAll('.react-flow__edge')].map(
      (e) => `${e.getAttribute('data-id')}|${e.getAttribute('class')}|${e.textContent}`,
    ),
    row: document.querySelector('[data-testid="pod-row"]')?.textContent ?? '',
  }));

test('scrubbing back restores earlier states exactly; back-off counts down; probes show', async ({
  page,
}) => {
  await page.goto('/');
  await load(page, CRASH);
  const times = [2000, 4500, 6000, 9500, 12_000, 21_000, 30_000, 44_000];
  const forward = new Map<number, Awaited<ReturnType<typeof drawn>>>();
  for (const ms of times) {
    await scrubTo(page, ms);
    await expect(page.getByTestId('player-time')).not.toHaveText('0s');
    forward.set(ms, await drawn(page));
  }
  const app = node(page, 'node-container-app');
  await scrubTo(page, 12_000);
  await expect(app.getByTestId('container-state')).toHaveText('Waiting: CrashLoopBackOff');
  await expect(app.getByTestId('container-backoff')).toHaveText('back-off 10s: restart in 6s');
  await expect(app.getByTestId('container-restarts')).toContainText('1');
  await page.screenshot({ path: 'test-results/diagram-crash-backoff.png' });
  await scrubTo(page, 6000);
  await expect(app.getByTestId('container-probes')).toContainText('Liveness probe failed');
  await expect(app.getByTestId('container-probes').locator('[title]')).toHaveAttribute(
    'title',
    "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
  );

  for (const ms of [...times].reverse()) {
    await scrubTo(page, ms);
    await expect.poll(() => drawn(page), { message: `state at ${ms} ms` }).toEqual(forward.get(ms));
  }
  // The step buttons land on the same states as the scrubber.
  await page.getByTestId('player-end').click();
  await scrubTo(page, 9500);
  await page.getByTestId('player-prev').click();
  await expect.poll(async () => (await state(page)).t).toBe(9000);
  await page.getByTestId('player-next').click();
  await expect.poll(async () => (await state(page)).t).toBeGreaterThan(9000);
  const stepped = (await state(page)).t;
  const viaStep = await drawn(page);
  await scrubTo(page, 44_000);
  await scrubTo(page, stepped);
  await expect.poll(() => drawn(page)).toEqual(viaStep);

  // The inspect panel: history, exit codes, last state and both runs' logs.
  await scrubTo(page, 21_000);
  await app.click();
  const inspect = page.getByTestId('inspect');
  await expect(inspect.getByTestId('inspect-state')).toContainText('Running');
  await expect(inspect.getByTestId('inspect-exits')).toContainText('1, 1');
  await expect(inspect.getByTestId('inspect-history')).toContainText('Waiting: CrashLoopBackOff');
  await expect(inspect.getByTestId('inspect-log-previous')).toHaveText('starting\ngiving up');
  await expect(inspect.getByTestId('inspect-log')).toHaveText('starting');
  await expect(inspect.getByTestId('inspect-probes')).toContainText('Liveness probe failed');
  await page.screenshot({ path: 'test-results/diagram-crash-inspect.png' });
});

test('the timeline: markers by kind, hover tells, click jumps; skip waiting jumps a back-off', async ({
  page,
}) => {
  await page.goto('/');
  await load(page, CRASH);
  const warning = page.getByTestId('marker-9000');
  await expect(warning).toHaveAttribute('data-kind', 'warning');
  await expect(page.getByTestId('marker-1000')).toHaveAttribute('data-kind', 'start');
  await expect(page.getByTestId('marker-4000')).toHaveAttribute('data-kind', 'exit');
  await warning.hover();
  await expect(page.getByTestId('timeline-tip')).toContainText(
    'Warning BackOff: Back-off restarting failed container app',
  );
  await page.screenshot({ path: 'test-results/diagram-timeline-tip.png' });
  await warning.click();
  await expect(page.getByTestId('player-time')).toHaveText('9s');

  // From 9.5 s nothing happens until the restart at 19 s: skip waiting jumps there while playing.
  await scrubTo(page, 9500);
  await page.getByTestId('player-skip').click();
  await expect(page.getByTestId('player-skip')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('player-play').click();
  await expect.poll(async () => (await state(page)).t, { timeout: 4000 }).toBeGreaterThanOrEqual(18_000);
  await page.getByTestId('player-play').click();
  expect((await state(page)).t).toBeLessThan(30_000);
});

test('keyboard only: focus the player, play/pause, step, jump, change speed; announced', async ({ page }) => {
  await page.goto('/');
  await expect(node(page, 'node-pod')).toContainText('myapp-pod');
  // Tab to the play button (backwards: forwards, the editor keeps Tab for indentation).
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Shift+Tab');
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'player-play')
      break;
  }
  await expect(page.getByTestId('player-play')).toBeFocused();
  await expect(page.getByTestId('player-play')).toHaveAccessibleName('Play');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await state(page)).t).toBeGreaterThan(0);
  await expect(page.getByTestId('announcer')).not.toHaveText('');
  const afterStep = (await state(page)).t;
  await page.keyboard.press('ArrowRight');
  expect((await state(page)).t).toBeGreaterThan(afterStep);
  await page.keyboard.press('ArrowLeft');
  expect((await state(page)).t).toBe(afterStep);
  await page.keyboard.press('End');
  expect((await state(page)).t).toBe((await state(page)).until);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('player-time')).toHaveText('0s');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.getByTestId('player-speed')).toHaveText('5x');
  await page.keyboard.press('-');
  await expect(page.getByTestId('player-speed')).toHaveText('2x');
  for (let i = 0; i < 8; i++) await page.keyboard.press('-');
  await expect(page.getByTestId('player-speed')).toHaveText('0.25x');
  for (let i = 0; i < 9; i++) await page.keyboard.press('+');
  await expect(page.getByTestId('player-speed')).toHaveText('50x');
  await page.keyboard.press(' ');
  await expect.poll(async () => (await state(page)).playing).toBe(true);
  await expect(page.getByTestId('player-play')).toHaveAccessibleName('Pause');
  await page.keyboard.press(' ');
  await expect.poll(async () => (await state(page)).playing).toBe(false);
  // Every player control has a name.
  for (const b of await page.getByTestId('player').getByRole('button').all()) {
    if (await b.isVisible())
      expect((await b.getAttribute('aria-label')) ?? (await b.textContent())).not.toBe('');
  }
  // A focused diagram node opens its details with the keyboard too.
  await page.keyboard.press('End');
  await node(page, 'node-container-init-myservice').click();
  await expect(page.getByTestId('inspect')).toContainText('init-myservice');
  await page.getByTestId('inspect-close').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspect')).toHaveCount(0);
});

test('reduced motion: packets stand still, nothing animates, states still show', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await load(page, LOG_SHIPPER);
  await scrubTo(page, 7200);
  const appEdge = page.locator('.react-flow__edge[data-id="mount:app:logs:0"]');
  await expect(appEdge).toHaveClass(/pulse-write/);
  await expect(appEdge.locator('.packet-still')).toHaveCount(1);
  await expect(page.locator('.react-flow__edges animateMotion')).toHaveCount(0);
  const running = node(page, 'node-container-app').locator('.cnode-dot');
  expect(await running.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.screenshot({ path: 'test-results/diagram-reduced-motion.png' });

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.locator('.react-flow__edges animateMotion')).not.toHaveCount(0);
  expect(await running.evaluate((el) => getComputedStyle(el).animationName)).toBe('breathe');
});

test('export: PNG and SVG of the current diagram', async ({ page }) => {
  await page.goto('/');
  await load(page, LOG_SHIPPER);
  await scrubTo(page, 7200);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(png.suggestedFilename()).toBe('podlab-logship-7s.png');
  const pngPath = 'test-results/diagram-export.png';
  await png.saveAs(pngPath);
  const bytes = fs.readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(400);
  // Not a blank canvas: a PNG of one flat colour compresses to almost nothing.
  expect(bytes.length).toBeGreaterThan(20_000);

  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svgPath = 'test-results/diagram-export.svg';
  await svg.saveAs(svgPath);
  const text = fs.readFileSync(svgPath, 'utf8');
  expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(text).toContain('<foreignObject');
  expect(text).toContain('log-shipper');
  expect(text).toContain('/var/log · write /var/log/app.log');
});

test('localhost traffic: the client connects to the port the web container listens on', async ({ page }) => {
  await page.goto('/');
  await load(page, AMBASSADOR);
  await scrubTo(page, 6400);
  await expect(node(page, 'node-port-80')).toHaveClass(/port-listening/);
  await expect(node(page, 'node-port-80')).toContainText(':80web');
  const edge = page.locator('.react-flow__edge[data-id="connect:client:port:80"]');
  await expect(edge).toHaveClass(/connect-ok/);
  await expect(edge.locator('[data-testid="packet"]')).toHaveCount(1);
  await page.getByTestId('diagram').screenshot({ path: 'test-results/diagram-localhost.png' });
  await scrubTo(page, 9000);
  await expect(edge).toHaveCount(0);
});

test('editor and diagram point at each other; details open on a click only', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('manifest-preview').click();
  const editor = page.locator('[data-testid="manifest-editor"] .monaco-editor');
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.locator('.view-line', { hasText: 'name: init-mydb' }).click();
  await expect(page.locator('.react-flow__node[data-id="container:init-mydb"]')).toHaveClass(/selected/);
  await expect(page.getByTestId('inspect')).toHaveCount(0);
  await node(page, 'node-container-myapp-container').click();
  await expect(page.getByTestId('inspect')).toContainText('myapp-container');
  await expect(editor.locator('.podlab-highlight-line').first()).toBeVisible();
  await page.getByTestId('inspect-close').click();
  await expect(page.getByTestId('inspect')).toHaveCount(0);
});

test('seed screenshots for the README', async ({ page }) => {
  const shoot = async (path: string) => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    // Let the colour transitions and start/exit rings settle: a README picture is a still.
    await page.waitForTimeout(1500);
    await page.screenshot({ path });
  };
  await page.goto('/');
  await expect(node(page, 'node-pod')).toContainText('myapp-pod');
  await page.getByTestId('manifest-preview').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('player-time')).toHaveText('0s');
  // The console folds away (when this build has one), leaving the diagram room to be read.
  const consoleToggle = page.getByTestId('console-toggle');
  if (await consoleToggle.count()) await consoleToggle.click();
  await shoot('docs/screenshots/seed-1.png');

  await scrubTo(page, 20_000);
  await expect(page.getByTestId('pod-row')).toContainText('Init:0/2');
  await expect(node(page, 'node-container-init-myservice').getByTestId('container-state')).toHaveText(
    'Running',
  );
  await shoot('docs/screenshots/seed-2.png');

  // With the Services the init containers finish in order; stop on the step where the pod runs.
  const text = (await state(page)).text;
  await load(page, text + SERVICES);
  await page.getByTestId('player-start').click();
  await expect(node(page, 'node-service-mydb')).toBeVisible();
  for (let i = 0; i < 40 && !/\bRunning\b/.test((await page.getByTestId('pod-row').textContent()) ?? ''); i++)
    await page.getByTestId('player-next').click();
  await expect(page.getByTestId('pod-row')).toContainText('Running');
  await expect(node(page, 'node-container-myapp-container').getByTestId('container-state')).toHaveText(
    'Running',
  );
  await shoot('docs/screenshots/seed-3.png');
});
