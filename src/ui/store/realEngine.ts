// The engine the app runs: the core's parser and simulator; simulations of edits run in a worker.
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { eventTimes } from '../../core/trace/frame';
import type { Engine } from './engine';
import { workerClient } from './workerProtocol';

function startWorker(): Engine['simulateText'] {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    return workerClient(worker);
  } catch {
    return undefined; // no workers here: simulate on the main thread
  }
}

export const realEngine: Engine = {
  parse: parseManifests,
  simulate,
  eventTimes,
  simulateText: startWorker(),
};
