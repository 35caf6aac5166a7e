import { describe, expect, it } from 'vitest';
import type { PlainParseResult } from '../../core/manifest/plain';
import { seedPod, seedTrace } from '../test-fixtures/seed.fixture';
import { workerClient, type SimRequest, type SimResponse } from './workerProtocol';

function fakeWorker() {
  const sent: SimRequest[] = [];
  const w = {
    onmessage: null as ((e: MessageEvent<SimResponse>) => void) | null,
    postMessage: (m: SimRequest) => void sent.push(m),
    reply: (r: SimResponse) => w.onmessage?.({ data: r } as MessageEvent<SimResponse>),
  };
  return { w, sent };
}

const containerRange = { startLine: 5, startColumn: 5, endLine: 8, endColumn: 1 };
const { rangeOf: _unused, ...pod } = seedPod;
const plainParse: PlainParseResult = {
  objects: [{ ...pod, ranges: { 'spec.containers[0]': containerRange } }],
  diagnostics: [],
};

describe('workerClient', () => {
  it('matches replies to requests by id, in any order', async () => {
    const { w, sent } = fakeWorker();
    const run = workerClient(w);
    const a = run('a', [], { until: 1000 });
    const b = run('b', [], { until: 2000, seed: 7 });
    expect(sent.map((m) => [m.id, m.text, m.until, m.seed])).toEqual([
      [1, 'a', 1000, undefined],
      [2, 'b', 2000, 7],
    ]);
    w.reply({ id: 2, parse: plainParse, trace: { ...seedTrace, until: 2000 } });
    w.reply({ id: 1, failure: 'boom' });
    const answer = await b;
    expect(answer.trace).toMatchObject({ until: 2000 });
    // The page gets `rangeOf` back, answering from the ranges the worker resolved.
    expect(answer.parse.objects[0]!.rangeOf('spec.containers[0]')).toEqual(containerRange);
    expect(answer.parse.objects[0]!.rangeOf('spec.volumes[0]')).toBeUndefined();
    await expect(a).rejects.toThrow('boom');
  });

  it('ignores replies nobody waits for', () => {
    const { w } = fakeWorker();
    workerClient(w);
    expect(() => w.reply({ id: 99, parse: plainParse, trace: seedTrace })).not.toThrow();
  });
});
