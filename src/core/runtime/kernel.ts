// A per-container process table driving generator processes in virtual time. Processes run to their
// next blocking yield synchronously inside a scheduler callback; sleeps become `sched.at()` timers.
import type { Activity } from '../trace/types';
import type { ContainerWorld, Scheduler, Signal } from './types';
import { BrokenPipe, WaitQueue, type Gen, type Sys } from '../shell/io';
import {
  SIGNAL_NUMBERS,
  SpinError,
  type Disposition,
  type KernelApi,
  type ProcCtx,
  type ProcInfo,
} from '../shell/os';
import type { Filesystem } from '../vfs/filesystem';
import { PortRegistry, type Listener } from './ports';
import type { ConnectResult } from '../net/types';

/** Every ~10,000 interpreter steps without blocking, a process burns 100 ms of virtual CPU. */
export const STEPS_PER_SLICE = 10_000;
export const SLICE_MS = 100;
/** After this many steps without ever really blocking, a process is declared spinning. */
export const DEFAULT_SPIN_STEPS = 2_000_000;
/** File activity is reported at most once per file per this many virtual ms. */
export const FILE_ACTIVITY_THROTTLE_MS = 100;

/** Unwinds a process that was killed while running (e.g. `kill -9 $$`). */
class KilledError extends Error {
  constructor() {
    super('killed');
  }
}

interface Proc {
  ctx: ProcCtx;
  ppid: number;
  argv: string[];
  gen: Gen<number> | null;
  state: 'runnable' | 'blocked' | 'done' | 'spinning';
  exitCode: number | null;
  exitQ: WaitQueue;
  disposition: (sig: Signal) => Disposition;
  /** While blocked in a sleep or a CPU slice: its timer. */
  timer: { cancel(): void } | null;
  /** While blocked on a wait queue: removes the waiter; `interruptible` by a trapped signal or not. */
  removeWaiter: (() => void) | null;
  interruptible: boolean;
  /** The current timer is a real sleep (not a CPU slice): waking from it clears the spin count. */
  sleepReal: boolean;
  /** Wake-ups, made once per process rather than once per block. */
  onTimer: () => void;
  onWoken: () => void;
  resume: unknown;
  blockedAt: number;
  sliceSteps: number;
  spinSteps: number;
  onExit: (() => void)[];
  /** Set when a process is killed while it is the one running; applied when it yields. */
  pendingKill: number | null;
}

/**
 * What one process sees of the kernel. A class, so that `step()` (called for every command a shell
 * runs) is the same function for every process and its call sites stay monomorphic.
 */
class ProcContext implements ProcCtx {
  readonly isInit: boolean;
  pending: Signal[];

  constructor(
    readonly pid: number,
    readonly kernel: Kernel,
    private readonly proc: Proc,
    private readonly spinLimit: number,
  ) {
    this.isInit = pid === 1;
    this.pending = [];
  }

  setDisposition(fn: (sig: Signal) => Disposition): void {
    this.proc.disposition = fn;
  }

  step(): boolean {
    const proc = this.proc;
    proc.spinSteps++;
    if (proc.spinSteps > this.spinLimit) throw new SpinError();
    if (++proc.sliceSteps >= STEPS_PER_SLICE) {
      proc.sliceSteps = 0;
      return true;
    }
    return false;
  }
}

export interface KernelOptions {
  spinSteps?: number;
}

export class Kernel implements KernelApi {
  private procs = new Map<number, Proc>();
  private nextPid = 1;
  private runQueue: Proc[] = [];
  private pumping = false;
  /** Ports bound by each process, released when it exits. */
  private bound = new Map<number, { port: number; token: object }[]>();
  readonly ports: PortRegistry;
  private lastFileActivity = new Map<string, number>();
  private readonly spinLimit: number;
  /** Called once when PID 1 exits; the container is then dead. */
  onInitExit: ((code: number) => void) | null = null;
  dead = false;

  constructor(
    readonly fs: Filesystem,
    readonly world: ContainerWorld,
    readonly sched: Scheduler,
    opts: KernelOptions = {},
  ) {
    this.spinLimit = opts.spinSteps ?? DEFAULT_SPIN_STEPS;
    this.ports = world.ports ?? new PortRegistry();
  }

