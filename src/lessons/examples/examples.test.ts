// Every example of the gallery simulates through the real parser and simulator without errors.
import { describe, expect, it } from 'vitest';
import { runManifest } from '../run';
import { statusesSeen } from '../trace-queries';
import { EXAMPLES } from './index';

/** The one example whose point includes an API warning. */
const EXPECTED_WARNINGS: Record<string, string[]> = {
  'fail-port-conflict': [
    'spec.containers[1].ports[0]: duplicate port definition with spec.containers[0].ports[0]',
  ],
};

describe('examples', () => {
  it("start with the course's two init-container examples", () => {
    expect(EXAMPLES.slice(0, 2).map((e) => e.id)).toEqual(['course-git-clone', 'course-myapp-pod']);
  });

  it('have unique ids', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
  });

  for (const ex of EXAMPLES) {
    it(`${ex.id} simulates without diagnostics`, () => {
      const run = runManifest(ex.manifest, [], 120_000);
      expect(run.diagnostics.map((d) => d.message)).toEqual(EXPECTED_WARNINGS[ex.id] ?? []);
      expect(run.trace).not.toBeNull();
      expect(run.trace!.snapshots.length).toBeGreaterThan(0);
      expect(ex.watch.en.trim()).not.toBe('');
      expect(ex.watch.ko.trim()).not.toBe('');
    });
  }

  it('git clone on busybox fails with sh: git: not found, then Init:CrashLoopBackOff', () => {
    const run = runManifest(EXAMPLES[0].manifest, [], 120_000);
    const trace = run.trace!;
    expect(trace.logs['init-demo']['clone-repo'][0].line).toBe('sh: git: not found');
    const exit = trace.snapshots
      .flatMap((s) => s.initContainerStatuses)
      .find((c) => c.state === 'terminated');
    expect(exit?.exitCode).toBe(127);
    expect(statusesSeen(trace)).toEqual(['Pending', 'Init:0/1', 'Init:Error', 'Init:CrashLoopBackOff']);
  });

  it('myapp-pod waits in Init:0/2 without restarting', () => {
    const run = runManifest(EXAMPLES[1].manifest, [], 120_000);
    expect(statusesSeen(run.trace!)).toEqual(['Pending', 'Init:0/2']);
  });

  it('port conflict: web2 cannot bind 8080 and crash-loops', () => {
    const ex = EXAMPLES.find((e) => e.id === 'fail-port-conflict')!;
    const run = runManifest(ex.manifest, [], 120_000);
    expect(run.trace!.logs['port-conflict'].web2[0].line).toBe('httpd: bind: Address already in use');
    expect(statusesSeen(run.trace!)).toContain('CrashLoopBackOff');
  });
});
