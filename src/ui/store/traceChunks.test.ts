import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../core/manifest/parse';
import { podWithContainers, scriptPod } from '../../core/quality/hostile-pods';
import { simulate } from '../../core/simulate';
import type { Trace } from '../../core/trace/types';
import { seedTrace } from '../test-fixtures/seed.fixture';
import { joinTrace, splitTrace, traceCost, type TracePart } from './traceChunks';

const simulated = (text: string): Trace =>
  simulate(parseManifests(text).objects, [], { until: 120_000, seed: 1 });

const partCost = (p: TracePart) =>
  traceCost({
    ...seedTrace,
    snapshots: p.snapshots ?? [],
    events: p.events ?? [],
    watch: p.watch ?? [],
    activity: p.activity ?? [],
    logs: { p: Object.fromEntries((p.logs ?? []).map(([, c, l], i) => [`${c}#${i}`, l])) },
  });

describe('splitTrace / joinTrace', () => {
  it('leaves an ordinary trace whole: one message, nothing copied', () => {
    const { head, parts } = splitTrace(seedTrace);
    expect(head).toBe(seedTrace);
    expect(parts).toEqual([]);
    expect(joinTrace(head, parts)).toBe(seedTrace);
  });

  it('cuts the trace of a 300-container pod into bounded parts and joins them back exactly', () => {
    const trace = simulated(podWithContainers(300));
    const budget = 500;
    const { head, parts } = splitTrace(trace, budget);
    expect(parts.length).toBeGreaterThan(traceCost(trace) / budget - 1);
    for (const p of parts) {
      const oneBigSnapshot = p.snapshots?.length === 1 && Object.keys(p).length === 1;
      if (!oneBigSnapshot) expect(partCost(p)).toBeLessThanOrEqual(budget);
    }
    expect(head.snapshots).toEqual([]);
    // Through structured clone, as between the worker and the page.
    const joined = joinTrace(structuredClone(head), structuredClone(parts));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(trace));
  });

  it('splits one container’s long log across parts and keeps pods and containers in order', () => {
    const trace = simulated(scriptPod('while true; do echo line; sleep 0.1; done', { name: 'chatty' }));
    const lines = trace.logs.chatty.c.length;
    expect(lines).toBeGreaterThan(500);
    const { head, parts } = splitTrace(trace, 100);
    expect(parts.filter((p) => p.logs?.some(([, c]) => c === 'c')).length).toBeGreaterThan(4);
    expect(JSON.stringify(joinTrace(head, parts))).toBe(JSON.stringify(trace));
  });

  it('keeps containers that logged nothing', () => {
    const trace: Trace = {
      ...seedTrace,
      logs: { 'myapp-pod': { quiet: [], ...seedTrace.logs['myapp-pod'] } },
    };
    const { head, parts } = splitTrace(trace, 2);
    expect(parts.length).toBeGreaterThan(1);
    expect(joinTrace(head, parts)).toEqual(trace);
    expect(Object.keys(joinTrace(head, parts).logs['myapp-pod'])).toEqual(
      Object.keys(trace.logs['myapp-pod']),
    );
  });
});
