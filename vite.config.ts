import fs from 'node:fs';
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

// The page's frame paints before any request comes back: shell.css goes inline into <head>, and the
// app's stylesheet moves to the end of <body>, where it holds no paint of what is above it (the
// header index.html carries). The app's module script still waits for it (scripts wait for the style
// sheets the parser has met), so React never renders unstyled.
const shellFirst = {
  name: 'podlab-shell-first',
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string) {
      const shell = fs
        .readFileSync(new URL('./src/ui/styles/shell.css', import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .trim();
      const sheets: string[] = [];
      const page = html.replace(/\n?[ \t]*<link rel="stylesheet"[^>]*>/g, (link) => {
        sheets.push(link.trim());
        return '';
      });
      return page
        .replace('</head>', `  <style>${shell}</style>\n  </head>`)
        .replace('</body>', sheets.map((link) => `  ${link}\n`).join('') + '  </body>');
    },
  },
};

export default defineConfig({
  plugins: [react(), seedSnapshotPlugin(), precacheServiceWorker(), contentSecurityPolicy, shellFirst],
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
