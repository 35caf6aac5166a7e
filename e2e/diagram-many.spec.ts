// A pod with more containers than the diagram draws (containerCap.ts): the first few, and a summary
// node that says how many more there are, is reached and opened from the keyboard, lists them by
// state, reads in Korean, and passes axe. A 40-container pod is still drawn in full.
import { expect, test, type Page } from '@playwright/test';
import { axe, prefer } from './quality-a11y-helpers';
import { setText, waitForPod } from './quality-helpers';

const pod = (name: string, inits: number, apps: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n` +
  (inits
    ? '  initContainers:\n' +
      Array.from(
        { length: inits },
        (_, i) => `  - name: init-${i}\n    image: busybox:1.36\n    command: ['sh', '-c', 'sleep 1']\n`,
      ).join('')
    : '') +
  '  containers:\n' +
  Array.from(
    { length: apps },
    (_, i) => `  - name: app-${i}\n    image: busybox:1.36\n    command: ['sh', '-c', 'sleep 3600']\n`,
  ).join('');

const nodeIds = (page: Page, type: string) =>
  page.locator(`.react-flow__node-${type}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

test('a 60-container pod: six drawn, a summary of the rest that opens from the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await setText(page, pod('wide', 3, 57));
  await waitForPod(page, 'wide');
  await page.getByTestId('player-end').click();
  expect(await nodeIds(page, 'container')).toEqual([
    'container:init-0',
    'container:init-1',
    'container:init-2',
    'container:app-0',
    'container:app-1',
    'container:app-2',
  ]);
  const more = page.locator('.react-flow__node[data-id="more:app"]');
  await expect(more).toContainText('+54 more containers');
  await expect(more).toContainText('not drawn · 57 in all');
  await expect(more).toContainText('54Running');
  await expect(page.getByTestId('pod-row')).toContainText('57/57');

  // From the keyboard: a button, like the containers; Enter lists what it stands for.
  await page.locator('.react-flow__node[data-id="container:app-2"]').focus();
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('role', 'button');
  await expect(more).toHaveAccessibleDescription(/Enter or Space .* opens its details/);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('inspect');
  await expect(panel).toBeFocused();
  await expect(panel).toContainText('The diagram draws the first 3 of the pod’s 57 app containers');
  await expect(panel.getByTestId('inspect-more-group')).toContainText('Running (54)');
  await expect(panel).toContainText('app-3, app-4, app-5');
  await expect(panel).toContainText('… and 30 more');
  await axe(page, 'summary-light-en');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(more).toBeFocused();
});

test('the summary in Korean and the dark theme passes axe', async ({ page }) => {
  await prefer(page, 'dark', 'ko');
  await page.goto('/');
  await setText(page, pod('wide', 50, 50));
  await waitForPod(page, 'wide');
  await expect(page.locator('.react-flow__node[data-id="more:init"]')).toContainText('init 컨테이너 47개 더');
  await expect(page.locator('.react-flow__node[data-id="more:app"]')).toContainText('컨테이너 47개 더');
  await page.locator('.react-flow__node[data-id="more:init"]').click();
  await expect(page.getByTestId('inspect')).toContainText('상태별');
  await axe(page, 'summary-dark-ko');
});

test('a 40-container pod is drawn in full', async ({ page }) => {
  await page.goto('/');
  await setText(page, pod('forty', 0, 40));
  await waitForPod(page, 'forty');
  await expect(page.locator('.react-flow__node-container')).toHaveCount(40);
  await expect(page.locator('.react-flow__node-more')).toHaveCount(0);
});
