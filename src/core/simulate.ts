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

/**
 * A simulation that runs in pieces of virtual time, so its caller can show what is known so far and
 * do other work between pieces (the app's worker answers with the first seconds, then finishes the
 * run unless a newer edit supersedes it). Running to t1 then to t2 is exactly running to t2.
 */
export interface SimulationRun {
  /** Runs to virtual time `t` (at most `until`); true once the run is over (until, or step budget). */
  runTo(t: Millis): boolean;
  /** The time the run has reached: everything up to it is final. */
  readonly reached: Millis;
  /** The whole trace once the run is over; before, a copy of what is final so far (`complete` set). */
  trace(): Trace;
}

function runner(e: Engine, opts: SimOptions): SimulationRun {
  let reached = -1;
  let over = false;
  return {
    get reached() {
      return reached;
    },
    runTo(t) {
      if (over) return true;
      const to = Math.min(t, opts.until);
      if (e.sched.runUntil(to, opts.maxSteps ?? DEFAULT_MAX_STEPS) === 'budget') {
        e.rec.note(
          e.sched.now(),
          `The simulation stopped at ${Math.round(e.sched.now() / 1000)}s: it reached its step budget.`,
        );
        e.rec.trace.until = e.sched.now();
        reached = e.sched.now();
        over = true;
      } else {
        reached = to;
        over = to >= opts.until;
      }
      return over;
    },
    trace: () => (over ? e.rec.trace : partialTrace(e.rec.trace, reached)),
  };
}

/** What is final of a running trace at `reached`: the lists as they are now (later pushes do not
 * show), and copies of the records the run still changes (an action's doneAt, a Service's deletedAt). */
function partialTrace(trace: Trace, reached: Millis): Trace {
  const logs: Trace['logs'] = {};
  for (const [pod, byContainer] of Object.entries(trace.logs)) {
    logs[pod] = {};
    for (const [container, lines] of Object.entries(byContainer)) logs[pod][container] = lines.slice();
  }
  return {
    ...trace,
    complete: Math.max(0, reached),
    actions: trace.actions.map((a) => ({ ...a })),
    watch: trace.watch.slice(),
    events: trace.events.slice(),
    snapshots: trace.snapshots.slice(),
    logs,
    activity: trace.activity.slice(),
    services: trace.services.map((s) => ({ ...s })),
    notes: trace.notes.slice(),
  };
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
  const run = startSimulation(objects, inputs, opts);
  run.runTo(opts.until);
  return run.trace();
}

/** `simulate`, run in pieces (see SimulationRun). */
export function startSimulation(
  objects: ManifestObject[],
  inputs: SimInput[],
  opts: SimOptions & { sourceName?: string },
): SimulationRun {
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
  return runner(e, opts);
}

/** Simulates command lines only (the headless CLI: its first input applies the file). */
export function simulateCommands(inputs: SimInput[], opts: SimOptions): Trace {
  const e = engine(opts);
  schedule(e, inputs);
  const run = runner(e, opts);
  run.runTo(opts.until);
  return run.trace();
}
