// Accessibility, from the keyboard: the order Tab follows, a visible focus at every stop, the player's
// keys and the scrubber, the console (command, Enter, history), the diagram's nodes and their details
// panel, the lessons panel, the dialogs, presenter mode, and reduced motion.
import { expect, test, type Page } from '@playwright/test';
import { focused, loadEditor, openPlayground, podlab, setText } from './quality-a11y-helpers';
import { PATTERN_EXAMPLES } from '../src/lessons/examples/patterns';

/** Where the focus is, as the part of the page a sighted user would name. */
const focusArea = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const areas: [string, string][] = [
      ['.header', 'header'],
      ['.lessons', 'lessons'],
      ['.editor-pane', 'editor'],
      ['.react-flow__node', 'diagram-node'],
      ['.react-flow__controls, .diagram-export, .react-flow__attribution', 'diagram-controls'],
      ['.player', 'player'],
      ['.output', 'output'],
      ['.sim-pane', 'simulation'],
      ['.console', 'console'],
    ];
    return areas.find(([sel]) => el.closest(sel))?.[1] ?? `other:${el.tagName}`;
  });

/** Whether the focused element shows a focus indicator (its own, or the console screen's ring). */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    if (el.closest('.monaco-editor')) return true; // Monaco draws its own cursor and line highlight
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    const screen = el.closest('.console-screen');
    return shows(el) || (!!screen && shows(screen));
  });

