/* eslint-disable require-yield -- every step of a process is a generator; some finish without suspending. */
// Small applets: echo, printf, true/false, yes, seq, sleep, date, hostname, id, whoami, env, uname...
import { err, out, tick, type Applet, type AppletCtx } from '../applet';
import { WaitQueue, type Gen } from '../io';
import { DATE_DEFAULT_FORMAT, strftime } from './clock';

/** Backslash escapes of `echo -e` and printf. Returns the text and whether `\c` stopped output. */
export function unescape(s: string, printf = false): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const n = s[++i];
    const map: Record<string, string> = {
      a: '\x07',
      b: '\b',
      e: '\x1b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
    };
    if (n in map) text += map[n];
    else if (n === 'c') return { text, stop: true };
    else if (n === '0' || (printf && /[0-7]/.test(n))) {
      let j = printf && n !== '0' ? i : i + 1;
      let oct = '';
      while (oct.length < 3 && j < s.length && /[0-7]/.test(s[j])) oct += s[j++];
      text += String.fromCharCode(parseInt(oct || '0', 8));
      i = j - 1;
    } else if (n === 'x') {
      let hex = '';
      let j = i + 1;
      while (hex.length < 2 && j < s.length && /[0-9a-fA-F]/.test(s[j])) hex += s[j++];
      if (hex) {
        text += String.fromCharCode(parseInt(hex, 16));
        i = j - 1;
      } else text += '\\x';
    } else text += '\\' + n;
  }
  return { text, stop: false };
}

/** An option word of echo: `-n`, `-e`, `-E` or a run of them (`-ne`). */
function isEchoOption(a: string): boolean {
  if (a.length < 2 || a.charCodeAt(0) !== 45 /* - */) return false;
  for (let i = 1; i < a.length; i++) {
    const c = a[i];
    if (c !== 'n' && c !== 'e' && c !== 'E') return false;
  }
  return true;
}

/** echoOutput of frozen argv arrays (the same literal command run again, see literalWords). */
const echoed = new WeakMap<string[], string>();

/** What `echo ARGS...` prints (argv[0] is `echo`). */
export function echoOutput(argv: string[]): string {
  if (!Object.isFrozen(argv)) return echoText(argv);
  let text = echoed.get(argv);
  if (text === undefined) echoed.set(argv, (text = echoText(argv)));
  return text;
}

function echoText(argv: string[]): string {
  let newline = true;
  let escapes = false;
  let first = 1;
  while (first < argv.length && isEchoOption(argv[first])) {
    const a = argv[first++];
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = first === argv.length - 1 ? argv[first] : argv.slice(first).join(' ');
  if (escapes) {
    const r = unescape(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  return newline ? text + '\n' : text;
}

export const echo: Applet = function* (ctx) {
  yield* out(ctx, echoOutput(ctx.argv));
  return 0;
};

export const printf: Applet = function* (ctx) {
  const [fmt, ...args] = ctx.argv.slice(1);
  if (fmt === undefined) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: printf FORMAT [ARG]...\n',
    );
    return 1;
  }
  let status = 0;
  let i = 0;
  let result = '';
  const num = function* (a: string | undefined): Gen<number> {
    if (a === undefined || a === '') return 0;
    if (/^['"]/.test(a)) return a.charCodeAt(1) || 0;
    const n = Number(a);
    if (!Number.isFinite(n)) {
      yield* err(ctx, `invalid number '${a}'`);
      status = 1;
      return 0;
    }
    return n;
  };
  do {
    const start = i;
    let stop = false;
    const re = /%([-+ #0]*)(\*|[0-9]+)?(?:\.([0-9]+))?([sdiouxXcfgeb%])/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(fmt))) {
      const lit = unescape(fmt.slice(last, m.index), true);
      result += lit.text;
      last = re.lastIndex;
      if (lit.stop) {
        stop = true;
        break;
      }
      const [, flags, width0, prec, conv] = m;
      if (conv === '%') {
        result += '%';
        continue;
      }
      const width = width0 === '*' ? yield* num(args[i++]) : width0 ? Number(width0) : 0;
      const arg = args[i++];
      let s: string;
      if (conv === 's') s = prec !== undefined ? (arg ?? '').slice(0, Number(prec)) : (arg ?? '');
      else if (conv === 'b') s = unescape(arg ?? '').text;
      else if (conv === 'c') s = (arg ?? '').slice(0, 1);
      else if (conv === 'f' || conv === 'g' || conv === 'e')
        s = (yield* num(arg)).toFixed(prec !== undefined ? Number(prec) : 6);
      else {
        const n = Math.trunc(yield* num(arg));
        s =
          conv === 'x'
            ? n.toString(16)
            : conv === 'X'
              ? n.toString(16).toUpperCase()
              : conv === 'o'
                ? n.toString(8)
                : String(n);
        if (flags.includes('+') && n >= 0) s = '+' + s;
      }
      if (s.length < width)
        s = flags.includes('-')
          ? s.padEnd(width)
          : flags.includes('0') && conv !== 's'
            ? s.padStart(width, '0')
            : s.padStart(width);
      result += s;
    }
    if (!stop) result += unescape(fmt.slice(last), true).text;
    if (stop || i === start) break;
  } while (i < args.length);
  yield* out(ctx, result);
  return status;
};

export const trueApplet: Applet = function* () {
  return 0;
};
export const falseApplet: Applet = function* () {
  return 1;
};

export const yes: Applet = function* (ctx) {
  const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n';
  // stdio's full buffering: busybox yes writes whole 4 KiB blocks to a file or pipe.
  const block = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
  for (;;) {
    yield* tick(ctx);
    yield* out(ctx, block);
  }
};

export const seq: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  let sep = '\n';
  if (args[0]?.startsWith('-s')) {
    sep = args[0].length > 2 ? args[0].slice(2) : (args[1] ?? '\n');
    args.splice(0, args[0].length > 2 ? 1 : 2);
  }
  const nums = args.map(Number);
  if (nums.length === 0 || nums.length > 3) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n',
    );
    return 1;
  }
  const bad = args.find((a) => !Number.isFinite(Number(a)));
  if (bad !== undefined) {
    yield* err(ctx, `invalid number '${bad}'`);
    return 1;
  }
  const [first, inc, last] =
    nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  if (inc === 0) return 1;
  const parts: string[] = [];
  for (let v = first; inc > 0 ? v <= last : v >= last; v += inc) {
    yield* tick(ctx);
    parts.push(String(v));
    if (parts.length >= 1000) {
      yield* out(ctx, parts.join(sep) + sep);
      parts.length = 0;
    }
  }
  if (parts.length) yield* out(ctx, parts.join(sep) + '\n');
  return 0;
};

const DURATION_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `sleep 1`, `sleep 0.5`, `sleep 2m`, `sleep 1h 30m` (busybox sums its arguments). */
export function parseDuration(arg: string): number | null {
  // Whole seconds (`sleep 2`, every iteration of a waiting loop): the same value, without regexes.
  if (allDigits(arg)) return Math.round(Number(arg) * 1000);
  if (/^inf(inity)?$/i.test(arg)) return Infinity;
  const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(arg);
  if (!m) return m;
  const mult = DURATION_UNIT[m[2]] ?? 1;
  return Math.round(Number(m[1]) * mult * 1000);
}

/** The time `sleep ARGS...` waits, when it is a plain finite wait (argv[0] is `sleep`); null when
 * the applet must run (usage or number errors, `sleep infinity`). */
export function plainSleepMs(argv: string[]): number | null {
  if (argv.length <= 1) return null;
  let ms = 0;
  for (let i = 1; i < argv.length; i++) {
    const d = parseDuration(argv[i]);
    if (d === null) return null;
    ms += d;
  }
  return ms === Infinity ? null : ms;
}

export const sleep: Applet = function* (ctx) {
  const argv = ctx.argv;
  if (argv.length <= 1) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n',
    );
    return 1;
  }
  let ms = 0;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const d = parseDuration(a);
    if (d === null) {
      yield* err(ctx, `invalid number '${a}'`);
      return 1;
    }
    ms += d;
  }
  if (ms === Infinity) {
    // `sleep infinity`: never wakes up (signals use their default action).
    const never = new WaitQueue();
    for (;;) yield { k: 'block', q: never, interruptible: false };
  }
  if (ms > 0) yield { k: 'sleep', ms };
  return 0;
};

