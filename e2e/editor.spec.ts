// The Monaco manifest editor, through the real app at '/' (the production build): lazy loading,
// schema completion / hover / validation from the bundled Kubernetes schema (offline), and PodLab's
// own diagnostics as markers.
import { expect, test, type Page } from '@playwright/test';

const MODEL_URI = 'file:///pod.yaml';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "echo hello; sleep 3600"]
`;

interface MarkerView {
  owner: string;
  message: string;
  startLineNumber: number;
  severity: number;
}

/** The mounted Monaco editor of the manifest (the lazy chunk has loaded). */
async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  // Monaco loads when the learner reaches for the editor: a click on the preview (on line 1, so the
  // cursor starts where a freshly opened editor has it).
  await page.getByTestId('manifest-preview').locator('[data-line="1"]').click();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await page.waitForFunction(() => typeof (globalThis as { monaco?: unknown }).monaco === 'object');
}

/** Replace the text like a paste would: one edit through the model, which the app sees via onChange. */
async function setText(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([uri, value]) => {
      const m = (globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') })
        .monaco;
      const model = m.editor.getModel(m.Uri.parse(uri))!;
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
      model.pushStackElement();
    },
    [MODEL_URI, text] as const,
  );
}

async function modelText(page: Page): Promise<string> {
  return page.evaluate((uri) => {
    const m = (globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') })
      .monaco;
    return m.editor.getModel(m.Uri.parse(uri))!.getValue();
  }, MODEL_URI);
}

async function markers(page: Page): Promise<MarkerView[]> {
  return page.evaluate((uri) => {
    const m = (globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') })
      .monaco;
    return m.editor
      .getModelMarkers({ resource: m.Uri.parse(uri) })
      .map(({ owner, message, startLineNumber, severity }) => ({
        owner,
        message,
        startLineNumber,
        severity,
      }));
  }, MODEL_URI);
}

/** The text as the app's store holds it (what onChange delivered), through the app's test hook. */
async function appText(page: Page): Promise<string> {
  return page.evaluate(
    () => (window as unknown as { __podlab: { getState(): { text: string } } }).__podlab.getState().text,
  );
}

/** Put the cursor at (line, column) and focus the editor. */
async function placeCursor(page: Page, lineNumber: number, column: number): Promise<void> {
  await page.evaluate(
    ([line, col]) => {
      const m = (globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') })
        .monaco;
      const editor = m.editor.getEditors()[0];
      editor.setPosition({ lineNumber: line, column: col });
      editor.focus();
    },
    [lineNumber, column] as const,
  );
}

/** The screen position of the text `needle` on a line, for hovering it with the mouse. */
async function textPosition(
  page: Page,
  lineNumber: number,
  needle: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([line, text]) => {
      const m = (globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') })
        .monaco;
      const editor = m.editor.getEditors()[0];
      const column = editor.getModel()!.getLineContent(line).indexOf(text) + 2;
      editor.revealLineInCenter(line);
      const pos = editor.getScrolledVisiblePosition({ lineNumber: line, column })!;
      const box = editor.getDomNode()!.getBoundingClientRect();
      return { x: box.left + pos.left + 2, y: box.top + pos.top + pos.height / 2 };
    },
    [lineNumber, needle] as const,
  );
}

test('the first-load JS does not contain Monaco; the editor chunk loads lazily', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const entries = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+\.js)"/g),
  ];
  expect(entries.length).toBeGreaterThan(0);
  for (const [, src] of entries) {
    const js = await (await request.get(new URL(src, 'http://127.0.0.1/').pathname)).text();
    // Strings only Monaco's code carries (the app itself may mention the `.monaco-editor` class).
    for (const marker of ['MonacoEnvironment', 'editor.worker', 'yaml.worker'])
      expect(js, src).not.toContain(marker);
  }
  await openEditor(page);
});

test('the YAML language service runs in its web worker, offline, without errors', async ({ page }) => {
  // monaco-yaml falls back to the main thread and stops validating when the worker cannot start
  // ("Could not create web worker(s)", "Missing requestHandler or method: doValidation").
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (/web worker|requestHandler/i.test(message.text())) problems.push(message.text());
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Everything is bundled: no schema download, no CDN.
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(url.href);
  });
  await openEditor(page);
  await setText(page, POD.replace('    - name: app', '    - name: app\n      bogus: 1'));
  await expect.poll(async () => (await markers(page)).some((m) => m.owner === 'yaml')).toBe(true);
  expect(workers.some((url) => /yaml\.worker/.test(url))).toBe(true);
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
});

test('completion offers imagePullPolicy and then its enum values', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.replace('      command:', '      \n      command:'));
  // Line 9 is the empty line inside the container mapping, indented 6 spaces.
  await placeCursor(page, 9, 7);
  await page.keyboard.type('imagePull');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest.locator('.monaco-list-row', { hasText: 'imagePullPolicy' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => modelText(page)).toContain('imagePullPolicy:');

  // Now the value: the suggestions are the schema's enum.
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toBeVisible();
  for (const value of ['Always', 'IfNotPresent', 'Never']) {
    await expect(suggest.locator('.monaco-list-row', { hasText: value })).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath('editor-completion.png') });
});

test('hovering a key shows the field documentation from the schema', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD);
  const doc = page.locator('.monaco-hover-content').filter({ hasText: 'Container image name' });
  // The YAML worker may still be starting when the mouse first arrives (then Monaco shows no hover
  // until the mouse moves again): move away and back until the documentation shows.
  await expect(async () => {
    const { x, y } = await textPosition(page, 8, 'image');
    await page.mouse.move(x, y + 200);
    await page.mouse.move(x, y);
    await expect(doc).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // Headed by the schema definition the field belongs to.
  await expect(doc).toContainText(/^Container/);
  await page.waitForTimeout(400); // let the fade-in finish before the screenshot
  await page.screenshot({ path: test.info().outputPath('editor-hover.png') });
});

test('an unknown key gets a schema marker, fixed when the key is fixed', async ({ page }) => {
  await openEditor(page);
  await setText(
    page,
    POD.replace('      image: busybox:1.36', '      image: busybox:1.36\n      imagePullPolicyy: Always'),
  );
  await expect
    .poll(
      async () => (await markers(page)).find((m) => m.owner === 'yaml' && m.startLineNumber === 9)?.message,
    )
    .toMatch(/imagePullPolicyy/);
  await page.screenshot({ path: test.info().outputPath('editor-unknown-key.png') });
  // monaco-yaml reports schema problems as warnings (the API server's own strict-decoding error comes
  // from PodLab's parser, as a `podlab` marker).
  await expect(
    page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first(),
  ).toBeVisible();

  await setText(page, POD);
  await expect.poll(async () => (await markers(page)).filter((m) => m.owner === 'yaml')).toEqual([]);
});

test('a valid stream of Pod, Service, ConfigMap and Secret gets no schema markers', async ({ page }) => {
  await openEditor(page);
  const stream = `${POD}---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
      protocol: TCP
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Secret
metadata:
  name: token
