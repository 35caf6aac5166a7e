// The entry point of the core: objects + timed kubectl inputs -> Trace. Pure and deterministic.
import { Cluster } from './cluster/cluster';
import { applyObject } from './kubectl/apply';
import type { KubectlContext } from './kubectl/context';
import { runKubectl } from './kubectl/run';
import type { ManifestObject } from './manifest/types';
import { EventQueue } from './sim/event-queue';
import { Prng } from './sim/prng';
import { TraceRecorder } from './sim/recorder';
import type { ActionResult, Millis, Trace } from './trace/types';

/** A kubectl command typed at virtual time t (console, `simulate --at`). */
export interface SimInput {
  t: Millis;
  command: string;
  /** Standard input for the command (`kubectl apply -f -`). */
  stdin?: string;
}

export interface SimOptions {
  until: Millis;
  seed?: number;
  /** Files that `kubectl apply -f NAME` may read. */
  files?: Record<string, string>;
  /** Upper bound on scheduler callbacks: no input can make a simulation run forever. */
  maxSteps?: number;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_MAX_STEPS = 2_000_000;

interface Engine {
  sched: EventQueue;
  rec: TraceRecorder;
  cluster: Cluster;
  ctx: (stdin: string | null) => KubectlContext;
}

function engine(opts: SimOptions): Engine {
  const seed = opts.seed ?? DEFAULT_SEED;
  const sched = new EventQueue();
  const rec = new TraceRecorder(seed, opts.until);
  const cluster = new Cluster(sched, rec, new Prng(seed));
  return { sched, rec, cluster, ctx: (stdin) => ({ cluster, files: opts.files ?? {}, stdin }) };
}

function schedule(e: Engine, inputs: SimInput[]) {
  const ordered = inputs.map((input, i) => ({ input, i })).sort((a, b) => a.input.t - b.input.t || a.i - b.i);
  for (const { input } of ordered) {
    e.sched.at(input.t, () => {
      const action: ActionResult = {
        t: e.sched.now(),
        command: input.command,
        stdout: '',
        stderr: '',
        exitCode: 0,
      };
      e.rec.trace.actions.push(action);
      runKubectl(input.command, e.ctx(input.stdin ?? null), ({ waitFor, ...out }) => {
        Object.assign(action, out);
        action.doneAt = waitFor ? null : e.sched.now();
        waitFor?.(() => (action.doneAt = e.sched.now()));
      });
    });
  }
}

function run(e: Engine, opts: SimOptions): Trace {
  const result = e.sched.runUntil(opts.until, opts.maxSteps ?? DEFAULT_MAX_STEPS);
  if (result === 'budget') {
    e.rec.note(
      e.sched.now(),
      `The simulation stopped at ${Math.round(e.sched.now() / 1000)}s: it reached its step budget.`,
    );
    e.rec.trace.until = e.sched.now();
  }
  return e.rec.trace;
}

/**
 * Simulates already parsed, valid objects applied at t=0 (the playground's editor), then the inputs.
 * The t=0 action is recorded as `kubectl apply -f <sourceName>`.
 */
export function simulate(
  objects: ManifestObject[],
  inputs: SimInput[],
  opts: SimOptions & { sourceName?: string },
): Trace {
  const e = engine(opts);
  e.sched.at(0, () => {
    const action: ActionResult = {
      t: 0,
      command: `kubectl apply -f ${opts.sourceName ?? 'pod.yaml'}`,
      stdout: '',
      stderr: '',
      exitCode: 0,
    };
    for (const o of objects) {
      const out = applyObject(o, e.ctx(null), false, opts.sourceName ?? 'pod.yaml');
      action.stdout += out.stdout;
      action.stderr += out.stderr;
    }
    if (action.stderr) action.exitCode = 1;
    e.rec.trace.actions.push(action);
  });
  schedule(e, inputs);
  return run(e, opts);
}

/** Simulates command lines only (the headless CLI: its first input applies the file). */
export function simulateCommands(inputs: SimInput[], opts: SimOptions): Trace {
  const e = engine(opts);
  schedule(e, inputs);
  return run(e, opts);
}
