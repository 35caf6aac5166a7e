// Runs the core off the main thread: text in, parse result and trace out. The page's own bundle
// then needs neither the YAML parser nor the simulator.
import { toPlainParse } from '../../core/manifest/plain';
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { errorText, localEngine } from './engine';
import { postAnswer, type SimRequest, type SimResponse } from './workerProtocol';

const post = (r: SimResponse) => (self as unknown as { postMessage(m: SimResponse): void }).postMessage(r);
const engine = localEngine({ parse: parseManifests, simulate, eventTimes: () => [] });

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const { id, text, inputs, until, seed } = e.data;
  try {
    const a = engine.analyze(text, inputs, { until, seed });
    postAnswer(post, id, {
      parse: toPlainParse(a.parse),
      trace: a.trace,
      ...(a.error ? { error: a.error } : {}),
    });
  } catch (err) {
    post({ id, failure: errorText(err) });
  }
};