type: Opaque
stringData:
  token: abc
`;
  await setText(page, stream);
  // Then break the Service: the marker lands in its document, with the Service schema's words.
  await expect.poll(async () => (await markers(page)).filter((m) => m.owner === 'yaml')).toEqual([]);
  await setText(page, stream.replace('      protocol: TCP', '      protocol: TCP\n      nodePortt: 30080'));
  await expect
    .poll(async () => (await markers(page)).find((m) => m.owner === 'yaml')?.message)
    .toMatch(/nodePortt/);
});

test('PodLab diagnostics show as markers with their exact message', async ({ page }) => {
  await openEditor(page);
  // Our parser (not the schema) reports the missing image, with the API server's exact text.
  await setText(page, POD.replace('      image: busybox:1.36\n', ''));
  await expect
    .poll(async () => (await markers(page)).filter((m) => m.owner === 'podlab').map((m) => m.message))
    .toContain('spec.containers[0].image: Required value');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  // Hovering the squiggle shows the message as the learner will meet it from kubectl.
  const line = (await markers(page)).find((m) => m.owner === 'podlab')!.startLineNumber;
  const message = page
    .locator('.monaco-hover')
    .filter({ hasText: 'spec.containers[0].image: Required value' });
  await expect(async () => {
    const { x, y } = await textPosition(page, line, 'name');
    await page.mouse.move(x, y + 200);
    await page.mouse.move(x, y);
    await expect(message.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.waitForTimeout(400); // let the fade-in finish before the screenshot
  await page.screenshot({ path: test.info().outputPath('editor-podlab-marker.png') });
});

test('Tab inserts two spaces and every edit reaches the app', async ({ page }) => {
  await openEditor(page);
  await setText(page, 'a: 1\n');
  await placeCursor(page, 2, 1);
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');
  await expect.poll(() => modelText(page)).toBe('a: 1\n  x');
  // onChange fired for the keystrokes: the app's own copy of the text has them.
  await expect.poll(() => appText(page)).toBe('a: 1\n  x');
});

test('fast typing is not undone by the app handing the text back late', async ({ page }) => {
  await openEditor(page);
  await setText(page, 'metadata:\n  name: ');
  await placeCursor(page, 2, 9);
  await page.keyboard.type('a-fairly-long-pod-name-typed-quickly', { delay: 0 });
  const expected = 'metadata:\n  name: a-fairly-long-pod-name-typed-quickly';
  await expect.poll(() => modelText(page)).toBe(expected);
  await expect.poll(() => appText(page)).toBe(expected);
});

test('a text replaced by the app (reset) reaches the editor, and undo brings the old one back', async ({
  page,
}) => {
  await openEditor(page);
  await setText(page, POD);
  await expect.poll(() => appText(page)).toBe(POD);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('reset-example').click();
  await expect.poll(() => modelText(page)).toContain('name: myapp-pod');
  await expect.poll(() => appText(page)).toBe(await modelText(page));
  // The replacement is an undoable edit, and undoing it is an edit the app hears about.
  await placeCursor(page, 1, 1);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => modelText(page)).toBe(POD);
  await expect.poll(() => appText(page)).toBe(POD);
});

test('the light preview shows the manifest; Monaco loads only when the learner reaches for it', async ({
  page,
}) => {
  // Hold the editor chunk back, and note whether the page asks for it at all.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/MonacoManifestEditor-[^/]*\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('/');
  const preview = page.getByTestId('manifest-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('apiVersion');
  await expect(preview.locator('.podlab-preview-number').first()).toHaveText('1');
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  await page.screenshot({ path: test.info().outputPath('editor-preview.png') });
  await page.waitForTimeout(1000);
  expect(requested).toBe(false);

  // A click on line 7 opens the editor there (the preview says it is loading meanwhile).
  await preview.locator('[data-line="7"]').click();
  await expect(preview).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect(preview).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = (
          globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') }
        ).monaco;
        return m.editor.getEditors()[0]?.getPosition()?.lineNumber;
      }),
    )
    .toBe(7);
});

test('keyboard: focusing the preview opens the editor with the focus in it', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('manifest-preview').locator('pre').focus();
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor')).toBeVisible({
    timeout: 30_000,
  });
  await expect
    .poll(() =>
      page.evaluate(
        () => !!document.activeElement?.closest('[data-testid="manifest-editor"] .monaco-editor'),
      ),
    )
    .toBe(true);
});

test('clicking a problem puts the cursor on its line', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD.replace('      image: busybox:1.36\n', ''));
  const problem = page.getByTestId('problem').filter({ hasText: 'spec.containers[0].image: Required value' });
  await problem.click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = (
          globalThis as unknown as { monaco: typeof import('monaco-editor/esm/vs/editor/editor.api') }
        ).monaco;
        const editor = m.editor.getEditors()[0];
        return { line: editor.getPosition()?.lineNumber, focused: editor.hasTextFocus() };
      }),
    )
    .toEqual({ line: 7, focused: true });
});

test('selecting a diagram node highlights its lines in the editor', async ({ page }) => {
  await openEditor(page);
  await setText(page, POD);
  await expect.poll(() => appText(page)).toBe(POD);
  await page.getByTestId('node-container-app').click();
  const highlighted = page.locator('[data-testid="manifest-editor"] .podlab-highlight-line');
  await expect(highlighted.first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('editor-highlight.png') });
});

test('the editor is a named text box that keyboard users can reach', async ({ page }) => {
  await openEditor(page);
  const box = page.getByRole('textbox', { name: 'Kubernetes manifest editor' });
  // Monaco's input element is a tiny off-screen-styled box over the cursor: attached, not "visible".
  await expect(box).toHaveCount(1);
  await box.focus();
  await page.keyboard.type('#');
  await expect.poll(() => appText(page)).toMatch(/^#/);
});

test('the theme follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEditor(page);
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor.vs-dark')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('editor-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('[data-testid="manifest-editor"] .monaco-editor.vs')).toBeVisible();
});
