// curl of the curlimages/curl image: GET over the pod's and the cluster's network, with curl's exit
// codes and messages (6 resolve, 7 connect, 22 -f, 28 timeout, 52 empty reply), and the progress
// meter curl writes to stderr when its output is not a terminal.
import { abs, out, type Applet, type AppletCtx } from '../../shell/applet';
import type { Gen } from '../../shell/io';
import { httpOver } from '../ports';
import { dial } from '../../shell/applets/netclient';

const WITH_VALUE = new Set([
  '-o',
  '--output',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-H',
  '--header',
  '-X',
  '--request',
  '-d',
  '--data',
  '-A',
  '--user-agent',
  '-w',
  '--write-out',
]);

function speed(n: number): string {
  return n < 100_000 ? String(n) : `${Math.round(n / 1024)}k`;
}

function meter(size: number): string {
  const s = String(size).padStart(5);
  return (
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
    '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
    `\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100 ${s}  100 ${s}    0     0  ${speed(size * 1000).padStart(5)}      0 --:--:-- --:--:-- --:--:-- ${speed(size * 1000).padStart(5)}\n`
  );
}

export const curl: Applet = function* (ctx) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const urls: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (WITH_VALUE.has(a)) values.set(a, args[++i] ?? '');
    else if (/^-[a-zA-Z]+$/.test(a)) for (const c of a.slice(1)) flags.add(`-${c}`);
    else if (a.startsWith('--')) flags.add(a);
    else urls.push(a);
  }
  const silent = flags.has('-s') || flags.has('--silent');
  const showErrors = !silent || flags.has('-S') || flags.has('--show-error');
  const fail = flags.has('-f') || flags.has('--fail');
  const head = flags.has('-I') || flags.has('--head');
  const output = values.get('-o') ?? values.get('--output');
  const maxTime = Number(
    values.get('-m') ?? values.get('--max-time') ?? values.get('--connect-timeout') ?? 0,
  );
  const error = function* (code: number, msg: string): Gen<number> {
    if (showErrors) yield* ctx.stderr.write(`curl: (${code}) ${msg}\n`);
    return code;
  };
  const url = urls[0];
  if (!url) {
    yield* ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const m = /^(?:https?:\/\/)?([^/:]+)(?::([0-9]+))?(\/.*)?$/.exec(url);
  if (!m) return yield* error(3, 'URL rejected: Malformed input to a URL function');
  const [host, port, path] = [m[1], m[2] ? Number(m[2]) : 80, m[3] ?? '/'];
  const start = ctx.kernel.sched.now();
  const d = yield* dial(ctx, host, port, maxTime > 0 ? maxTime : undefined);
  const took = ctx.kernel.sched.now() - start;
  if (d.kind === 'unresolved') return yield* error(6, `Could not resolve host: ${host}`);
  if (d.kind === 'timeout' && d.by === 'alarm')
    return yield* error(28, `Connection timed out after ${took} milliseconds`);
  if (d.kind !== 'ok')
    return yield* error(
      7,
      `Failed to connect to ${host} port ${port} after ${took} ms: Couldn't connect to server`,
    );
  const res = httpOver(d.listener, path, `${host}:${port}`);
  if (!res) return yield* error(52, 'Empty reply from server');
  if (fail && res.status >= 400) return yield* error(22, `The requested URL returned error: ${res.status}`);
  const body = head
    ? `HTTP/1.1 ${res.status} ${res.reason}\r\nContent-Length: ${res.body.length}\r\n\r\n`
    : res.body;
  if (!silent) yield* ctx.stderr.write(meter(body.length));
  if (output !== undefined && output !== '-') {
    ctx.kernel.fs.writeFile(abs(ctx, output), body);
    return 0;
  }
  yield* out(ctx, body);
  return 0;
};

/** curlimages/curl's /entrypoint.sh: `curl` when the first argument is an option, else exec. */
export function* curlEntrypoint(
  ctx: AppletCtx,
  runArgv: (ctx: AppletCtx, argv: string[]) => Gen<number>,
): Gen<number> {
  const args = ctx.argv.slice(1);
  const argv = args.length === 0 || args[0].startsWith('-') ? ['curl', ...args] : args;
  return yield* runArgv(ctx, argv);
}