  spawn(
    parent: ProcCtx | null,
    argv: string[],
    body: (ctx: ProcCtx) => Gen<number>,
    onExit?: () => void,
  ): number {
    const pid = this.nextPid++;
    const spinLimit = this.spinLimit;
    const proc: Proc = {
      ctx: null as unknown as ProcCtx,
      ppid: parent?.pid ?? 0,
      argv,
      gen: null,
      state: 'runnable',
      exitCode: null,
      exitQ: new WaitQueue(),
      disposition: () => 'default',
      timer: null,
      removeWaiter: null,
      interruptible: false,
      sleepReal: false,
      onTimer: () => {
        if (proc.state === 'blocked') this.wake(proc, undefined, proc.sleepReal);
      },
      onWoken: () => {
        if (proc.state === 'blocked') this.wake(proc, 'woken', true);
      },
      resume: undefined,
      blockedAt: 0,
      sliceSteps: 0,
      spinSteps: 0,
      onExit: onExit ? [onExit] : [],
      pendingKill: null,
    };
    proc.ctx = new ProcContext(pid, this, proc, spinLimit);
    this.procs.set(pid, proc);
    try {
      proc.gen = body(proc.ctx);
    } catch (e) {
      // A program that failed while starting (before its generator existed) fails when it first
      // runs, as if it had thrown from there (see run and crash).
      proc.gen = failing(e);
    }
    this.enqueue(proc, undefined);
    return pid;
  }

