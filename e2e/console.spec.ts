// The kubectl console end to end: commands typed by keyboard run at the player's time, answer from the
// recomputed trace, stream with -w, open an exec shell; history and Tab completion without a mouse.
import { expect, test, type Page } from '@playwright/test';

const SIDECAR = `apiVersion: v1
kind: Pod
metadata:
  name: app-with-sidecar
spec:
  initContainers:
  - name: logshipper
    image: busybox:1.28
    restartPolicy: Always
    command: ['sh', '-c', 'tail -F /opt/logs.txt']
    volumeMounts:
    - name: data
      mountPath: /opt
  containers:
  - name: myapp
    image: busybox:1.28
    command: ['sh', '-c', 'while true; do echo "logging" >> /opt/logs.txt; sleep 1; done']
    volumeMounts:
    - name: data
      mountPath: /opt
  volumes:
  - name: data
    emptyDir: {}
`;

interface Hook {
  setText(text: string): void;
  getState(): { t: number; inputs: { t: number; command: string }[] };
}

const input = (page: Page) => page.getByTestId('console-input');
const output = (page: Page) => page.getByTestId('console-output');
const lastEntry = (page: Page) => page.getByTestId('console-entry').last();

async function type(page: Page, line: string) {
  await input(page).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

async function setTime(page: Page, ms: number) {
  await page.getByTestId('player-scrubber').fill(String(ms));
  await expect(page.getByTestId('player-time')).toHaveText(`${ms / 1000}s`);
}

function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

test('Services created from the console let the seed pod run; logs and get answer at the player time', async ({
  page,
}) => {
  const errors = guard(page);
  await page.goto('/');
  await setTime(page, 10_000);

  await type(page, 'kubectl logs myapp-pod -c init-myservice');
  await expect(lastEntry(page)).toContainText('waiting for myservice');
  await type(page, 'kubectl get pods');
  await expect(lastEntry(page)).toContainText(/myapp-pod\s+0\/1\s+Init:0\/2\s+0\s+10s/);
  await type(page, 'kubectl get pods --foo');
  await expect(lastEntry(page)).toContainText(
    "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.",
  );

  await type(page, 'kubectl create service clusterip myservice --tcp=80:9376');
  await expect(lastEntry(page)).toContainText('service/myservice created');
  await type(page, 'kubectl create service clusterip mydb --tcp=80:9377');
  await expect(lastEntry(page)).toContainText('service/mydb created');
  // The commands are inputs at t=10s: on the timeline, and the trace was recomputed with them.
  const inputs = await page.evaluate(
    () => (window as unknown as { __podlab: Hook }).__podlab.getState().inputs,
  );
  expect(inputs.filter((i) => i.command.startsWith('kubectl create service')).map((i) => i.t)).toEqual([
    10_000, 10_000,
  ]);

  // Each command is a marker on the player's timeline.
  await expect(page.getByTestId('marker-10000')).toBeAttached();

  // Watch the pod go Running as the player advances.
  await type(page, 'kubectl describe pod myapp-pod');
  await expect(lastEntry(page)).toContainText('Status:           Pending');
  await type(page, 'kubectl get pods -w');
  await expect(lastEntry(page)).toContainText(/NAME\s+READY\s+STATUS/);
  await setTime(page, 40_000);
  await expect(page.getByTestId('console-stream')).toContainText(/myapp-pod\s+1\/1\s+Running/);
  await expect(page.getByTestId('pod-row')).toContainText('Running');
  await page.screenshot({ path: 'test-results/console-watch.png' });
  await input(page).press('Control+c');
  await expect(page.getByTestId('console-stream')).toContainText('^C');

  // Scrubbing back before the commands shows the world without them.
  await setTime(page, 5_000);
  await expect(page.getByTestId('pod-row')).toContainText('Init:0/2');
  await expect(
    page.locator('.console-ahead').filter({ hasText: 'kubectl create service clusterip myservice' }),
  ).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a pasted heredoc applies its body at the player time', async ({ page }) => {
  await page.goto('/');
  await setTime(page, 4_000);
  await input(page).focus();
  await page.keyboard.insertText(
    'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: myservice\nspec:\n  ports:\n  - port: 80\nEOF',
  );
  await page.keyboard.press('Enter');
  await expect(lastEntry(page)).toContainText('service/myservice created');
  await type(page, 'kubectl get svc myservice');
  await expect(lastEntry(page)).toContainText(
    /myservice\s+ClusterIP\s+10\.96\.\d+\.\d+\s+<none>\s+80\/TCP\s+0s/,
  );
  await type(page, 'kubectl apply -f pod.yaml');
  await expect(lastEntry(page)).toContainText('pod/myapp-pod unchanged');
});

test('exec -it into a sidecar example opens a shell that reads the shared log file', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/');
  await page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), SIDECAR);
  await expect(page.getByTestId('pod-row')).toContainText('app-with-sidecar');
  await setTime(page, 15_000);
  await type(page, 'kubectl exec -it app-with-sidecar -c logshipper -- sh');
  await expect(input(page)).toHaveAttribute('aria-label', /app-with-sidecar/);
  await expect(page.locator('.console-input-row .console-prompt')).toHaveText('/ #');
  await type(page, 'cat /opt/logs.txt | head -3');
  await expect(lastEntry(page)).toContainText('logging\nlogging\nlogging');
  await type(page, 'ls /opt');
  await expect(lastEntry(page)).toContainText('logs.txt');
  await page.screenshot({ path: 'test-results/console-exec.png' });
  await input(page).press('Control+d');
  await expect(page.locator('.console-input-row .console-prompt')).toHaveText('$');
  // logs -f keeps printing what the sidecar ships as the player advances, until Ctrl+C.
  await type(page, 'kubectl logs -f app-with-sidecar -c logshipper');
  await expect(lastEntry(page)).toContainText('logging');
  await setTime(page, 20_000);
  await expect(page.getByTestId('console-stream')).toContainText('logging');
  await input(page).press('Control+c');
  await expect(page.getByTestId('console-stream')).toContainText('^C');
  await type(page, 'kubectl logs app-with-sidecar --tail 2');
  await expect(lastEntry(page)).toContainText('Defaulted container "myapp" out of: myapp, logshipper (init)');
  expect(errors).toEqual([]);
});

