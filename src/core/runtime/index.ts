// The container runtime the kubelet calls: image lookup, argv resolution, and starting a container
// whose processes run in virtual time. Importing this module also registers the `sh` applet.
import '../shell/sh';
import type { AppletCtx } from '../shell/applet';
import { findCommand, DEFAULT_PATH, runArgv } from '../shell/commands';
import { CaptureStream, DONE, InStream, WaitQueue, type Gen, type OutStream } from '../shell/io';
import type { ProcInfo } from '../shell/os';
import { Filesystem } from '../vfs/filesystem';
import type { Mount } from '../vfs/volume';
import { buildRoot, findImage, imageEnv } from './images';
import { Kernel, type KernelOptions } from './kernel';
import { httpOver, type HttpResponse } from './ports';
import type { ContainerInstance, ContainerWorld, ExecResult, Scheduler, Signal, StartResult } from './types';

export { parseImage } from './images';
export { candidates as dnsCandidates, lookup as dnsLookup, resolvConf, CLUSTER_DNS_IP } from './dns';
export { STEPS_PER_SLICE, SLICE_MS, DEFAULT_SPIN_STEPS } from './kernel';
export { PortRegistry, createPortRegistry } from './ports';
export type { HttpResponse, Listener } from './ports';

/** A container log is bounded: after 1 MiB of output per container run, further output is dropped
 * (the kubelet's real default rotates at 10 MiB; a tab should not hold that much per run). */
export const MAX_LOG_BYTES_PER_RUN = 1024 * 1024;

export interface ImageInfo {
  exists: boolean;
  sizeBytes: number;
  entrypoint: string[];
  cmd: string[];
  /** The image's STOPSIGNAL: what the kubelet sends to PID 1 to stop it (nginx: QUIT). */
  stopSignal: Signal;
}

export function imageInfo(image: string): ImageInfo {
  const spec = findImage(image);
  if (!spec) return { exists: false, sizeBytes: 0, entrypoint: [], cmd: [], stopSignal: 'TERM' };
  return {
    exists: true,
    sizeBytes: spec.sizeBytes,
    entrypoint: [...spec.entrypoint],
    cmd: [...spec.cmd],
    stopSignal: spec.stopSignal ?? 'TERM',
  };
}

/** Kubernetes rules: `command` replaces ENTRYPOINT (and drops CMD unless `args` is given); `args`
 * replace CMD. */
export function resolveArgv(image: string, command?: string[], args?: string[]): string[] {
  const info = imageInfo(image);
  if (command && command.length > 0) return [...command, ...(args ?? [])];
  return [...info.entrypoint, ...(args && args.length > 0 ? args : info.cmd)];
}

export interface StartOptions {
  image: string;
  argv: string[];
  mounts: Mount[];
  world: ContainerWorld;
  sched: Scheduler;
  onExit: (exitCode: number) => void;
  /** `stdin: true` / `tty: true` in the container spec: PID 1's stdin stays open (nobody writes to
   * it), so a bare `sh` waits on it forever instead of reading EOF and exiting 0. */
  stdinOpen?: boolean;
  /** Test hook: a smaller spin budget than DEFAULT_SPIN_STEPS. */
  kernel?: KernelOptions;
}

/** What the runtime offers beyond the kubelet contract (UI and tests). */
export interface RuntimeContainer extends ContainerInstance {
  readonly fs: Filesystem;
  processes(): ProcInfo[];
  /** An HTTP GET from the kubelet to this pod's port: the response, or null (connection refused). */
  httpGet(port: number, path: string): HttpResponse | null;
  /** True once PID 1 was declared spinning (looping without ever blocking). */
  isSpinning(): boolean;
  isRunning(): boolean;
}

function startErrorFor(fs: Filesystem, argv: string[]): string | null {
  if (argv.length === 0) return 'no command specified';
  const name = argv[0];
  const found = findCommand(fs, name, DEFAULT_PATH);
  if (found.kind === 'applet') return null;
  if (found.kind === 'script')
    return found.text.startsWith('#!') ? null : `exec: "${name}": exec format error`;
  if (found.kind === 'denied') return `exec: "${name}": permission denied`;
  if (name.includes('/')) return `exec: "${name}": stat ${name}: no such file or directory`;
  return `exec: "${name}": executable file not found in $PATH`;
}

/** An attached stdin nobody types into: reads block forever. */
function neverEndingStdin(): InStream {
  const q = new WaitQueue();
  return new InStream(function* () {
    for (;;) yield { k: 'block', q, interruptible: false };
  });
}

/** A container's stdout or stderr: its log, within the run's budget. Never blocks: done when called
 * (no generator per log write). One class for every container (monomorphic writes). */
class LogStream implements OutStream {
  readonly sync: true;