/** Tab (or Shift+Tab) until `done` says so; Monaco keeps Tab, Ctrl+M hands it back (as it announces). */
async function tabUntil(page: Page, done: () => Promise<boolean>, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    if (await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
      await page.keyboard.press('Control+M');
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached after ${max} presses; focus on ${await focused(page)}`);
}

/** The next Tab goes to the page's first control (a click on the title moves Tab's starting point). */
async function startFromTheTop(page: Page) {
  await page.locator('.brand-title').click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const focusedNodeId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);

test('keyboard: Tab visits the page in reading order, with a visible focus at every stop', async ({
  page,
}) => {
  await openPlayground(page);
  await startFromTheTop(page);
  const areas: string[] = [];
  const stops: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < 90; i++) {
    if (await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
      await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    const area = await focusArea(page);
    if (area === 'body') break; // the end of the page
    stops.push(`${area}: ${await focused(page)}`);
    if (areas[areas.length - 1] !== area) areas.push(area);
    if (!(await focusVisible(page))) invisible.push(await focused(page));
    if (area === 'console' && (await focusedTestId(page)) === 'console-input') break;
  }
  // Left to right, top to bottom: the header, the lessons rail, the editor and its problems, the
  // simulation (the diagram's nodes, its zoom and export, the player, the output tabs), the console.
  expect(areas, stops.join('\n')).toEqual([
    'header',
    'lessons',
    'editor',
    'diagram-node',
    'diagram-controls',
    'player',
    'output',
    'console',
  ]);
  expect(invisible).toEqual([]);
});

test('keyboard: the player keys move time and speed; the scrubber moves with the arrows', async ({
  page,
}) => {
  await openPlayground(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press('Space');
  await expect.poll(async () => (await podlab(page)).playing).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await podlab(page)).playing).toBe(false);

  await page.keyboard.press('Home');
  expect((await podlab(page)).t).toBe(0);
  await page.keyboard.press('ArrowRight');
  const first = (await podlab(page)).t;
  expect(first).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  const second = (await podlab(page)).t;
  expect(second).toBeGreaterThan(first);
  await page.keyboard.press('ArrowLeft');
  expect((await podlab(page)).t).toBe(first);
  await page.keyboard.press('End');
  const { t: end, until } = await podlab(page);
  expect(end).toBe(until);

  const speed = (await podlab(page)).speed;
  await page.keyboard.press('+');
  expect((await podlab(page)).speed).toBeGreaterThan(speed);
  await page.keyboard.press('-');
  expect((await podlab(page)).speed).toBe(speed);

  // The scrubber: a second per arrow, ten with Shift, Home/End, PageUp a tenth; Space still plays.
  const scrubber = page.getByTestId('player-scrubber');
  await scrubber.focus();
  await page.keyboard.press('Home');
  expect((await podlab(page)).t).toBe(0);
  await page.keyboard.press('ArrowRight');
  expect((await podlab(page)).t).toBe(1000);
  await page.keyboard.press('Shift+ArrowRight');
  expect((await podlab(page)).t).toBe(11_000);
  await page.keyboard.press('ArrowLeft');
  expect((await podlab(page)).t).toBe(10_000);
  await expect(scrubber).toHaveAttribute('aria-valuetext', '10s');
  await page.keyboard.press('PageUp');
  expect((await podlab(page)).t).toBeGreaterThanOrEqual(10_000 + until / 10 - 100);
  await page.keyboard.press('End');
  expect((await podlab(page)).t).toBe(until);
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await podlab(page)).playing).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await podlab(page)).playing).toBe(false);
  await expect(scrubber).toBeFocused();
});

test('keyboard: the console takes a command, Enter runs it, the arrows recall history, Tab leaves', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByTestId('console-toggle').focus();
  await page.keyboard.press('Tab');
  const input = page.getByTestId('console-input');
  await expect(input).toBeFocused();

  await page.keyboard.type('kubectl get pods');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('console-output')).toContainText('myapp-pod');
  await page.keyboard.type('kubectl describe pod myapp-pod');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('console-output')).toContainText('Init Containers:');
  // Typing spaces in the console does not play the simulation.
  expect((await podlab(page)).playing).toBe(false);

  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('kubectl describe pod myapp-pod');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveValue('kubectl get pods');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveValue('kubectl describe pod myapp-pod');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveValue('');

  // Tab on an empty line moves on (no keyboard trap); on a started line it completes.
  await page.keyboard.type('kubectl desc');
  await page.keyboard.press('Tab');
  await expect(input).toHaveValue(/^kubectl describe/);
  await input.fill('');
  await page.keyboard.press('Tab');
  await expect(input).not.toBeFocused();
});

test('keyboard: a diagram node opens its details with Enter or Space; Escape gives the focus back', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByTestId('player-end').click();
  await page.getByTestId('reset-example').focus();
  const nodes: string[] = [];
  await tabUntil(page, async () => {
    const id = await focusedNodeId(page);
    if (id && nodes[nodes.length - 1] !== id) nodes.push(id);
    return id === 'container:myapp-container';
  });
  // In the drawing's order; the "then" between init and app containers is no tab stop.
  expect(nodes).toEqual([
    'pod',
    'container:init-myservice',
    'container:init-mydb',
    'container:myapp-container',
  ]);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedNodeId(page)).toBe('container:init-myservice');
  const node = page.locator('.react-flow__node[data-id="container:init-myservice"]');
  await expect(node).toHaveAttribute('role', 'button');
  await expect(node).toHaveAttribute('aria-expanded', 'false');
  // Its name is its state, as the drawing shows it: started (lit), not ready (dim, so not said).
  await expect(node).toHaveAccessibleName(
    'Init container 1 init started init-myservice busybox:1.28 Running restarts: 0',
  );
  await expect(node).toHaveAccessibleDescription(/Enter or Space .* opens its details/);
  expect(await focusVisible(page)).toBe(true);

  await page.keyboard.press('Enter');
  const panel = page.getByTestId('inspect');
  await expect(panel).toBeVisible();
  await expect(node).toHaveAttribute('aria-expanded', 'true');
  await expect(panel).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await focusedNodeId(page)).toBe('container:init-myservice');

  // Space too (and it does not start the player); the close button gives the focus back as well.
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  expect((await podlab(page)).playing).toBe(false);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('inspect-close')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  expect(await focusedNodeId(page)).toBe('container:init-myservice');
});

test('keyboard: the lessons panel, from the rail to a checked exercise and back', async ({ page }) => {
  await openPlayground(page);
  await startFromTheTop(page);
  await tabUntil(page, async () => (await focusedTestId(page)) === 'lessons-toggle');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('lessons-panel');
  await expect(panel).toBeVisible();
  // The rail is gone: the focus is on the panel's heading, not lost on the page.
  await expect(panel.locator('h2')).toBeFocused();

  await tabUntil(page, async () => (await focusedTestId(page)) === 'exercise-crashloop-typo');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('exercise')).toBeVisible();
  await expect(panel.locator('.lessons-lesson-title')).toBeFocused();

  await tabUntil(page, async () => (await focusedTestId(page)) === 'predict-option');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('predict-result')).toBeVisible();
  await tabUntil(page, async () => (await focusedTestId(page)) === 'check');
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('check-result')).toHaveAttribute('role', 'status');
  await expect(panel.getByTestId('check-failure')).toBeVisible();

  await tabUntil(page, async () => (await focusedTestId(page)) === 'lessons-back', { back: true });
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('exercise-crashloop-typo')).toBeFocused();

  await tabUntil(page, async () => (await focusedTestId(page)) === 'lessons-toggle', { back: true });
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('lessons-toggle')).toBeFocused();
});

test('keyboard: a dialog keeps the focus while open and gives it back on Escape', async ({ page }) => {
  await openPlayground(page);
  for (const [button, dialog] of [
    ['share-copy', 'share-link-dialog'],
    ['share-history', 'history-dialog'],
    ['share-embed', 'embed-dialog'],
  ]) {
    await page.getByTestId(button).focus();
    await page.keyboard.press('Enter');
    const box = page.getByTestId(dialog);
    await expect(box).toBeVisible();
    const inside = () =>
      page.evaluate((d) => !!document.activeElement?.closest(`[data-testid="${d}"]`), dialog);
    expect(await inside()).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await inside(), `Tab ${i + 1} in ${dialog}`).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside(), `Shift+Tab ${i + 1} in ${dialog}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(page.getByTestId(button)).toBeFocused();
  }
});

