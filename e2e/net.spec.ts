// Cluster networking in the browser: an ambassador container forwards localhost to a Service whose
// pod answers; the diagram shows the localhost hop and the connection to the Service.
import { expect, test, type Page } from '@playwright/test';

const AMBASSADOR = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ['sh', '-c', 'sleep 3; while true; do wget -qO- http://localhost:8080/; sleep 2; done']
  - name: ambassador
    image: busybox:1.36
    command: ['nc', '-lk', '-p', '8080', '-e', 'nc', 'db-svc', '80']
---
apiVersion: v1
kind: Pod
metadata:
  name: db
  labels: {app: db}
spec:
  containers:
  - name: db
    image: busybox:1.36
    command: ['sh', '-c', 'mkdir /www && echo "rows from db" > /www/index.html && httpd -f -p 5000 -h /www']
---
apiVersion: v1
kind: Service
metadata:
  name: db-svc
spec:
  selector: {app: db}
  ports: [{port: 80, targetPort: 5000}]
`;

interface Hook {
  setText(text: string): void;
}

async function load(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);
  await expect(page.getByTestId('node-pod')).toContainText('app');
}

test('ambassador: localhost to the ambassador, the ambassador to the Service', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await load(page, AMBASSADOR);
  await page.getByTestId('player-scrubber').fill('7100');
  const local = page.locator('.react-flow__edge[data-id="connect:app:port:8080"]');
  await expect(local).toHaveClass(/connect-ok/);
  const toService = page.locator('.react-flow__edge[data-id="connect:ambassador:service:db-svc"]');
  await expect(toService).toHaveClass(/connect-ok/);
  await page.getByTestId('diagram').screenshot({ path: 'test-results/net-ambassador.png' });
  expect(errors).toEqual([]);
});