  constructor(
    private readonly world: ContainerWorld,
    private readonly stream: 'stdout' | 'stderr',
    private readonly budget: { left: number },
  ) {
    this.sync = true;
  }

  write(text: string): Gen<void> {
    const budget = this.budget;
    if (budget.left <= 0) return DONE;
    const chunk = text.length > budget.left ? text.slice(0, budget.left) : text;
    budget.left -= chunk.length;
    this.world.write(this.stream, chunk);
    return DONE;
  }
}

export function startContainer(opts: StartOptions): StartResult & { instance: RuntimeContainer | null } {
  const spec = findImage(opts.image);
  const fs = new Filesystem(buildRoot(spec, opts.world), opts.mounts);
  const startError = startErrorFor(fs, opts.argv);
  if (startError) return { instance: null, startError };

  const kernel = new Kernel(fs, opts.world, opts.sched, opts.kernel);
  const env = imageEnv(spec, opts.world);
  const budget = { left: MAX_LOG_BYTES_PER_RUN };
  const stdout = new LogStream(opts.world, 'stdout', budget);
  const stderr = new LogStream(opts.world, 'stderr', budget);
  let exited = false;
  let started = false;
  const finish = (code: number): void => {
    if (exited) return;
    exited = true;
    opts.onExit(code);
  };
  kernel.onInitExit = finish;

  const ctxFor =
    (argv: string[], out: OutStream, err: OutStream) =>
    (proc: AppletCtx['proc']): AppletCtx => ({
      name: argv[0],
      argv,
      env,
      cwd: spec?.workdir ?? '/',
      stdin: InStream.empty(),
      stdout: out,
      stderr: err,
      proc,
      kernel,
    });
  const init = (proc: AppletCtx['proc']): AppletCtx => ({
    ...ctxFor(opts.argv, stdout, stderr)(proc),
    stdin: opts.stdinOpen ? neverEndingStdin() : InStream.empty(),
  });
  // Start in a scheduler callback so the kubelet holds the instance before any output or exit.
  const startHandle = opts.sched.at(opts.sched.now(), () => {
    started = true;
    kernel.spawn(null, opts.argv, (proc) => runArgv(init(proc), opts.argv));
  });

  const instance: RuntimeContainer = {
    fs,
    signal(sig: Signal) {
      if (!started) return;
      kernel.signal(1, sig);
    },
    kill() {
      if (!started) {
        startHandle.cancel();
        started = true;
        finish(137);
        return;
      }
      kernel.killAll();
    },
    exec(argv: string[], done: (r: ExecResult) => void, options?: { timeoutMs?: number }) {
      let finished = false;
      const reply = (r: ExecResult): void => {
        if (finished) return;
        finished = true;
        done(r);
      };
      opts.sched.at(opts.sched.now(), () => {
        if (exited || kernel.dead) {
          reply({
            exitCode: 126,
            stdout: '',
            stderr: 'OCI runtime exec failed: exec failed: cannot exec in a stopped container: unknown\n',
          });
          return;
        }
        const err = startErrorFor(fs, argv);
        if (err) {
          reply({
            exitCode: 126,
            stdout: '',
            stderr: `OCI runtime exec failed: exec failed: unable to start container process: ${err}: unknown\n`,
          });
          return;
        }
        const out = new CaptureStream();
        const errOut = new CaptureStream();
        const make = ctxFor(argv, out, errOut);
        let pid = 0;
        pid = kernel.spawn(
          null,
          argv,
          (proc) => runArgv(make(proc), argv),
          () => {
            // onExit runs before the exit code is readable; read it in a same-time callback.
            opts.sched.at(opts.sched.now(), () =>
              reply({ exitCode: kernel.exitCodeOf(pid) ?? 137, stdout: out.text, stderr: errOut.text }),
            );
          },
        );
        if (options?.timeoutMs !== undefined) {
          opts.sched.at(opts.sched.now() + options.timeoutMs, () => {
            if (finished || !kernel.isAlive(pid)) return;
            reply({ exitCode: 137, stdout: out.text, stderr: errOut.text, timedOut: true });
            kernel.signal(pid, 'KILL');
          });
        }
      });
    },
    isListening(port: number) {
      return kernel.isListening(port);
    },
    httpGet(port: number, path: string) {
      const l = kernel.ports.get(port);
      if (!l) return null;
      return httpOver(l, path, `${opts.world.podIP}:${port}`) ?? { status: 0, reason: 'not HTTP', body: '' };
    },
    processes() {
      return kernel.processes();
    },
    isSpinning() {
      return kernel.isSpinning(1);
    },
    isRunning() {
      return started && !exited;
    },
  };
  return { instance };
}

export type { Mount };