test('keyboard: presenter mode steps with PageDown/PageUp, E opens the editor, Esc leaves', async ({
  page,
}) => {
  await openPlayground(page);
  await page.getByTestId('share-present').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('PageDown');
  const t1 = (await podlab(page)).t;
  expect(t1).toBeGreaterThan(0);
  await page.keyboard.press('PageDown');
  expect((await podlab(page)).t).toBeGreaterThan(t1);
  await page.keyboard.press('PageUp');
  expect((await podlab(page)).t).toBe(t1);
  await page.keyboard.press('e');
  await loadEditor(page);
  // Escape in the diagram's details closes them, and only them.
  await page.locator('.react-flow__node[data-id="container:init-myservice"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspect')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspect')).toBeHidden();
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toBeHidden();
});

test('reduced motion: write pulses and traffic stand still, nothing breathes or flashes', async ({
  page,
}) => {
  const adapter = PATTERN_EXAMPLES.find((e) => e.id === 'pattern-adapter')!.manifest;
  await openPlayground(page);
  await setText(page, adapter);
  await expect(page.getByTestId('pod-row')).toContainText('adapter-demo');
  // Step until a write pulse or a connection is drawn.
  const packets = page.locator('[data-testid="diagram"] [data-testid="packet"]');
  for (let i = 0; i < 40 && (await packets.count()) === 0; i++) await page.getByTestId('player-next').click();
  expect(await packets.count()).toBeGreaterThan(0);
  const motion = () =>
    page.evaluate(() => {
      const d = document.querySelector('[data-testid="diagram"]')!;
      const running = [...d.querySelectorAll('*')].filter(
        (e) => getComputedStyle(e).animationName !== 'none',
      );
      return {
        travelling: d.querySelectorAll('animateMotion').length,
        still: d.querySelectorAll('.packet-still').length,
        dashes: d.querySelectorAll('.react-flow__edge.animated').length,
        cssAnimations: running.map((e) => e.className.toString()).slice(0, 5),
      };
    });
  // With motion: packets travel (the check can see movement when there is some).
  const moving = await motion();
  expect(moving.travelling).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(async () => (await motion()).travelling).toBe(0);
  const still = await motion();
  expect(still.still).toBeGreaterThan(0); // the state still shows, at the destination end
  expect(still.dashes).toBe(0);
  expect(still.cssAnimations).toEqual([]);
  // And playing does not bring movement back.
  await page.keyboard.press('End');
  await page.getByTestId('player-start').click();
  for (let i = 0; i < 6; i++) await page.getByTestId('player-next').click();
  expect((await motion()).travelling).toBe(0);
  expect((await motion()).cssAnimations).toEqual([]);
});
