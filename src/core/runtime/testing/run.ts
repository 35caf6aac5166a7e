// Run a script in a fresh busybox container under the test scheduler and report what happened.
import { startContainer, type RuntimeContainer } from '../index';
import type { Mount } from '../../vfs/volume';
import { TestScheduler, recordingWorld, type RecordingWorld } from './harness';

export interface RunResult {
  exitCode: number | null;
  exitedAt: number | null;
  stdout: string;
  stderr: string;
  world: RecordingWorld;
  sched: TestScheduler;
  instance: RuntimeContainer | null;
  startError?: string;
}

export function runContainer(
  argv: string[],
  opts: {
    image?: string;
    until?: number;
    mounts?: Mount[];
    spinSteps?: number;
    setup?: (w: RecordingWorld) => void;
  } = {},
): RunResult {
  const sched = new TestScheduler();
  const world = recordingWorld(sched);
  opts.setup?.(world);
  const result: RunResult = {
    exitCode: null,
    exitedAt: null,
    stdout: '',
    stderr: '',
    world,
    sched,
    instance: null,
  };
  const { instance, startError } = startContainer({
    image: opts.image ?? 'busybox:1.36',
    argv,
    mounts: opts.mounts ?? [],
    world,
    sched,
    onExit: (code) => {
      result.exitCode = code;
      result.exitedAt = sched.now();
    },
    kernel: opts.spinSteps ? { spinSteps: opts.spinSteps } : undefined,
  });
  result.instance = instance;
  result.startError = startError;
  sched.runUntil(opts.until ?? 60_000);
  result.stdout = world.stdout();
  result.stderr = world.stderr();
  return result;
}

/** `sh -c SCRIPT` in busybox. */
export function sh(script: string, opts: Parameters<typeof runContainer>[1] = {}): RunResult {
  return runContainer(['sh', '-c', script], opts);
}
