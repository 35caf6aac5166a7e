import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './src/ui/pwa/precachePlugin';

export default defineConfig({
  plugins: [react(), precacheServiceWorker()],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
