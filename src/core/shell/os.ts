// The interface between the shell/applets and the per-container kernel (runtime/kernel.ts). Kept here
// so the shell does not depend on the runtime.
import type { ContainerWorld, Scheduler, Signal } from '../runtime/types';
import type { Filesystem } from '../vfs/filesystem';
import type { Gen } from './io';
import type { Listener, PortRegistry } from '../runtime/ports';
import type { ConnectResult } from '../net/types';

export const SIGNAL_NUMBERS: Record<Signal, number> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  TERM: 15,
};

export function signalByName(name: string): Signal | null {
  const n = name.toUpperCase().replace(/^SIG/, '');
  if (n in SIGNAL_NUMBERS) return n as Signal;
  const num = Number(name);
  for (const [k, v] of Object.entries(SIGNAL_NUMBERS)) if (v === num) return k as Signal;
  return null;
}

/** How a process reacts to a signal right now. */
export type Disposition = 'trap' | 'ignore' | 'default';

export interface ProcInfo {
  pid: number;
  ppid: number;
  argv: string[];
  state: 'running' | 'sleeping' | 'zombie';
}

/** Thrown out of a process that exceeded the step budget without blocking: it is "spinning". */
export class SpinError extends Error {
  constructor() {
    super('cpu spin');
  }
}

/** What one running process sees of the kernel. */
export interface ProcCtx {
  readonly pid: number;
  readonly isInit: boolean;
  readonly kernel: KernelApi;
  /** Signals caught by a trap and not yet handled, oldest first. */
  pending: Signal[];
  /** Decide how signals are handled (set by the shell whenever its traps change). */
  setDisposition(fn: (sig: Signal) => Disposition): void;
  /** Count one interpreter step. Returns true when a 100 ms CPU slice is due; throws SpinError when
   * the process has run too long without ever blocking. */
  step(): boolean;
}

export interface KernelApi {
  readonly fs: Filesystem;
  readonly ports: PortRegistry;
  readonly world: ContainerWorld;
  readonly sched: Scheduler;
  /** Start a child process; it begins running once the current process yields. */
  spawn(parent: ProcCtx, argv: string[], body: (ctx: ProcCtx) => Gen<number>, onExit?: () => void): number;
  /** Wait for a child; resolves its exit status, or null when interrupted by a trapped signal. */
  waitFor(pid: number, interruptible: boolean): Gen<number | null>;
  /** Deliver a signal; false when there is no such process. */
  signal(pid: number, sig: Signal): boolean;
  processes(): ProcInfo[];
  isAlive(pid: number): boolean;
  /** Listen on a TCP port of the pod until the process exits; false when the port is taken. */
  listen(port: number, pid: number, handler?: Listener['serve'] | Omit<Listener, 'container'>): boolean;
  /** Connect to host:port (a name the caller already resolved, or an IP) from this container: the
   * pod's own addresses through its port registry, anything else through world.network. Reports a
   * `connect` activity. */
  connect(host: string, ip: string, port: number): ConnectResult;
  /** Does this address answer ICMP echo (ping)? */
  answersPing(ip: string): boolean;
  /** Report a file access (throttled per file). */
  fileActivity(kind: 'file-write' | 'file-read', path: string): void;
}
