// Runs the core off the main thread: text in, trace out. Parsing again here is cheap and keeps the
// message plain data (ManifestObject carries functions, which cannot cross to a worker).
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import type { SimRequest, SimResponse } from './workerProtocol';

const post = (r: SimResponse) => (self as unknown as { postMessage(m: SimResponse): void }).postMessage(r);

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const { id, text, inputs, until, seed } = e.data;
  try {
    const parse = parseManifests(text);
    post({ id, trace: simulate(parse.objects, inputs, { until, seed }) });
  } catch (err) {
    post({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