  /** Make a process runnable with a resume value, and run everything runnable now. */
  private enqueue(p: Proc, value: unknown): void {
    if (p.state === 'done' || p.state === 'spinning') return;
    p.state = 'runnable';
    p.timer = null;
    p.removeWaiter = null;
    p.resume = value;
    this.runQueue.push(p);
    this.pump();
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.runQueue.length > 0) {
        const p = this.runQueue.shift()!;
        if (p.state === 'runnable') this.run(p);
      }
    } finally {
      this.pumping = false;
    }
  }

  private current: Proc | null = null;

  private run(p: Proc): void {
    const gen = p.gen!;
    let r: IteratorResult<Sys, number>;
    this.current = p;
    try {
      r = gen.next(p.resume);
    } catch (e) {
      this.current = null;
      if (p.pendingKill !== null) this.terminate(p, p.pendingKill);
      else this.crash(p, e);
      return;
    }
    this.current = null;
    if (p.pendingKill !== null) {
      this.terminate(p, p.pendingKill);
      return;
    }
    if (r.done) {
      this.exit(p, r.value);
      return;
    }
    this.block(p, r.value);
  }

  private crash(p: Proc, e: unknown): void {
    if (e instanceof SpinError) {
      p.state = 'spinning';
      p.gen = null;
      this.activity({
        kind: 'cpu-spin',
        note: `pid ${p.ctx.pid} (${p.argv.join(' ')}) loops without sleeping`,
      });
      return;
    }
    if (e instanceof BrokenPipe) {
      this.exit(p, 128 + 13);
      return;
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // Unbounded recursion (`f() { f; }; f`): real ash runs out of stack and segfaults.
      this.exit(p, 128 + 11);
      return;
    }
    // A bug in the simulator must not take the page down: report it like a crash.
    this.world.write('stderr', `sh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    this.exit(p, 2);
  }

  private block(p: Proc, sys: Sys): void {
    p.state = 'blocked';
    const now = this.sched.now();
    p.blockedAt = now;
    if (sys.k === 'yield') {
      this.enqueue(p, undefined);
      return;
    }
    if (sys.k === 'sleep' || sys.k === 'cpu') {
      const real = sys.k === 'sleep';
      if (real) p.spinSteps = 0;
      p.sleepReal = real;
      p.timer = this.sched.at(now + Math.max(0, Math.round(sys.ms)), p.onTimer);
      return;
    }
    p.removeWaiter = sys.q.add(p.onWoken);
    p.interruptible = sys.interruptible;
  }

  private wake(p: Proc, value: unknown, real: boolean): void {
    // A process that really waited for time to pass is not spinning.
    if (real && this.sched.now() > p.blockedAt) p.spinSteps = 0;
    this.enqueue(p, value);
  }

  private exit(p: Proc, code: number): void {
    if (p.state === 'done') return;
    p.timer?.cancel();
    p.removeWaiter?.();
    p.timer = null;
    p.removeWaiter = null;
    p.state = 'done';
    p.exitCode = code;
    p.gen = null;
    for (const b of this.bound.get(p.ctx.pid) ?? []) this.ports.release(b.port, b.token);
    this.bound.delete(p.ctx.pid);
    for (const fn of p.onExit) fn();
    p.exitQ.notify();
    if (p.ctx.pid === 1) {
      // The container ends with its PID 1: everything else in it dies with it.
      for (const other of this.procs.values()) if (other !== p) this.terminate(other, 137);
      this.dead = true;
      const cb = this.onInitExit;
      this.onInitExit = null;
      cb?.(code);
    }
  }

  /** Stop a process now (signal death), without running its traps. */
  terminate(p: Proc, code: number): void {
    if (p.state === 'done') return;
    if (p === this.current) {
      // The running process killed itself: unwind its generator right now.
      p.pendingKill = code;
      throw new KilledError();
    }
    const gen = p.gen;
    p.gen = null;
    try {
      gen?.return(0);
    } catch {
      // A generator's cleanup failing does not matter: the process is gone.
    }
    this.exit(p, code);
  }

  signal(pid: number, sig: Signal): boolean {
    const p = this.procs.get(pid);
    if (!p || p.state === 'done') return false;
    if (sig === 'KILL') {
      this.terminate(p, 128 + SIGNAL_NUMBERS.KILL);
      return true;
    }
    if (p.state === 'spinning') {
      if (!p.ctx.isInit) this.terminate(p, 128 + SIGNAL_NUMBERS[sig]);
      return true;
    }
    const d = p.disposition(sig);
    if (d === 'ignore') return true;
    if (d === 'trap') {
      p.ctx.pending.push(sig);
      if (p.state === 'blocked' && p.removeWaiter && p.interruptible) {
        p.removeWaiter();
        this.enqueue(p, 'interrupted');
      }
      return true;
    }
    // Linux never delivers a default-action signal to a PID namespace's init.
    if (p.ctx.isInit) return true;
    this.terminate(p, 128 + SIGNAL_NUMBERS[sig]);
    return true;
  }

  /** SIGKILL every process (container stop / kill()). */
  killAll(): void {
    const init = this.procs.get(1);
    for (const p of [...this.procs.values()].reverse()) if (p !== init) this.terminate(p, 137);
    if (init) this.terminate(init, 137);
  }

  *waitFor(pid: number, interruptible: boolean): Gen<number | null> {
    const p = this.procs.get(pid);
    if (!p) return 127;
    while (p.state !== 'done') {
      const r = yield { k: 'block', q: p.exitQ, interruptible };
      if (r === 'interrupted') return null;
    }
    return p.exitCode ?? 0;
  }

  processes(): ProcInfo[] {
    return [...this.procs.values()]
      .filter((p) => p.state !== 'done')
      .map((p) => ({
        pid: p.ctx.pid,
        ppid: p.ppid,
        argv: p.argv,
        state: p.state === 'blocked' ? ('sleeping' as const) : ('running' as const),
      }));
  }

  isAlive(pid: number): boolean {
    const p = this.procs.get(pid);
    return !!p && p.state !== 'done';
  }

  exitCodeOf(pid: number): number | null {
    return this.procs.get(pid)?.exitCode ?? null;
  }

  isSpinning(pid: number): boolean {
    return this.procs.get(pid)?.state === 'spinning';
  }

  listen(port: number, pid: number, handler?: Listener['serve'] | Omit<Listener, 'container'>): boolean {
    const how = typeof handler === 'function' ? { serve: handler } : handler;
    const argv0 = this.procs.get(pid)?.argv[0] ?? '';
    const owner = { pid, program: argv0.slice(argv0.lastIndexOf('/') + 1) };
    const token = this.ports.bind(port, { ...how, container: this.world.containerName, owner });
    if (!token) return false;
    const list = this.bound.get(pid) ?? [];
    list.push({ port, token });
    this.bound.set(pid, list);
    this.activity({ kind: 'listen', port });
    return true;
  }

  isListening(port: number): boolean {
    return this.ports.isListening(port);
  }

  connect(host: string, ip: string, port: number): ConnectResult {
    const w = this.world;
    const local = ip === '127.0.0.1' || ip === w.podIP || host === 'localhost';
    let result: ConnectResult;
    if (local) {
      const listener = this.ports.get(port);
      result = listener ? { kind: 'ok', listener, pod: w.podName } : { kind: 'refused' };
    } else result = w.network?.connect(ip, port) ?? { kind: 'timeout' };
    this.activity({
      kind: 'connect',
      // The UI matches localhost by name and Services by ClusterIP.
      host: host === 'localhost' ? host : ip,
      port,
      ok: result.kind === 'ok',
      target: result.kind === 'ok' ? `${result.pod}/${result.listener.container}` : null,
    });
    return result;
  }

  answersPing(ip: string): boolean {
    if (ip.startsWith('127.') || ip === this.world.podIP) return true;
    return this.world.network?.answersPing(ip) ?? false;
  }

  fileActivity(kind: 'file-write' | 'file-read', path: string): void {
    const volume = this.fs.volumeOf(path);
    if (volume === null) return;
    const key = `${kind}:${path}`;
    const now = this.sched.now();
    const last = this.lastFileActivity.get(key);
    if (last !== undefined && now - last < FILE_ACTIVITY_THROTTLE_MS) return;
    this.lastFileActivity.set(key, now);
    this.activity({ kind, volume, path });
  }

  private activity(a: DistributiveOmit<Activity, 't' | 'pod' | 'container'>): void {
    this.world.activity({
      ...a,
      t: this.sched.now(),
      pod: this.world.podName,
      container: this.world.containerName,
    } as Activity);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// eslint-disable-next-line require-yield -- a program that throws as soon as it runs
function* failing(e: unknown): Gen<number> {
  throw e;
}
