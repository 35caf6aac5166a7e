/* eslint-disable require-yield -- every step of a process is a generator; some finish without suspending. */
// The tree-walking interpreter. Every evaluation step is a generator so a script can suspend (sleep,
// wait, read from a pipe) and be resumed later by the kernel in virtual time.
import type {
  AndOrNode,
  CommandNode,
  GroupNode,
  IfNode,
  ListNode,
  PipelineNode,
  Redir,
  SimpleNode,
} from './ast';
import type { AppletCtx } from './applet';
import { BUILTIN_TABLE } from './builtins';
import { ExitNow, ReturnFn } from './control';
import {
  ExpandError,
  expandToString,
  expandWord,
  expandWords,
  expandToStringNow,
  expandWordsNow,
  expandPattern,
  literalWords,
  wordCanSuspend,
  type ExpandHost,
} from './expand';
import {
  CaptureStream,
  CPU_SLICE,
  DONE,
  InStream,
  NULL_OUT,
  Pipe,
  WriteError,
  type Gen,
  type OutStream,
  type Staged,
  type Sys,
  isStaged,
  isSys,
} from './io';
import { echoOutput, plainSleepMs, sleep as sleepApplet } from './applets/basic';
import { nslookup as nslookupApplet, stagedNslookup } from './applets/net';
import type { ProcCtx, KernelApi } from './os';
import { parseScript, ShellSyntaxError } from './parser';
import { matchPattern } from './pattern';
import { findCommand, type FoundCommand } from './commands';
import { currentTreesVersion } from '../vfs/tree';
import type { Filesystem } from '../vfs/filesystem';
import type { Signal } from '../runtime/types';
import { evalLoop, evalFor, evalCase } from './compound';
import { applyRedirs } from './redirect';

export interface FdEntry {
  in?: InStream;
  out?: OutStream;
}

interface Var {
  value: string;
  exported: boolean;
}

/** The shell's variables. Counts changes to exported ones, so the environment handed to every
 * command can be built once and reused until one of them changes. */
class VarTable extends Map<string, Var> {
  exportedVersion = 0;
  override set(name: string, v: Var): this {
    if (v.exported || super.get(name)?.exported) this.exportedVersion++;
    return super.set(name, v);
  }
  override delete(name: string): boolean {
    if (super.get(name)?.exported) this.exportedVersion++;
    return super.delete(name);
  }
  override clear(): void {
    this.exportedVersion++;
    super.clear();
  }
}

export class Shell implements ExpandHost {
  readonly vars = new VarTable();
  positional: string[] = [];
  arg0 = 'sh';
  funcs = new Map<string, CommandNode>();
  status = 0;
  traps = new Map<string, string>();
  errexit = false;
  xtrace = false;
  pipefail = false;
  cwd = '/';
  fds: FdEntry[] = [];
  lastBg: number | null = null;
  children: number[] = [];
  /** >0 while evaluating a condition (if/while/&&/||/!): set -e does not apply there. */
  condDepth = 0;
  loopDepth = 0;
  locals: Map<string, Var | undefined>[] = [];
  line = 0;

  constructor(public proc: ProcCtx) {}

  get kernel(): KernelApi {
    return this.proc.kernel;
  }
  get fs() {
    return this.proc.kernel.fs;
  }

  // ---- variables -------------------------------------------------------------------------------

  getVar(name: string): string | undefined {
    if (name === 'RANDOM' && !this.vars.has('RANDOM')) return String(this.nextRandom());
    return this.vars.get(name)?.value;
  }

