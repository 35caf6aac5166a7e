// The engine the app runs. The core (YAML parser, validation, simulator, kubectl) lives in a Web
// Worker, started on first need, so the page's first load carries none of it; the first visit's
// first screen comes from the build's seed snapshot. Without workers (old browsers, unit tests in
// Node) the core is loaded into the page instead.
import { fromPlainParse } from '../../core/manifest/plain';
import { eventTimes } from '../../core/trace/frame';
import snapshot from 'virtual:podlab-seed-snapshot';
import type { Analysis, Engine, SimInput, SimOptions } from './engine';
import { snapshotAnswers } from './seedSnapshot';
import { workerClient, type WorkerClient } from './workerProtocol';

type Analyze = (text: string, inputs: SimInput[], opts: SimOptions) => Promise<Analysis>;
let elsewhere: (Pick<WorkerClient, 'analyze'> & Partial<WorkerClient>) | null = null;

function startWorker(): WorkerClient | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    return workerClient(worker);
  } catch {
    return null;
  }
}

const analyzeInPage: Analyze = async (text, inputs, opts) => {
  const { pageEngine } = await import('./pageEngine');
  return pageEngine.analyze(text, inputs, opts);
};

function analyzer() {
  elsewhere ??= startWorker() ?? { analyze: analyzeInPage };
  return elsewhere;
}

export const realEngine: Engine = {
  analyze(text, inputs, opts, early) {
    if (snapshotAnswers(snapshot, text, inputs, opts)) {
      return { parse: fromPlainParse(snapshot.parse), trace: snapshot.trace };
    }
    return analyzer().analyze(text, inputs, opts, early);
  },
  eventTimes,
  warmUp: (text, inputs, opts) => analyzer().warmUp?.(text, inputs, opts),
};