test('history and completion work from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await setTime(page, 3_000);
  // Tab into the console from the page, as a keyboard user would.
  await input(page).focus();
  await page.keyboard.type('kubectl get po');
  await page.keyboard.press('Tab');
  await expect(input(page)).toHaveValue('kubectl get pods ');
  await page.keyboard.type('my');
  await page.keyboard.press('Tab');
  await expect(input(page)).toHaveValue('kubectl get pods myapp-pod ');
  await page.keyboard.press('Enter');
  await expect(lastEntry(page)).toContainText('myapp-pod');
  await page.keyboard.type('kubectl logs myapp-pod -c init-');
  await page.keyboard.press('Tab');
  await expect(input(page)).toHaveValue('kubectl logs myapp-pod -c init-my');
  // A second Tab with nothing more in common lists the candidates, as bash does.
  await page.keyboard.press('Tab');
  await expect(lastEntry(page)).toContainText('init-myservice  init-mydb');
  await page.keyboard.press('Control+c');
  await expect(input(page)).toHaveValue('');
  await page.keyboard.type('kubectl version');
  await page.keyboard.press('Enter');
  await expect(lastEntry(page)).toContainText('Client Version: v1.34.0');
  await page.keyboard.press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl version');
  await page.keyboard.press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl get pods myapp-pod ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(input(page)).toHaveValue('');
  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('console-entry')).toHaveCount(0);
  await expect(output(page)).toHaveAttribute('aria-live', 'polite');
  await page.screenshot({ path: 'test-results/console-keyboard.png' });
  // The console folds away and back, for more room around the diagram.
  await page.getByTestId('console-toggle').press('Enter');
  await expect(input(page)).toBeHidden();
  await expect(page.getByTestId('console-toggle')).toHaveAttribute('aria-expanded', 'false');
  await page.getByTestId('console-toggle').press('Enter');
  await expect(input(page)).toBeVisible();
  // In Korean, the console's own texts change; kubectl's output never does.
  await page.getByRole('button', { name: '한국어' }).click();
  await type(page, 'kubectl get pod myapp-pod');
  await expect(lastEntry(page)).toContainText('NAME        READY   STATUS');
  await expect(page.locator('.console-title')).toHaveText('콘솔');
  await page.screenshot({ path: 'test-results/console-korean.png' });
});

test('kubectl delete pod prints at once but holds the prompt until the pod is gone', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/');
  await setTime(page, 10_000);
  await expect(page.getByTestId('pod-row')).toContainText('Init:0/2');
  await type(page, 'kubectl delete pod myapp-pod');
  await expect(lastEntry(page)).toContainText('pod "myapp-pod" deleted');
  // init-myservice (sh without a TERM trap) is SIGKILLed after the 30 s grace period: kubectl waits.
  await expect(page.getByTestId('console-hint')).toContainText('still waiting');
  await expect(input(page)).toHaveAttribute('readonly', '');
  await setTime(page, 45_000);
  await expect(page.getByTestId('console-hint')).not.toContainText('still waiting');
  await expect(input(page)).not.toHaveAttribute('readonly', '');
  await type(page, 'kubectl get pods');
  await expect(lastEntry(page)).toContainText('No resources found in default namespace.');
  expect(errors).toEqual([]);
});
