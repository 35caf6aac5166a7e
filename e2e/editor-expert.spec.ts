// The editor as a Kubernetes expert: quick fixes on PodLab's markers, snippets (Insert menu and
// completion), Format, enum completion, hover docs, and the "Why?" explanation of each problem.
import { expect, test, type Page } from '@playwright/test';

const MODEL_URI = 'file:///pod.yaml';
type MonacoApi = typeof import('monaco-editor/esm/vs/editor/editor.api');

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'echo hello; sleep 3600']
`;

async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('manifest-preview').locator('[data-line="1"]').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForFunction(() => typeof (globalThis as { monaco?: unknown }).monaco === 'object');
}

async function setText(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([uri, value]) => {
      const m = (globalThis as unknown as { monaco: MonacoApi }).monaco;
      const model = m.editor.getModel(m.Uri.parse(uri))!;
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    },
    [MODEL_URI, text] as const,
  );
}

async function modelText(page: Page): Promise<string> {
  return page.evaluate((uri) => {
    const m = (globalThis as unknown as { monaco: MonacoApi }).monaco;
    return m.editor.getModel(m.Uri.parse(uri))!.getValue();
  }, MODEL_URI);
}

async function podlabMarkers(page: Page): Promise<{ message: string; line: number; column: number }[]> {
  return page.evaluate((uri) => {
    const m = (globalThis as unknown as { monaco: MonacoApi }).monaco;
    return m.editor
      .getModelMarkers({ resource: m.Uri.parse(uri), owner: 'podlab' })
      .map((k) => ({ message: k.message, line: k.startLineNumber, column: k.startColumn }));
  }, MODEL_URI);
}

async function placeCursor(page: Page, lineNumber: number, column: number): Promise<void> {
  await page.evaluate(
    ([line, col]) => {
      const editor = (globalThis as unknown as { monaco: MonacoApi }).monaco.editor.getEditors()[0]!;
      editor.setPosition({ lineNumber: line, column: col });
      editor.revealLineInCenter(line);
      editor.focus();
    },
    [lineNumber, column] as const,
  );
}

async function textPosition(
  page: Page,
  lineNumber: number,
  needle: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([line, text]) => {
      const editor = (globalThis as unknown as { monaco: MonacoApi }).monaco.editor.getEditors()[0]!;
      const column = editor.getModel()!.getLineContent(line).indexOf(text) + 2;
      editor.revealLineInCenter(line);
      const pos = editor.getScrolledVisiblePosition({ lineNumber: line, column })!;
      const box = editor.getDomNode()!.getBoundingClientRect();
      return { x: box.left + pos.left + 2, y: box.top + pos.top + pos.height / 2 };
    },
    [lineNumber, needle] as const,
  );
}

/** Open the quick-fix menu on the marker at `message`, choose `title`, and wait for the marker to go. */
async function applyQuickFix(page: Page, message: string, title: string, shot: string): Promise<void> {
  await expect.poll(async () => (await podlabMarkers(page)).some((m) => m.message === message)).toBe(true);
  const marker = (await podlabMarkers(page)).find((m) => m.message === message)!;
  await placeCursor(page, marker.line, marker.column + 1);
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: title });
  await expect(item).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`expert-${shot}.png`) });
  // Choose it with the keyboard: several fixes may apply where ranges overlap.
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < 5 && !((await focused.textContent()) ?? '').includes(title); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(focused).toContainText(title);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await podlabMarkers(page)).some((m) => m.message === message)).toBe(false);
}

test('quick fixes: a misspelt field, a missing volume, a duplicate container, a missing image', async ({
  page,
}) => {
  await openEditor(page);
  const broken = POD.replace('    command:', '    comand:').concat(
    '    volumeMounts:\n    - name: data\n      mountPath: /data\n  - name: app\n    command: [sleep, "60"]\n',
  );
  await setText(page, broken);
  await applyQuickFix(
    page,
    'unknown field "spec.containers[0].comand"',
    'Change "comand" to "command"',
    'typo',
  );
  await applyQuickFix(
    page,
    'spec.containers[0].volumeMounts[0].name: Not found: "data"',
    'Add volume "data"',
    'volume',
  );
  await applyQuickFix(
    page,
    'spec.containers[1].name: Duplicate value: "app"',
    'Rename to "app-2"',
    'duplicate',
  );
  await applyQuickFix(page, 'spec.containers[1].image: Required value', 'Add "image: busybox:1.36"', 'image');
  const text = await modelText(page);
  expect(text).toContain("    command: ['sh', '-c', 'echo hello; sleep 3600']\n");
  expect(text).toContain('  - name: app-2\n    image: busybox:1.36\n    command: [sleep, "60"]\n');
  expect(text).toMatch(/ {2}volumes:\n {2}- name: data\n {4}emptyDir: \{\}\n$/);
  await expect(page.getByTestId('problems')).toContainText(/No problems/);
  await page.screenshot({ path: test.info().outputPath('expert-fixed.png') });
});

test('Insert puts a pattern where it belongs and the pod runs it', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('insert-snippet').selectOption('sidecar');
  await expect.poll(() => modelText(page)).toContain('  - name: log-shipper\n');
  const text = await modelText(page);
  expect(text).toMatch(/ {2}volumes:\n {2}- name: app-logs\n {4}emptyDir: \{\}\n$/);
  await expect(page.getByTestId('problems')).toContainText(/No problems/);
  await expect(page.getByTestId('problem')).toHaveCount(0);
  // The Service snippet goes to a new document.
  await page.getByTestId('insert-snippet').selectOption('service');
  await expect
    .poll(() => modelText(page))
    .toContain('---\napiVersion: v1\nkind: Service\nmetadata:\n  name: myservice\n');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: test.info().outputPath('expert-insert.png') });
});

test('completion offers snippets, and enum values for restartPolicy', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.replace('  containers:\n', '  \n  containers:\n'));
  await placeCursor(page, 6, 3);
  await page.keyboard.type('restartPol');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest.locator('.monaco-list-row', { hasText: 'restartPolicy' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space');
  for (const value of ['Always', 'OnFailure', 'Never']) {
    await expect(suggest.locator('.monaco-list-row', { hasText: value })).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath('expert-enum.png') });
  await page.keyboard.press('Escape');
  // An init container from the completion list, on a new list line.
  await setText(page, `${POD}  initContainers:\n  `);
  await placeCursor(page, 12, 3);
  await page.keyboard.type('podlab-init');
  await expect(suggest.locator('.monaco-list-row', { hasText: 'podlab-init-container' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('expert-snippet-completion.png') });
  await page.keyboard.press('Enter');
  await expect
    .poll(() => modelText(page))
    .toContain(
      "  initContainers:\n  - name: init-setup\n    image: busybox:1.36\n    command: ['sh', '-c', 'echo preparing; sleep 2']\n",
    );
  await expect(page.getByTestId('problem')).toHaveCount(0);
});

test('hovering restartPolicy shows its documentation', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.replace('  containers:\n', '  restartPolicy: Never\n  containers:\n'));
  const doc = page.locator('.monaco-hover-content').filter({ hasText: 'Restart policy for all containers' });
  await expect(async () => {
    const { x, y } = await textPosition(page, 6, 'restartPolicy');
    await page.mouse.move(x, y + 200);
    await page.mouse.move(x, y);
    await expect(doc).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: test.info().outputPath('expert-hover.png') });
});

test('"Why?" explains a problem in the UI language and links its lesson', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.concat('    volumeMounts:\n    - name: data\n      mountPath: /data\n'));
  const why = page.getByTestId('problem-why');
  await expect(why).toHaveCount(1);
  await expect(why).toHaveText('Why?');
  await why.click();
  const help = page.getByTestId('problem-help');
  await expect(help).toContainText('api/not-found');
  await expect(help).toContainText('spec.volumes');
  await expect(help).toContainText('Ctrl+.');
  await expect(page.getByTestId('problem-lesson')).toContainText('CKA task: fix this broken pod');
  await page.screenshot({ path: test.info().outputPath('expert-why-en.png') });
  await page.evaluate(() => localStorage.setItem('podlab.lang', 'ko'));
  await page.reload();
  await page.getByTestId('manifest-preview').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByTestId('problem-why').click();
  await expect(page.getByTestId('problem-why')).toHaveText('왜?');
  await expect(page.getByTestId('problem-help')).toContainText('고치는 방법');
  await page.screenshot({ path: test.info().outputPath('expert-why-ko.png') });
  await page.getByTestId('problem-lesson').click();
  await expect.poll(() => modelText(page)).toContain('name: broken');
});

test('Format (button and Shift+Alt+F) reformats a valid manifest', async ({ page }) => {
  await openEditor(page);
  const messy = POD.replace('  name: web', '  name:     web').replace("command: ['sh'", "command:   ['sh'");
  await setText(page, messy);
  // The YAML worker may still be starting: click again until the formatter answers.
  await expect(async () => {
    await page.getByTestId('format-document').click();
    await expect.poll(() => modelText(page), { timeout: 2_000 }).toContain('  name: web\n');
  }).toPass({ timeout: 20_000 });
  // monaco-yaml's formatter (prettier): double quotes, one space after ":".
  expect(await modelText(page)).toContain('    command: ["sh", "-c", "echo hello; sleep 3600"]\n');
  await setText(page, messy);
  await placeCursor(page, 1, 1);
  await page.keyboard.press('Shift+Alt+F');
  await expect.poll(() => modelText(page)).toContain('  name: web\n');
  await expect(page.getByTestId('problem')).toHaveCount(0);
});

test('a YAML error (a tab) is explained in plain words, with a Why?', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.replace('    image: busybox:1.36', '\timage: busybox:1.36'));
  const problem = page.getByTestId('problem').first();
  await expect(problem).toContainText('tab character used for indentation: YAML only allows spaces here');
  await page.getByTestId('problem-why').first().click();
  await expect(page.getByTestId('problem-help')).toContainText('YAML indentation is spaces only');
  await page.screenshot({ path: test.info().outputPath('expert-yaml-tab.png') });
});
