// Dev-only: runs e2e/editor.spec.ts against the app's production build (dist/) on its own port, so it
// does not collide with other Playwright runs on 4173. The official run is `npx playwright test`.
import { defineConfig } from '@playwright/test';
import appConfig from '../../../../playwright.config';

export default defineConfig({
  ...appConfig,
  testDir: '../../../../e2e',
  testMatch: 'editor.spec.ts',
  outputDir: '/tmp/podlab-editor-app-results',
  use: { ...appConfig.use, baseURL: 'http://127.0.0.1:4175', screenshot: 'only-on-failure' },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4175 --strictPort',
    cwd: '../../../..',
    url: 'http://127.0.0.1:4175',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
