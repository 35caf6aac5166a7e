// Hostile input in the browser: each gets a clear message or a bounded, visible outcome, the main
// thread never blocks for more than 200 ms (long-task observer), and the learner's work survives.
import { expect, test, type Page } from '@playwright/test';
import {
  aliasBomb,
  hugeDocument,
  nestedBrackets,
  podWithContainers,
  scriptPod,
} from '../src/core/quality/hostile-pods';
import { setText, state, takeLongTasks, waitForPod, watchPage } from './quality-helpers';

// The limit is the 200 ms, for every case. PODLAB_LONG_TASK_MS raises it on a machine too slow
// or too busy to judge (a shared 2-core box under other builds stretches every task 2-3x): there the
// test still catches freezes, and every test records its longest task as an annotation either way.
const LONG_TASK_LIMIT = Number(process.env.PODLAB_LONG_TASK_MS ?? 200);
const MY_WORK = scriptPod('echo my work; sleep 3600', { name: 'my-work' });

async function ready(page: Page) {
  await watchPage(page);
  await page.goto('/');
  await setText(page, MY_WORK);
  await waitForPod(page, 'my-work');
  await page.waitForTimeout(300); // let the first render settle before long tasks are counted
  await takeLongTasks(page);
}

/**
 * Gives the app a hostile text the way `setText` does, without timing the test's own delivery:
 * Playwright passes the string in a DevTools protocol message that Chromium decodes on the page's main
 * thread (for 5 MB, a 150-600 ms task of DevToolsSession::DispatchProtocolCommand that no learner's
 * page ever runs). So the text is parked in the page first, the long tasks of that transfer are
 * dropped, and then the app gets it.
 */
async function setHostileText(page: Page, text: string) {
  await page.evaluate((t) => {
    (window as unknown as { __hostileText?: string }).__hostileText = t;
  }, text);
  await page.waitForTimeout(100); // the long-task observer reports the transfer
  await takeLongTasks(page);
  await page.evaluate(() => {
    const w = window as unknown as { __hostileText?: string; __podlab: { setText(t: string): void } };
    w.__podlab.setText(w.__hostileText ?? '');
    delete w.__hostileText;
  });
}

/** After a hostile input: the learner's manifest still simulates. */
async function recovers(page: Page) {
  await setText(page, MY_WORK);
  await waitForPod(page, 'my-work', 20_000);
  await expect(page.getByTestId('pod-row')).toContainText('my-work');
}

/** [what, text, message]. Parsing happens in the worker; the page shows the text and the message. */
const manifests: [string, () => string, RegExp][] = [
  ['a YAML alias bomb', aliasBomb, /aliases expand too much/],
  ['a 5 MB document', () => hugeDocument(5_000_000), /refuses anything over/],
  ['10,000 nested brackets', () => nestedBrackets(10_000), /nesting deeper than/],
  ['a tab in the indentation', () => MY_WORK.replace('  name: my-work', '\tname: my-work'), /tab character/],
  [
    'a duplicate key',
    () => MY_WORK.replace('  name: my-work', '  name: my-work\n  name: again'),
    /duplicate key/,
  ],
  [
    'control characters',
    () => MY_WORK.replace('name: my-work', 'name: "my\\u0001\\u0007\\uFFFD"'),
    /metadata\.name: Invalid value/,
  ],
];

for (const [what, make, message] of manifests) {
  test(`${what}: a clear message, no long task, work intact`, async ({ page }) => {
    await ready(page);
    await setHostileText(page, make());
    await expect(page.getByText(message).first()).toBeVisible();
    const longest = Math.max(0, ...(await takeLongTasks(page)));
    test.info().annotations.push({ type: 'longest task (ms)', description: String(longest) });
    expect(longest).toBeLessThanOrEqual(LONG_TASK_LIMIT);
    await recovers(page);
  });
}

test('10,000 containers: parsed and simulated off the main thread, shown without a long task', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await ready(page);
  await setHostileText(page, podWithContainers(10_000));
  // Until the worker's answer is on screen: its parse, its trace and the diagram it draws.
  await waitForPod(page, 'many', 90_000);
  await page.waitForTimeout(500);
  const longest = Math.max(0, ...(await takeLongTasks(page)));
  test.info().annotations.push({ type: 'longest task (ms)', description: String(longest) });
  await page.screenshot({ path: 'test-results/quality-10000-containers.png' });
  expect(longest).toBeLessThanOrEqual(LONG_TASK_LIMIT);
  // The diagram draws a few containers and says what it leaves out; the pod row counts them all.
  await expect(page.getByTestId('node-more-app')).toContainText('more containers');
  await expect(page.getByTestId('pod-row')).toContainText('/10000');
  await recovers(page);
});

const scripts: [string, string, boolean][] = [
  ['while true; do :; done', 'busy', false],
  [':(){ :|:& };:', 'forkbomb', false],
  ['cat /dev/zero', 'zero', false],
  ['yes > /shared/file', 'yes-writer', true], // a pod named `yes` would be the YAML 1.1 boolean true
];

for (const [script, name, volume] of scripts) {
  test(`script \`${script}\`: a bounded outcome, no long task, work intact`, async ({ page }) => {
    test.setTimeout(90_000);
    await ready(page);
    await setText(page, scriptPod(script, { name, sharedVolume: volume }));
    await waitForPod(page, name, 30_000);
    await expect(page.getByTestId('pod-row')).toContainText(name);
    const longest = Math.max(0, ...(await takeLongTasks(page)));
    test.info().annotations.push({ type: 'longest task (ms)', description: String(longest) });
    expect(longest).toBeLessThanOrEqual(LONG_TASK_LIMIT);
    await page.screenshot({ path: `test-results/quality-script-${name}.png` });
    await recovers(page);
  });
}

const REFUSED = /nothing was loaded|so it was not loaded/;
const links: [string, () => string][] = [
  ['garbage', () => '#code/%%%not-lz-at-all!!!'],
  ['truncated', () => '#scenario/N4IgLgpgtgJg'],
  // Chromium keeps URLs up to 2 MB: this is the largest link that can reach the app at all.
  ['1.9 MB', () => '#code/' + 'A'.repeat(1_900_000)],
];

for (const [what, hash] of links) {
  test(`a ${what} share link is refused with a message and the saved work stays`, async ({ page }) => {
    await ready(page);
    await page.evaluate((h) => {
      location.hash = h;
      location.reload();
    }, hash());
    await expect(page.getByText(REFUSED).first()).toBeVisible({ timeout: 30_000 });
    expect((await state(page)).text).toBe(MY_WORK);
    // A fresh page load: its longest task includes starting the app and reading the link.
    const longest = Math.max(0, ...(await takeLongTasks(page)));
    test.info().annotations.push({ type: 'longest task (ms)', description: String(longest) });
    expect(longest).toBeLessThanOrEqual(LONG_TASK_LIMIT);
    await page.screenshot({ path: `test-results/quality-link-${what.replace(/\W/g, '')}.png` });
  });
}

// A 10 MB link cannot reach the page in Chromium (its URL limit is 2 MB); the link reader's own bound is
// tested in src/ui/share/link.hostile.test.ts.
