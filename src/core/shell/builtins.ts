/* eslint-disable require-yield -- every step of a process is a generator; some finish without suspending. */
// Shell builtins: commands that must run inside the shell because they change its state (cd, export,
// trap, wait, read...), plus the applets ash also has built in (echo, printf, test, kill).
import type { AppletCtx } from './applet';
import { APPLETS } from './applets/registry';
import { BreakLoop, ContinueLoop, ExitNow, ReturnFn } from './control';
import type { Gen } from './io';
import type { Shell } from './interp';
import { SIGNAL_NUMBERS, signalByName } from './os';
import { findCommand } from './commands';
import { normalizePath } from '../vfs/path';
import type { Signal } from '../runtime/types';

export type Builtin = (sh: Shell, argv: string[]) => Gen<number>;

/** ash's message for a failing builtin: `sh: cd: line 1: can't cd to /x` (commandname + line). */
function* builtinError(sh: Shell, name: string, message: string): Gen<void> {
  yield* sh.stderr().write(`sh: ${name}: line ${sh.line}: ${message}\n`);
}

function appletCtx(sh: Shell, name: string, argv: string[]): AppletCtx {
  return {
    name,
    argv,
    env: sh.exportedEnv(),
    cwd: sh.cwd,
    stdin: sh.stdin(),
    stdout: sh.stdout(),
    stderr: sh.stderr(),
    proc: sh.proc,
    kernel: sh.kernel,
  };
}

const viaApplet =
  (name: string): Builtin =>
  (sh, argv) =>
    APPLETS[name](appletCtx(sh, name, argv));