export function nowMs(ctx: AppletCtx): number {
  return ctx.kernel.world.epochMs + ctx.kernel.sched.now();
}

export const date: Applet = function* (ctx) {
  let fmt = DATE_DEFAULT_FORMAT;
  for (const a of ctx.argv.slice(1)) {
    if (a.startsWith('+')) fmt = a.slice(1);
    else if (a === '-u' || a === '-R' || a === '-I') {
      if (a === '-R') fmt = '%a, %d %b %Y %H:%M:%S +0000';
      if (a === '-I') fmt = '%Y-%m-%d';
    } else {
      yield* err(ctx, `invalid date '${a}'`);
      return 1;
    }
  }
  yield* out(ctx, strftime(fmt, nowMs(ctx)) + '\n');
  return 0;
};

export const hostname: Applet = function* (ctx) {
  if (ctx.argv[1] === '-i') yield* out(ctx, ctx.kernel.world.podIP + '\n');
  else yield* out(ctx, ctx.kernel.world.hostname + '\n');
  return 0;
};

export const id: Applet = function* (ctx) {
  yield* out(ctx, 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
  return 0;
};

export const whoami: Applet = function* (ctx) {
  yield* out(ctx, 'root\n');
  return 0;
};

export const env: Applet = function* (ctx) {
  for (const [k, v] of ctx.env) yield* out(ctx, `${k}=${v}\n`);
  return 0;
};

export const printenv: Applet = function* (ctx) {
  const names = ctx.argv.slice(1);
  if (names.length === 0) return yield* env(ctx);
  let status = 0;
  for (const n of names) {
    const hit = ctx.env.find(([k]) => k === n);
    if (hit) yield* out(ctx, hit[1] + '\n');
    else status = 1;
  }
  return status;
};

export const uname: Applet = function* (ctx) {
  const a = ctx.argv[1];
  if (a === '-a') yield* out(ctx, `Linux ${ctx.kernel.world.hostname} 6.8.0 #1 SMP x86_64 GNU/Linux\n`);
  else if (a === '-n') yield* out(ctx, ctx.kernel.world.hostname + '\n');
  else if (a === '-r') yield* out(ctx, '6.8.0\n');
  else if (a === '-m') yield* out(ctx, 'x86_64\n');
  else yield* out(ctx, 'Linux\n');
  return 0;
};

export const basenameApplet: Applet = function* (ctx) {
  const p = ctx.argv[1] ?? '';
  let b = p.replace(/\/+$/, '');
  b = b === '' && p.startsWith('/') ? '/' : b.slice(b.lastIndexOf('/') + 1);
  const suffix = ctx.argv[2];
  if (suffix && b.endsWith(suffix) && b !== suffix) b = b.slice(0, -suffix.length);
  yield* out(ctx, b + '\n');
  return 0;
};

export const dirnameApplet: Applet = function* (ctx) {
  const p = (ctx.argv[1] ?? '').replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  yield* out(ctx, (i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)) + '\n');
  return 0;
};
