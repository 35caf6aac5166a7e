import { describe, expect, it } from 'vitest';
import type { PlainParseResult } from '../../core/manifest/plain';
import { seedPod, seedTrace } from '../test-fixtures/seed.fixture';
import type { Trace } from '../../core/trace/types';
import {
  postAnswer,
  postEarly,
  SUPERSEDED,
  workerClient,
  type SimRequest,
  type SimResponse,
} from './workerProtocol';
import type { Analysis } from './engine';

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
    const run = workerClient(w).analyze;
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

  it('asks once for a request already on its way (an edit and its debounced recompute)', async () => {
    const { w, sent } = fakeWorker();
    const run = workerClient(w).analyze;
    const first = run('a', [], { until: 1000 });
    const again = run('a', [], { until: 1000 });
    const other = run('a', [{ t: 0, command: 'kubectl get pod' }], { until: 1000 });
    expect(again).toBe(first);
    expect(sent.map((m) => m.id)).toEqual([1, 2]);
    w.reply({ id: 1, parse: plainParse, trace: seedTrace });
    await first;
    // Once answered, the same request is asked again (the store decides when to recompute).
    void run('a', [], { until: 1000 });
    expect(sent.map((m) => m.id)).toEqual([1, 2, 3]);
    w.reply({ id: 2, failure: 'x' });
    await expect(other).rejects.toThrow('x');
  });

  it('sends a warm-up request that expects no answer', () => {
    const { w, sent } = fakeWorker();
    const client = workerClient(w);
    client.warmUp('a', [], { until: 1000, seed: 1 });
    const answer = client.analyze('a', [], { until: 1000, seed: 1 });
    expect(sent.map((m) => [m.id, m.text, m.warmUp])).toEqual([
      [1, 'a', true],
      [2, 'a', undefined],
    ]);
    w.reply({ id: 2, parse: plainParse, trace: seedTrace });
    return expect(answer).resolves.toMatchObject({ trace: seedTrace });
  });

  it('hands an early, partial answer to its callback, then resolves with the whole one', async () => {
    const { w, sent } = fakeWorker();
    const early: Analysis[] = [];
    const answer = workerClient(w).analyze('a', [], { until: 600_000, at: 5_000 }, (a) => early.push(a));
    expect(sent[0]).toMatchObject({ id: 1, at: 5_000 });
    const partial = { ...seedTrace, until: 600_000, complete: 15_000 };
    w.reply({ id: 1, early: { parse: plainParse, trace: partial } });
    expect(early).toHaveLength(1);
    expect(early[0].trace).toEqual(partial);
    w.reply({ id: 1, parse: null, trace: { ...seedTrace, until: 600_000 } });
    const whole = await answer;
    expect(whole.trace).toMatchObject({ until: 600_000 });
    expect(whole.trace?.complete).toBeUndefined();
    // The whole answer left the parse out: it is the early one's, the same object.
    expect(whole.parse).toBe(early[0].parse);
  });

  it('rejects a request the worker dropped for a newer one', async () => {
    const { w } = fakeWorker();
    const answer = workerClient(w).analyze('a', [], { until: 1000 });
    w.reply({ id: 1, superseded: true });
    await expect(answer).rejects.toThrow(SUPERSEDED);
  });

  it('ignores replies nobody waits for', () => {
    const { w } = fakeWorker();
    workerClient(w);
    expect(() => w.reply({ id: 99, parse: plainParse, trace: seedTrace })).not.toThrow();
  });
});

describe('a big trace in parts', () => {
  const big: Trace = {
    ...seedTrace,
    events: Array.from({ length: 9000 }, (_, i) => ({ ...seedTrace.events[0], t: i })),
  };

  it('arrives as several messages, each a bounded slice, and resolves to the whole trace', async () => {
    const { w, sent } = fakeWorker();
    const run = workerClient(w).analyze;
    const answer = run('big', [], { until: 1000 });
    const messages: SimResponse[] = [];
    postAnswer((m) => messages.push(structuredClone(m)), sent[0].id, { parse: plainParse, trace: big });
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.slice(0, -1).every((m) => 'part' in m)).toBe(true);
    // A part for another request (superseded, or never asked) changes nothing.
    w.reply({ id: 99, part: { events: [big.events[0]] } });
    for (const m of messages) w.reply(m);
    expect(JSON.stringify((await answer).trace)).toBe(JSON.stringify(big));
  });

  it('sends a big early trace in parts too, then the answer in its own parts', async () => {
    const { w, sent } = fakeWorker();
    const early: Analysis[] = [];
    const answer = workerClient(w).analyze('big', [], { until: 1000 }, (a) => early.push(a));
    const messages: SimResponse[] = [];
    const id = sent[0].id;
    const partial = { ...big, complete: 500 };
    postEarly((m) => messages.push(structuredClone(m)), id, { parse: plainParse, trace: partial });
    postAnswer((m) => messages.push(structuredClone(m)), id, { parse: null, trace: big });
    expect(messages.filter((m) => 'part' in m).length).toBeGreaterThan(4);
    for (const m of messages) w.reply(m);
    expect(JSON.stringify(early[0].trace)).toBe(JSON.stringify(partial));
    expect(JSON.stringify((await answer).trace)).toBe(JSON.stringify(big));
  });

  it('sends a small trace and a failed parse as one message', () => {
    const messages: SimResponse[] = [];
    postAnswer((m) => messages.push(m), 1, { parse: plainParse, trace: seedTrace });
    postAnswer((m) => messages.push(m), 2, { parse: plainParse, trace: null, error: 'boom' });
    expect(messages).toEqual([
      { id: 1, parse: plainParse, trace: seedTrace },
      { id: 2, parse: plainParse, trace: null, error: 'boom' },
    ]);
  });
});