function loopCount(arg: string | undefined): number {
  const n = arg === undefined ? 1 : Number(arg);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

const TRAP_NAMES: Record<string, string> = { '0': 'EXIT', EXIT: 'EXIT' };

function trapCondition(arg: string): string | null {
  const up = arg.toUpperCase().replace(/^SIG/, '');
  if (TRAP_NAMES[up]) return TRAP_NAMES[up];
  return signalByName(arg);
}

function quote(v: string): string {
  return `'${v.replace(/'/g, `'"'"'`)}'`;
}

export const BUILTINS: Record<string, Builtin> = {
  *':'() {
    return 0;
  },
  *true() {
    return 0;
  },
  *false() {
    return 1;
  },
  echo: viaApplet('echo'),
  printf: viaApplet('printf'),
  test: viaApplet('test'),
  '[': viaApplet('['),
  kill: viaApplet('kill'),
  *exit(sh, argv) {
    const n = argv[1] === undefined ? sh.status : Number(argv[1]);
    if (!Number.isInteger(n)) {
      yield* builtinError(sh, 'exit', `Illegal number: ${argv[1]}`);
      throw new ExitNow(2);
    }
    throw new ExitNow(((n % 256) + 256) % 256);
  },
  *return(sh, argv) {
    const n = argv[1] === undefined ? sh.status : Number(argv[1]);
    throw new ReturnFn(Number.isInteger(n) ? ((n % 256) + 256) % 256 : 2);
  },
  *break(sh, argv) {
    if (sh.loopDepth === 0) return 0;
    throw new BreakLoop(Math.min(loopCount(argv[1]), sh.loopDepth));
  },
  *continue(sh, argv) {
    if (sh.loopDepth === 0) return 0;
    throw new ContinueLoop(Math.min(loopCount(argv[1]), sh.loopDepth));
  },
  *export(sh, argv) {
    const args = argv.slice(1).filter((a) => a !== '-p');
    if (args.length === 0) {
      for (const [k, v] of [...sh.exportedEnv()].sort(([a], [b]) => (a < b ? -1 : 1)))
        yield* sh.stdout().write(`export ${k}=${quote(v)}\n`);
      return 0;
    }
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq >= 0) sh.setVar(a.slice(0, eq), a.slice(eq + 1), true);
      else sh.setVar(a, sh.getVar(a) ?? '', true);
    }
    return 0;
  },
  *readonly(sh, argv) {
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      if (eq >= 0) sh.setVar(a.slice(0, eq), a.slice(eq + 1));
    }
    return 0;
  },
  *local(sh, argv) {
    const frame = sh.locals[sh.locals.length - 1];
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(0, eq) : a;
      if (frame && !frame.has(name)) {
        const old = sh.vars.get(name);
        frame.set(name, old ? { ...old } : undefined);
      }
      sh.setVar(name, eq >= 0 ? a.slice(eq + 1) : (sh.getVar(name) ?? ''));
    }
    return 0;
  },
  *unset(sh, argv) {
    for (const a of argv.slice(1)) {
      if (a === '-f' || a === '-v') continue;
      sh.vars.delete(a);
      if (argv[1] === '-f') sh.funcs.delete(a);
    }
    return 0;
  },
  *set(sh, argv) {
    if (argv.length === 1) {
      for (const k of [...sh.vars.keys()].sort())
        yield* sh.stdout().write(`${k}=${quote(sh.vars.get(k)!.value)}\n`);
      return 0;
    }
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--') {
        i++;
        sh.positional = argv.slice(i);
        return 0;
      }
      if (a === '-o' || a === '+o') {
        if (argv[i + 1] === 'pipefail') sh.pipefail = a === '-o';
        if (argv[i + 1] === 'errexit') sh.errexit = a === '-o';
        i++;
        continue;
      }
      if (!/^[-+]/.test(a)) break;
      const on = a[0] === '-';
      for (const c of a.slice(1)) {
        if (c === 'e') sh.errexit = on;
        else if (c === 'x') sh.xtrace = on;
      }
    }
    if (i < argv.length) sh.positional = argv.slice(i);
    return 0;
  },
  *shift(sh, argv) {
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 0 || n > sh.positional.length) {
      yield* builtinError(sh, 'shift', "can't shift that many");
      throw new ExitNow(2);
    }
    sh.positional = sh.positional.slice(n);
    return 0;
  },
  *cd(sh, argv) {
    const target =
      argv[1] === undefined
        ? (sh.getVar('HOME') ?? '/')
        : argv[1] === '-'
          ? (sh.getVar('OLDPWD') ?? sh.cwd)
          : argv[1];
    const path = normalizePath(sh.cwd, target);
    const st = sh.fs.stat(path);
    if (!st || st.kind !== 'dir') {
      yield* builtinError(
        sh,
        'cd',
        `can't cd to ${target}: ${st ? 'Not a directory' : 'No such file or directory'}`,
      );
      return 2;
    }
    sh.setVar('OLDPWD', sh.cwd);
    sh.cwd = path;
    sh.setVar('PWD', path);
    return 0;
  },
  *pwd(sh) {
    yield* sh.stdout().write(sh.cwd + '\n');
    return 0;
  },
  *eval(sh, argv) {
    return yield* sh.evalString(argv.slice(1).join(' '));
  },
  *'.'(sh, argv) {
    if (!argv[1]) return 0;
    const path = normalizePath(sh.cwd, argv[1]);
    let text: string;
    try {
      text = sh.fs.readFile(path);
    } catch {
      yield* builtinError(sh, '.', `can't open '${argv[1]}'`);
      throw new ExitNow(2);
    }
    return yield* sh.evalString(text);
  },
  *source(sh, argv) {
    return yield* BUILTINS['.'](sh, argv);
  },
  *exec(sh, argv) {
    if (argv.length === 1) return 0;
    const code = yield* sh.runCommand(argv.slice(1), []);
    throw new ExitNow(code);
  },
  *command(sh, argv) {
    if (argv[1] === '-v') {
      const name = argv[2] ?? '';
      if (sh.funcs.has(name) || BUILTINS[name]) {
        yield* sh.stdout().write(name + '\n');
        return 0;
      }
      const f = findCommand(sh.fs, name, sh.getVar('PATH') ?? '', sh.cwd);
      if (f.kind === 'applet' || f.kind === 'script') {
        yield* sh.stdout().write(f.path + '\n');
        return 0;
      }
      return 1;
    }
    return yield* sh.runCommand(argv.slice(1), []);
  },
  *type(sh, argv) {
    let status = 0;
    for (const name of argv.slice(1)) {
      if (sh.funcs.has(name)) yield* sh.stdout().write(`${name} is a function\n`);
      else if (BUILTINS[name]) yield* sh.stdout().write(`${name} is a shell builtin\n`);
      else {
        const f = findCommand(sh.fs, name, sh.getVar('PATH') ?? '', sh.cwd);
        if (f.kind === 'applet' || f.kind === 'script') yield* sh.stdout().write(`${name} is ${f.path}\n`);
        else {
          yield* sh.stdout().write(`${name}: not found\n`);
          status = 127;
        }
      }
    }
    return status;
  },
  *trap(sh, argv) {
    const args = argv.slice(1);
    if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
      for (const [cond, action] of sh.traps) yield* sh.stdout().write(`trap -- ${quote(action)} ${cond}\n`);
      return 0;
    }
    let action: string | null = args[0];
    let conds = args.slice(1);
    if (args.length === 1 || /^[0-9]+$/.test(args[0])) {
      action = null;
      conds = args;
    } else if (action === '-') action = null;
    let status = 0;
    for (const c of conds) {
      const cond = trapCondition(c);
      if (!cond || cond === 'KILL') {
        yield* builtinError(sh, 'trap', `${c}: bad trap`);
        status = 1;
        continue;
      }
      if (action === null) sh.traps.delete(cond);
      else sh.traps.set(cond, action);
    }
    sh.syncDisposition();
    return status;
  },
  *wait(sh, argv) {
    const interrupted = (): number => 128 + SIGNAL_NUMBERS[(sh.proc.pending[0] ?? 'TERM') as Signal];
    if (argv.length === 1) {
      for (const pid of [...sh.children]) {
        const r = yield* sh.kernel.waitFor(pid, true);
        if (r === null) return interrupted();
        sh.children = sh.children.filter((p) => p !== pid);
      }
      return 0;
    }
    let status = 0;
    for (const a of argv.slice(1)) {
      const pid = Number(a);
      if (!sh.children.includes(pid)) {
        yield* builtinError(sh, 'wait', `pid ${a} is not a child of this shell`);
        status = 127;
        continue;
      }
      const r = yield* sh.kernel.waitFor(pid, true);
      if (r === null) return interrupted();
      status = r;
    }
    return status;
  },
  *read(sh, argv) {
    let raw = false;
    let i = 1;
    for (; i < argv.length && argv[i].startsWith('-'); i++) {
      if (argv[i] === '-r') raw = true;
      else if (argv[i] === '-p' || argv[i] === '-t' || argv[i] === '-u') {
        if (argv[i] === '-p') yield* sh.stderr().write(argv[i + 1] ?? '');
        i++;
      }
    }
    const names = argv.slice(i);
    if (names.length === 0) names.push('REPLY');
    let line = '';
    let eof = false;
    for (;;) {
      const l = yield* sh.stdin().readLine();
      if (l === null) {
        eof = true;
        break;
      }
      const body = l.endsWith('\n') ? l.slice(0, -1) : l;
      if (!l.endsWith('\n')) eof = true;
      if (!raw && body.endsWith('\\') && !eof) {
        line += body.slice(0, -1);
        continue;
      }
      line += body;
      break;
    }
    if (!raw) line = line.replace(/\\(.)/g, '$1');
    const trimmed = line.replace(/^[ \t]+/, '');
    let rest = trimmed;
    names.forEach((name, idx) => {
      if (idx === names.length - 1) {
        sh.setVar(name, rest.replace(/[ \t]+$/, ''));
        return;
      }
      const m = /^([^ \t]*)[ \t]*/.exec(rest)!;
      sh.setVar(name, m[1]);
      rest = rest.slice(m[0].length);
    });
    return eof && line === '' ? 1 : eof ? 1 : 0;
  },
};

/** BUILTINS for lookups by name (the table never changes after this module loads). */
export const BUILTIN_TABLE: ReadonlyMap<string, Builtin> = new Map(Object.entries(Object.freeze(BUILTINS)));
