// Dev-only: serves/builds the editor harness page with the app's Vite settings.
import { defineConfig, mergeConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import appConfig from '../../../../vite.config';

export default mergeConfig(
  appConfig,
  defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    build: { outDir: '/tmp/podlab-editor-harness', emptyOutDir: true },
    preview: { port: 4174 },
  }),
);
