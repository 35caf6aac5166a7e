// Runs at build time (Node), from seedSnapshotPlugin.ts: the seed's analysis as the store's first
// load asks for it and the worker would answer it.
import { toPlainParse } from '../../core/manifest/plain';
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { eventTimes } from '../../core/trace/frame';
import { DEFAULT_SIM_SEED, localEngine, simulationUntil } from './engine';
import { SEED_MANIFEST } from './seed';
import type { SeedSnapshot } from './seedSnapshot';

export function computeSeedSnapshot(): SeedSnapshot {
  const until = simulationUntil([]);
  const a = localEngine({ parse: parseManifests, simulate, eventTimes }).analyze(SEED_MANIFEST, [], {
    until,
    seed: DEFAULT_SIM_SEED,
  });
  return { text: SEED_MANIFEST, until, seed: DEFAULT_SIM_SEED, parse: toPlainParse(a.parse), trace: a.trace };
}