  /** ash's $RANDOM (0..32767) from a per-shell LCG seeded by the pid: deterministic runs. */
  private randomState = 0;
  private nextRandom(): number {
    if (this.randomState === 0) this.randomState = (this.proc.pid * 2654435761) >>> 0 || 1;
    this.randomState = (Math.imul(this.randomState, 1103515245) + 12345) >>> 0;
    return (this.randomState >>> 16) & 0x7fff;
  }
  setVar(name: string, value: string, exported?: boolean): void {
    const old = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? old?.exported ?? false });
  }
  special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.topPid);
      case '!':
        return this.lastBg === null ? '' : String(this.lastBg);
      case '#':
        return String(this.positional.length);
      case '-':
        return (this.errexit ? 'e' : '') + (this.xtrace ? 'x' : '');
      case '0':
        return this.arg0;
    }
    if (/^[1-9]$/.test(name)) return this.positional[Number(name) - 1];
    return undefined;
  }
  positionalParams(): string[] {
    return this.positional;
  }
  /** `$$` stays the top-level shell's pid inside subshells. */
  topPid = 1;

  private envCache: { version: number; env: [string, string][] } | null = null;

  /** Exported variables in order. Shared until one of them changes: callers must not modify it. */
  exportedEnv(): [string, string][] {
    const version = this.vars.exportedVersion;
    if (this.envCache?.version === version) return this.envCache.env;
    const env: [string, string][] = [];
    for (const [k, v] of this.vars) if (v.exported) env.push([k, v.value]);
    this.envCache = { version, env };
    return env;
  }

  /** A copy for a subshell: same variables and functions, traps reset. */
  clone(proc: ProcCtx = this.proc): Shell {
    const s = new Shell(proc);
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.positional = [...this.positional];
    s.arg0 = this.arg0;
    s.funcs = new Map(this.funcs);
    s.status = this.status;
    for (const [k, v] of this.traps) if (v === '') s.traps.set(k, '');
    s.errexit = this.errexit;
    s.xtrace = this.xtrace;
    s.pipefail = this.pipefail;
    s.cwd = this.cwd;
    s.fds = [...this.fds];
    s.lastBg = this.lastBg;
    s.topPid = this.topPid;
    return s;
  }

  // ---- I/O helpers -----------------------------------------------------------------------------

  stdin(): InStream {
    return this.fds[0]?.in ?? InStream.empty();
  }
  stdout(): OutStream {
    return this.fds[1]?.out ?? NULL_OUT;
  }
  stderr(): OutStream {
    return this.fds[2]?.out ?? NULL_OUT;
  }
  /** `sh: message` on stderr (ash_msg). Scripts run from a file also name the line. */
  *error(message: string): Gen<void> {
    const prefix =
      this.arg0 === 'sh' || this.arg0 === '/bin/sh' ? 'sh: ' : `${this.arg0}: line ${this.line}: `;
    yield* this.stderr().write(prefix + message + '\n');
  }

  *tick(): Gen<void> {
    if (this.proc.step()) yield { k: 'cpu', ms: 100 };
  }

  /** Tell the kernel which signals we trap, so TERM to PID 1 is no longer ignored. */
  syncDisposition(): void {
    this.proc.setDisposition((sig: Signal) => {
      const t = this.traps.get(sig);
      if (t === undefined) return 'default';
      return t === '' ? 'ignore' : 'trap';
    });
  }

  // ---- entry points ----------------------------------------------------------------------------

  /** Run a script as `sh -c` does; returns the exit status (running the EXIT trap). */
  *runScript(src: string): Gen<number> {
    let code: number;
    try {
      code = yield* this.evalString(src);
    } catch (e) {
      if (!(e instanceof ExitNow)) throw e;
      code = e.code;
    }
    return yield* this.runExitTrap(code);
  }

  *runExitTrap(code: number): Gen<number> {
    const action = this.traps.get('EXIT');
    if (!action) return code;
    this.traps.delete('EXIT');
    this.status = code;
    try {
      yield* this.evalString(action);
    } catch (e) {
      if (e instanceof ExitNow) return e.code;
      throw e;
    }
    return code;
  }

  /** Parse and evaluate text (eval, traps, scripts). A syntax error exits a non-interactive shell.
   * Returns the list's own generator (one level less in every suspension of the script). */
  evalString(src: string): Gen<number> {
    let ast: ListNode;
    try {
      ast = parseScript(src);
    } catch (e) {
      if (!(e instanceof ShellSyntaxError)) throw e;
      return this.syntaxError(e.message);
    }
    return this.evalList(ast);
  }

  private *syntaxError(message: string): Gen<number> {
    yield* this.error(message);
    throw new ExitNow(2);
  }

  *evalList(list: ListNode): Gen<number> {
    // An indexed loop: a for-of iterator would be one more object per list, kept across suspensions.
    const items = list.items;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      const plan = this.inlineCommand(item);
      if (plan === null) {
        yield* this.evalItem(item);
        continue;
      }
      const cmd = plan.cmd;
      // The common case, one command on its own: what evalPipeline and evalCommand (and runCommand,
      // for a simple command) would do, in the same order, inlined so that it costs no generator of
      // its own and adds no level to every suspension below it. The same steps are inlined in
      // evalLoop (compound.ts) for simple commands: keep them in step.
      if (this.proc.step()) yield CPU_SLICE;
      let status: number;
      try {
        if (cmd.t === 'simple') {
          const run = this.startSimple(cmd, plan);
          const guard = this.launchGuard;
          if (typeof run === 'number') status = run;
          else if (isSys(run)) {
            yield run;
            status = 0;
          } else {
            // Write failures become `name: write error: ...` when launch set a guard.
            try {
              if (isStaged(run)) {
                yield run.sys;
                status = run.finish();
              } else status = yield* run;
            } catch (e) {
              if (guard === null || !(e instanceof WriteError)) throw e;
              status = yield* this.writeFailed(guard, e);
            }
          }
        } else if (cmd.t === 'func') {
          this.funcs.set(cmd.name, cmd.body);
          status = this.status = 0;
        } else status = yield* this.evalCompound(cmd);
      } catch (e) {
        if (!(e instanceof ExpandError)) throw e;
        yield* this.expandFailed(e);
        throw e;
      }
      if (this.endSimple(status)) yield* this.afterSimple(status);
    }
    return this.status;
  }

  /** After an inline simple command: record its status; true when afterSimple has work to do. */
  endSimple(status: number): boolean {
    this.status = status;
    return this.proc.pending.length > 0 || (status !== 0 && this.errexit && this.condDepth === 0);
  }

  /** What evalPipeline does after a command: run the traps of signals that arrived, then `set -e`. */
  *afterSimple(status: number): Gen<void> {
    if (this.proc.pending.length > 0) yield* this.runPendingTraps();
    if (status !== 0 && this.errexit && this.condDepth === 0) throw new ExitNow(status);
  }

  /**
   * The plan of a list item that evalList may run inline: a lone foreground pipeline of one command
   * without `!` (a simple command without redirections or command substitution, a compound command
   * without redirections, or a function definition), while no trapped signal waits and `set -x` is
   * off. Null: evaluate the item with evalItem.
   */
  inlineCommand(item: ListNode['items'][number]): InlinePlan | null {
    if (item.bg || item.node.rest.length !== 0) return null;
    const plan = inlinePlan(item.node.first);
    if (plan === null || this.proc.pending.length > 0 || this.xtrace) return null;
    return plan;
  }

  /** One item of a list, the general way (the generator that runs it, not one wrapping it). */
  evalItem(item: ListNode['items'][number]): Gen<void | number> {
    if (item.bg) {
      this.startBackground(item.node);
      return DONE;
    }
    // A lone pipeline is what evalAndOr would run; calling it directly saves a generator.
    if (item.node.rest.length === 0) return this.evalPipeline(item.node.first, true);
    return this.evalAndOr(item.node);
  }

  /** An expansion error ends a non-interactive shell with status 2 (`sh: x: parameter not set`);
   * anything else goes on up. */
  *expandFailed(e: unknown): Gen<never> {
    if (!(e instanceof ExpandError)) throw e;
    yield* this.error(e.message);
    throw new ExitNow(2);
  }

  private startBackground(node: AndOrNode): void {
    const sub = this.clone();
    // Without job control, a background command's stdin is /dev/null.
    sub.fds[0] = { in: InStream.empty() };
    const pid = this.kernel.spawn(this.proc, ['sh'], (ctx) =>
      sub.runAsProcess(ctx, () => sub.evalAndOr(node)),
    );
    this.lastBg = pid;
    this.children.push(pid);
    this.status = 0;
  }

  /** Body of a child process running part of this script. */
  *runAsProcess(ctx: ProcCtx, body: () => Gen<number>): Gen<number> {
    this.proc = ctx;
    this.syncDisposition();
    let code: number;
    try {
      code = yield* body();
    } catch (e) {
      if (!(e instanceof ExitNow)) throw e;
      code = e.code;
    }
    return yield* this.runExitTrap(code);
  }

  *evalAndOr(node: AndOrNode): Gen<number> {
    const last = node.rest.length;
    if (last > 0) this.condDepth++;
    let status: number;
    try {
      status = yield* this.evalPipeline(node.first, last === 0);
      for (let i = 0; i < last; i++) {
        const { op, node: p } = node.rest[i];
        if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
        if (i === last - 1) this.condDepth--;
        try {
          status = yield* this.evalPipeline(p, i === last - 1);
        } finally {
          if (i === last - 1) this.condDepth++;
        }
      }
    } finally {
      if (last > 0) this.condDepth--;
    }
    return status;
  }

  /** Run trap actions for signals that arrived; called between commands. */
  *runPendingTraps(): Gen<void> {
    while (this.proc.pending.length > 0) {
      const sig = this.proc.pending.shift()!;
      const action = this.traps.get(sig);
      if (!action) continue;
      const saved = this.status;
      yield* this.evalString(action);
      this.status = saved;
    }
  }

  *evalPipeline(p: PipelineNode, checkErrexit: boolean): Gen<number> {
    if (this.proc.pending.length > 0) yield* this.runPendingTraps();
    if (p.bang) this.condDepth++;
    let status: number;
    try {
      status = p.cmds.length === 1 ? yield* this.evalCommand(p.cmds[0]) : yield* this.evalMultiPipeline(p);
    } finally {
      if (p.bang) this.condDepth--;
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    this.status = status;
    if (this.proc.pending.length > 0) yield* this.runPendingTraps();
    if (checkErrexit && !p.bang && status !== 0 && this.errexit && this.condDepth === 0)
      throw new ExitNow(status);
    return status;
  }

  private *evalMultiPipeline(p: PipelineNode): Gen<number> {
    const pids: number[] = [];
    let input: FdEntry | undefined = this.fds[0];
    let prevPipe: Pipe | null = null;
    for (let i = 0; i < p.cmds.length; i++) {
      const pipe = i < p.cmds.length - 1 ? new Pipe() : null;
      const sub = this.clone();
      if (input) sub.fds[0] = input;
      if (pipe) sub.fds[1] = { out: pipe.out };
      const cmd = p.cmds[i];
      const readPipe = prevPipe;
      const pid = this.kernel.spawn(
        this.proc,
        ['sh'],
        (ctx) => sub.runAsProcess(ctx, () => sub.evalCommand(cmd)),
        () => {
          pipe?.closeWriter();
          readPipe?.closeReader();
        },
      );
      pids.push(pid);
      if (pipe) input = { in: pipe.in };
      prevPipe = pipe;
    }
    const statuses: number[] = [];
    for (const pid of pids) statuses.push((yield* this.kernel.waitFor(pid, false)) ?? 0);
    if (this.pipefail) return [...statuses].reverse().find((s) => s !== 0) ?? 0;
    return statuses[statuses.length - 1];
  }

  *evalCommand(cmd: CommandNode): Gen<number> {
    if (this.proc.step()) yield { k: 'cpu', ms: 100 };
    try {
      switch (cmd.t) {
        case 'simple': {
          // A simple command, inlined here (one generator less per command of every script).
          this.line = cmd.line;
          const assigns: [string, string][] = [];
          this.cmdsubStatus = null;
          for (const a of cmd.assigns) assigns.push([a.name, yield* expandToString(this, a.value)]);
          const argv = literalWords(cmd.words) ?? (yield* expandWords(this, cmd.words));
          if (this.xtrace && (argv.length || assigns.length))
            yield* this.stderr().write(`+ ${[...assigns.map(([k, v]) => `${k}=${v}`), ...argv].join(' ')}\n`);
          if (argv.length === 0) {
            for (const [k, v] of assigns) this.setVar(k, v);
            const st = this.cmdsubStatus ?? 0;
            return yield* this.withRedirs(cmd.redirs, function* () {
              return st;
            });
          }
          if (argv[0] === 'exec' && argv.length === 1) {
            // `exec >file 2>&1`: the redirections stay in effect for the rest of the script.
            return (yield* this.applyRedirs(cmd.redirs)) ? 0 : 1;
          }
          if (cmd.redirs.length === 0) return yield* this.runCommand(argv, assigns);
          return yield* this.withRedirs(cmd.redirs, () => this.runCommand(argv, assigns));
        }
        case 'func':
          this.funcs.set(cmd.name, cmd.body);
          return (this.status = 0);
        default:
          if (cmd.redirs.length === 0) return yield* this.evalCompound(cmd);
          return yield* this.withRedirs(cmd.redirs, () => this.evalCompound(cmd));
      }
    } catch (e) {
      // Expansion errors (${x:?}, bad arithmetic) end a non-interactive shell with status 2.
      if (!(e instanceof ExpandError)) throw e;
      yield* this.error(e.message);
      throw new ExitNow(2);
    }
  }

  /** The generator that runs a compound command (not one wrapping it: one level less in every
   * suspension of a loop). */
  evalCompound(cmd: Exclude<CommandNode, SimpleNode | { t: 'func' }>): Gen<number> {
    switch (cmd.t) {
      case 'group':
        return this.evalList(cmd.body);
      case 'subshell':
        return this.evalSubshell(cmd);
      case 'if':
        return this.evalIf(cmd);
      case 'loop':
        return evalLoop(this, cmd);
      case 'for':
        return evalFor(this, cmd);
      case 'case':
        return evalCase(this, cmd);
    }
  }

  private *evalSubshell(cmd: GroupNode): Gen<number> {
    const sub = this.clone();
    let code: number;
    try {
      code = yield* sub.evalList(cmd.body);
      code = yield* sub.runExitTrap(code);
    } catch (e) {
      if (!(e instanceof ExitNow)) throw e;
      code = yield* sub.runExitTrap(e.code);
    } finally {
      this.syncDisposition();
    }
    return (this.status = code);
  }

  private *evalIf(cmd: IfNode): Gen<number> {
    for (const c of cmd.clauses) {
      this.condDepth++;
      let ok: number;
      try {
        ok = yield* this.evalList(c.cond);
      } finally {
        this.condDepth--;
      }
      if (ok === 0) return yield* this.evalList(c.body);
    }
    if (cmd.elseBody) return yield* this.evalList(cmd.elseBody);
    return (this.status = 0);
  }

  /** Apply redirections around `body`, restoring the descriptors afterwards. */
  *withRedirs(redirs: Redir[], body: () => Gen<number>): Gen<number> {
    if (redirs.length === 0) return yield* body();
    const saved = this.fds;
    this.fds = [...saved];
    try {
      if (!(yield* this.applyRedirs(redirs))) return (this.status = 1);
      return yield* body();
    } finally {
      this.fds = saved;
    }
  }

  /** Open files for redirections into this.fds. Prints the error and returns false on failure. */
  *applyRedirs(redirs: Redir[]): Gen<boolean> {
    return yield* applyRedirs(this, redirs);
  }

  /** Status of the last command substitution in the current simple command (for `x=$(false)`). */
  cmdsubStatus: number | null = null;

  *cmdsub(body: ListNode): Gen<string> {
    const sub = this.clone();
    const cap = new CaptureStream();
    sub.fds[1] = { out: cap };
    let code: number;
    try {
      code = yield* sub.evalList(body);
    } catch (e) {
      if (!(e instanceof ExitNow)) throw e;
      code = e.code;
    }
    this.cmdsubStatus = code;
    this.syncDisposition();
    return cap.text;
  }

  /**
   * A simple command without redirections whose words expand without suspending (no command
   * substitution), up to the point where it runs: its status when that is already known, else the
   * generator that runs it (see launch).
   */
  startSimple(cmd: SimpleNode, plan: InlinePlan): Launched {
    this.line = cmd.line;
    this.cmdsubStatus = null;
    // Most commands assign nothing: share one (never modified) empty list.
    const assigns: [string, string][] = cmd.assigns.length === 0 ? NO_ASSIGNS : [];
    for (let i = 0; i < cmd.assigns.length; i++) {
      const a = cmd.assigns[i];
      assigns.push([a.name, expandToStringNow(this, a.value)]);
    }
    const argv = plan.argv ?? expandWordsNow(this, cmd.words);
    if (argv.length === 0) {
      for (const [k, v] of assigns) this.setVar(k, v);
      return this.cmdsubStatus ?? 0;
    }
    // `exec` alone with no redirections to keep: nothing to do.
    if (argv[0] === 'exec' && argv.length === 1) return 0;
    return this.launch(argv, assigns, plan);
  }

  /** Set by launch: the command name a write failure is reported under, or null (not guarded). */
  launchGuard: string | null = null;

  /**
   * Find and prepare a command by name: function, builtin, then an applet/script found in $PATH.
   * Returns its status when it needs no running (`:`, `true`, `echo` to a log), a system call that is
   * all it does before returning 0 (`sleep 2`), else the generator that runs it; when launchGuard is
   * set, write failures of that generator become `name: write error: ...`.
   */
  private launch(argv: string[], assigns: [string, string][], plan?: InlinePlan): Launched {
    const name = argv[0];
    this.launchGuard = null;
    const fn = this.funcs.get(name);
    if (fn) {
      this.assign(assigns);
      return this.callFunction(fn, argv);
    }
    const builtin = BUILTIN_TABLE.get(name);
    if (builtin) {
      this.assign(assigns);
      // Fast path for the no-op builtins of tight loops (`while true; do :; done`).
      if (name === ':' || name === 'true') return 0;
      // `echo` to streams that never block: its output written now, without a generator.
      if (name === 'echo') {
        const out = this.stdout();
        const err = this.stderr();
        if (out.sync && err.sync) return this.echoNow(argv, out, err);
      }
      this.launchGuard = name;
      return builtin(this, argv);
    }
    const path = this.getVar('PATH') ?? '';
    let found: FoundCommand;
    if (plan !== undefined && argv === plan.argv) {
      // A literal command: what findCommand found for it last time, while nothing it depends on changed.
      const version = currentTreesVersion();
      if (
        plan.found !== null &&
        plan.foundFs === this.fs &&
        plan.foundPath === path &&
        plan.foundCwd === this.cwd &&
        plan.foundVersion === version
      )
        found = plan.found;
      else {
        found = findCommand(this.fs, name, path, this.cwd);
        plan.found = found;
        plan.foundFs = this.fs;
        plan.foundPath = path;
        plan.foundCwd = this.cwd;
        plan.foundVersion = version;
      }
    } else found = findCommand(this.fs, name, path, this.cwd);
    if (found.kind === 'missing') return this.failWith(`${name}: not found`, 127);
    if (found.kind === 'denied') return this.failWith(`${name}: Permission denied`, 126);
    let env = this.exportedEnv();
    if (assigns.length > 0) {
      env = [...env];
      for (const [k, v] of assigns) {
        const i = env.findIndex(([ek]) => ek === k);
        if (i >= 0) env[i] = [k, v];
        else env.push([k, v]);
      }
    }
    if (found.kind === 'script') {
      const sub = this.clone();
      sub.arg0 = name;
      sub.positional = argv.slice(1);
      sub.funcs = new Map();
      for (const [k, v] of assigns) sub.setVar(k, v, true);
      return sub.runScript(found.text);
    }
    if (found.run === sleepApplet) {
      // `sleep 2`: what the applet would yield, without running it.
      const sleep = plainSleep(argv);
      if (sleep !== null) return sleep;
    }
    this.launchGuard = found.applet;
    const ctx = this.appletCtx(found.applet, argv, env);
    if (found.run === nslookupApplet) {
      const staged = stagedNslookup(ctx);
      if (staged !== null) return staged;
    }
    return found.run(ctx);
  }

  /** Prefix assignments that stay (before a function or builtin): indexed, this runs per command. */
  private assign(assigns: [string, string][]): void {
    for (let i = 0; i < assigns.length; i++) this.setVar(assigns[i][0], assigns[i][1]);
  }

  /** The last context handed to an applet: a loop running the same command gets the same object. */
  private lastCtx: AppletCtx | null = null;

  private appletCtx(name: string, argv: string[], env: [string, string][]): AppletCtx {
    const stdin = this.fds[0]?.in;
    const stdout = this.stdout();
    const stderr = this.stderr();
    const last = this.lastCtx;
    // Contexts are never modified, so an identical one can be shared (not a fresh empty stdin).
    if (
      last !== null &&
      stdin !== undefined &&
      last.argv === argv &&
      last.name === name &&
      last.env === env &&
      last.cwd === this.cwd &&
      last.stdin === stdin &&
      last.stdout === stdout &&
      last.stderr === stderr &&
      last.proc === this.proc
    )
      return last;
    const ctx: AppletCtx = {
      name,
      argv,
      env,
      cwd: this.cwd,
      stdin: stdin ?? InStream.empty(),
      stdout,
      stderr,
      proc: this.proc,
      kernel: this.kernel,
    };
    this.lastCtx = ctx;
    return ctx;
  }

  /** The echo applet run through non-blocking streams (what BUILTINS.echo + writeFailed would do). */
  private echoNow(argv: string[], out: OutStream, err: OutStream): number {
    try {
      out.write(echoOutput(argv));
      return 0;
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      try {
        err.write(`echo: write error: ${e.message}\n`);
      } catch (e2) {
        if (!(e2 instanceof WriteError)) throw e2;
      }
      return 1;
    }
  }

  private *failWith(message: string, code: number): Gen<number> {
    yield* this.error(message);
    return code;
  }

  /** Run a command by name: function, builtin, then an applet/script found in $PATH. */
  *runCommand(argv: string[], assigns: [string, string][]): Gen<number> {
    const run = this.launch(argv, assigns);
    if (typeof run === 'number') return run;
    if (isSys(run)) {
      yield run;
      return 0;
    }
    const guard = this.launchGuard;
    if (isStaged(run)) {
      yield run.sys;
      try {
        return run.finish();
      } catch (e) {
        if (guard === null || !(e instanceof WriteError)) throw e;
        return yield* this.writeFailed(guard, e);
      }
    }
    if (guard === null) return yield* run;
    try {
      return yield* run;
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      return yield* this.writeFailed(guard, e);
    }
  }

  /** A write failure (ENOSPC on a full volume...) becomes `x: write error: ...` and status 1; any other
   * error goes on up. */
  *writeFailed(name: string, e: unknown): Gen<number> {
    if (!(e instanceof WriteError)) throw e;
    try {
      yield* this.stderr().write(`${name}: write error: ${e.message}\n`);
    } catch (e2) {
      if (!(e2 instanceof WriteError)) throw e2;
    }
    return 1;
  }

  *callFunction(body: CommandNode, argv: string[]): Gen<number> {
    const savedPos = this.positional;
    this.positional = argv.slice(1);
    this.locals.push(new Map());
    try {
      return yield* this.evalCommand(body);
    } catch (e) {
      if (e instanceof ReturnFn) return (this.status = e.code);
      throw e;
    } finally {
      this.positional = savedPos;
      const frame = this.locals.pop()!;
      for (const [k, v] of frame) {
        if (v === undefined) this.vars.delete(k);
        else this.vars.set(k, v);
      }
    }
  }

  *matchCase(word: string, patterns: import('./ast').Word[]): Gen<boolean> {
    for (const p of patterns) if (matchPattern(yield* expandPattern(this, p), word)) return true;
    return false;
  }

  *expandFields(words: import('./ast').Word[]): Gen<string[]> {
    return yield* expandWords(this, words);
  }
  *expandOne(word: import('./ast').Word): Gen<string[]> {
    return yield* expandWord(this, word);
  }
}

