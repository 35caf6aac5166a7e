// A Vite plugin for `virtual:podlab-seed-snapshot` (see seedSnapshot.ts): in a production build,
// the seed manifest analysed by the core exactly as the worker would (same engine, same options as
// the store's first load); in the dev server, null, so an edited core is never shown stale.
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:podlab-seed-snapshot';
const RESOLVED = '\0' + ID;

export function seedSnapshotPlugin(): Plugin {
  let build = false;
  return {
    name: 'podlab-seed-snapshot',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return 'export default null;';
      // Through Vite's module runner, so the config itself does not bundle the core.
      const { module } = await runnerImport<typeof import('./computeSeedSnapshot')>(
        new URL('./computeSeedSnapshot.ts', import.meta.url).pathname,
      );
      const { computeSeedSnapshot } = module;
      // JSON.parse of a string literal is the quickest way for an engine to read a big object.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(computeSeedSnapshot()))});`;
    },
  };
}
