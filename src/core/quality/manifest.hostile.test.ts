// Hostile manifests: each gets a clear diagnostic (or is accepted) quickly, and nothing throws.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../manifest/parse';
import { simulate } from '../simulate';
import { aliasBomb, hugeDocument, nestedBrackets, podWithContainers } from './hostile-pods';

function parseTimed(text: string) {
  const start = performance.now();
  const result = parseManifests(text);
  return { result, ms: performance.now() - start };
}

const codes = (text: string) => parseTimed(text).result.diagnostics.map((d) => d.code);

describe('hostile manifests', () => {
  it('a YAML alias bomb is refused with a message, not expanded', () => {
    const { result, ms } = parseTimed(aliasBomb());
    expect(result.objects).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml/alias-limit' });
    expect(result.diagnostics[0].message).toMatch(/aliases expand too much/);
    expect(ms).toBeLessThan(1000);
  });

  it('a 5 MB document is refused by size before it is parsed', () => {
    const { result, ms } = parseTimed(hugeDocument(5_000_000));
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml/too-large' });
    expect(result.diagnostics[0].message).toMatch(/refuses anything over/);
    expect(ms).toBeLessThan(1000);
  });

  it('10,000 nested brackets are refused by depth, without a stack overflow', () => {
    expect(codes(nestedBrackets(10_000))).toEqual(['yaml/too-deep']);
  });

  it('control characters, a replacement character and a lone surrogate give the API message', () => {
    const { result } = parseTimed(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\u0001\u0007\uFFFD\uD800\nspec:\n  containers:\n  - name: c\n    image: busybox\n',
    );
    expect(result.objects).toEqual([]);
    expect(result.diagnostics[0].message).toMatch(/^metadata\.name: Invalid value: .*RFC 1123 subdomain/);
  });

  it('tabs used for indentation point at the line', () => {
    const { result } = parseTimed('apiVersion: v1\nkind: Pod\nmetadata:\n\tname: p\n');
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml/tab', range: { startLine: 4 } });
  });

  it('duplicate keys point at the second key', () => {
    const { result } = parseTimed(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  name: q\nspec:\n  containers:\n  - name: c\n    image: busybox\n',
    );
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml/duplicate-key', range: { startLine: 5 } });
  });

  // The playground's 10 minutes of 10,000 containers now finish within the default step budget (6 s
  // on a busy 2-core machine). A 5,000-step budget stops them at t = 1 s in under a second instead:
  // what is checked is that a run the budget ends says so in a note and still has its watch rows.
  it('10,000 containers parse, and the step budget bounds their simulation with a note', () => {
    const { result, ms } = parseTimed(podWithContainers(10_000));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ms).toBeLessThan(30_000); // generous: tests share two cores with builds and browsers
    const trace = simulate(result.objects, [], { until: 600_000, maxSteps: 5_000 });
    expect(trace.notes.map((n) => n.message).join('\n')).toMatch(/reached its step budget/);
    expect(trace.watch.length).toBeGreaterThan(0);
  }, 60_000);
});
