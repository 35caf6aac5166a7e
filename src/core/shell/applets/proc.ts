// kill and ps: they talk to the container's kernel.
import { out, type Applet } from '../applet';
import { SIGNAL_NUMBERS, signalByName } from '../os';
import type { Signal } from '../../runtime/types';

export const kill: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  let sig: Signal = 'TERM';
  if (args[0] === '-l') {
    yield* out(ctx, Object.keys(SIGNAL_NUMBERS).join(' ') + '\n');
    return 0;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    const s = signalByName(args.shift() ?? '');
    if (!s) {
      yield* ctx.stderr.write(`sh: bad signal name '${ctx.argv[2] ?? ''}'\n`);
      return 1;
    }
    sig = s;
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const s = signalByName(args[0].slice(1));
    if (!s) {
      yield* ctx.stderr.write(`sh: bad signal name '${args[0].slice(1)}'\n`);
      return 1;
    }
    sig = s;
    args.shift();
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    yield* ctx.stderr.write(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: kill [-l] [-SIG] PID...\n',
    );
    return 1;
  }
  let status = 0;
  for (const a of args) {
    const pid = Number(a);
    if (!/^[0-9]+$/.test(a)) {
      yield* ctx.stderr.write(`sh: bad pid '${a}'\n`);
      status = 1;
      continue;
    }
    if (!ctx.kernel.signal(pid, sig)) {
      yield* ctx.stderr.write(`sh: can't kill pid ${a}: No such process\n`);
      status = 1;
    }
  }
  return status;
};

export const ps: Applet = function* (ctx) {
  let text = 'PID   USER     TIME  COMMAND\n';
  for (const p of ctx.kernel.processes())
    text += `${String(p.pid).padStart(5)} root      0:00 ${p.argv.join(' ')}\n`;
  yield* out(ctx, text);
  return 0;
};
