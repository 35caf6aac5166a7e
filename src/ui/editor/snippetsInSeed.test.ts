// Every snippet of the Insert menu, inserted into the learner's starting manifest (with the two
// Services its init containers wait for), parses cleanly and runs: nothing crashes or restarts.
import { describe, expect, it } from 'vitest';
import { insertSnippet } from '../../core/manifest/snippet-insert';
import { SNIPPETS } from '../../core/manifest/snippets';
import { runManifest } from '../../lessons/run';
import { finalPod, totalRestarts } from '../../lessons/trace-queries';
import { SEED_MANIFEST, SEED_SERVICES } from '../store/seed';

describe('snippets in the seed pod', () => {
  it.each(SNIPPETS.map((s) => [s.id, s] as const))(
    '%s parses and simulates without problems',
    (_id, snippet) => {
      const text = insertSnippet(SEED_MANIFEST + SEED_SERVICES, snippet);
      expect(text).toBeDefined();
      const run = runManifest(text as string);
      expect(run.diagnostics).toEqual([]);
      const pod = run.trace && finalPod(run.trace, 'myapp-pod');
      expect(pod?.phase).toBe('Running');
      expect(pod && totalRestarts(pod)).toBe(0);
      const waiting = pod?.containerStatuses.filter((c) => c.state !== 'running').map((c) => c.name);
      expect(waiting).toEqual([]);
    },
  );

  it('inserts into the bare seed (no Services yet) without diagnostics', () => {
    for (const snippet of SNIPPETS) {
      expect(runManifest(insertSnippet(SEED_MANIFEST, snippet) as string).diagnostics, snippet.id).toEqual(
        [],
      );
    }
  });
});
