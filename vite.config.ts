import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './src/ui/pwa/precachePlugin';
import { CONTENT_SECURITY_POLICY, CSP_META_TAG } from './src/core/quality/csp';
import { seedSnapshotPlugin } from './src/ui/store/seedSnapshotPlugin';

// The CSP goes into the built page only: Vite's dev server needs an inline HMR preamble.
const contentSecurityPolicy = {
  name: 'podlab-csp',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace(/<meta charset="UTF-8" \/>|<head>/, (tag) => `${tag}\n    ${CSP_META_TAG}`),
};

export default defineConfig({
  plugins: [react(), seedSnapshotPlugin(), precacheServiceWorker(), contentSecurityPolicy],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  // Served as a header too, so the workers (which a <meta> policy does not reach) run under it.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
