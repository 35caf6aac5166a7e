import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests run without the build's seed snapshot (src/ui/store/seedSnapshot.ts): the store then
  // asks the engine, as in `vite dev`.
  resolve: {
    alias: {
      'virtual:podlab-seed-snapshot': new URL('./src/ui/store/noSnapshot.ts', import.meta.url).pathname,
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