const NO_ASSIGNS: [string, string][] = Object.freeze([]) as unknown as [string, string][];

/** What launch returns: a status, a system call to make before status 0, or a generator to run. */
export type Launched = number | Sys | Staged | Gen<number>;

/** What evalList needs to run a lone command inline, worked out once per (never changing) pipeline
 * node: the command, its argv when all its words are literals, and the last command found for it. */
export interface InlinePlan {
  readonly cmd: CommandNode;
  /** A simple command's fields when they are all plain literals (frozen), else null. */
  readonly argv: string[] | null;
  /** findCommand's answer for argv[0], and the filesystem, tree version and $PATH it was for. */
  found: FoundCommand | null;
  foundFs: Filesystem | null;
  foundVersion: number;
  foundPath: string;
  /** `./run` and relative $PATH entries are found from the working directory. */
  foundCwd: string;
}

const inlinePlans = new WeakMap<PipelineNode, InlinePlan | null>();

function inlinePlan(p: PipelineNode): InlinePlan | null {
  let plan = inlinePlans.get(p);
  if (plan === undefined) {
    const cmd = loneCommand(p);
    plan =
      cmd === null
        ? null
        : {
            cmd,
            argv: cmd.t === 'simple' ? literalWords(cmd.words) : null,
            found: null,
            foundFs: null,
            foundVersion: -1,
            foundPath: '',
            foundCwd: '',
          };
    inlinePlans.set(p, plan);
  }
  return plan;
}

/** A pipeline's one command when it can take evalList's inline path (see inlineCommand), else null. */
function loneCommand(p: PipelineNode): CommandNode | null {
  const only = p.cmds.length === 1 && !p.bang ? p.cmds[0] : null;
  if (only === null || only.t === 'func') return only;
  if (only.t !== 'simple') return only.redirs.length === 0 ? only : null;
  return only.redirs.length === 0 &&
    !only.words.some(wordCanSuspend) &&
    !only.assigns.some((a) => wordCanSuspend(a.value))
    ? only
    : null;
}

/** What `sleep ARGS` amounts to when it is a plain wait: the sleep to yield (then status 0), 0 for no
 * wait at all, null when the applet must run. Remembered for literal (frozen) argv. */
const plainSleeps = new WeakMap<string[], Sys | 0 | null>();

function plainSleep(argv: string[]): Sys | 0 | null {
  let sleep = plainSleeps.get(argv);
  if (sleep === undefined) {
    const ms = plainSleepMs(argv);
    sleep = ms === null ? null : ms > 0 ? { k: 'sleep', ms } : 0;
    if (Object.isFrozen(argv)) plainSleeps.set(argv, sleep);
  }
  return sleep;
}
