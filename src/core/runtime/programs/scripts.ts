// python3 and node, as far as Kubernetes examples use them: `python -m http.server`, a tiny
// `http.createServer(...).listen(PORT)` server, print/console.log lines, sleeps. Anything else in a
// script is skipped: these are stand-ins for the interpreters, not interpreters.
import { abs, err, out, type Applet, type AppletCtx } from '../../shell/applet';
import { WaitQueue, type Gen } from '../../shell/io';
import { normalizePath } from '../../vfs/path';
import type { HttpResponse } from '../ports';
import { staticFiles } from '../../shell/applets/httpd';

function* serveForever(): Gen<number> {
  const idle = new WaitQueue();
  for (;;) yield { k: 'block', q: idle, interruptible: false };
}

function envOf(ctx: AppletCtx, name: string): string | undefined {
  return ctx.env.find(([k]) => k === name)?.[1];
}

/** Python's http.server: files, or a directory listing when there is no index.html. */
function pythonServe(ctx: AppletCtx, root: string): (path: string) => HttpResponse {
  const files = staticFiles(ctx.kernel.fs, root, (p) => ctx.kernel.fileActivity('file-read', p));
  return (path) => {
    const clean = normalizePath('/', path.split('?')[0] || '/');
    const full = normalizePath(root, '.' + clean);
    const fs = ctx.kernel.fs;
    if (fs.stat(full)?.kind === 'dir' && !fs.exists(normalizePath(full, 'index.html'))) {
      const items = fs
        .readdir(full)
        .map((n) => (fs.stat(normalizePath(full, n))?.kind === 'dir' ? `${n}/` : n))
        .map((n) => `<li><a href="${n}">${n}</a></li>\n`)
        .join('');
      const title = `Directory listing for ${clean.endsWith('/') ? clean : clean + '/'}`;
      const body = `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<hr>\n<ul>\n${items}</ul>\n<hr>\n</body>\n</html>\n`;
      return { status: 200, reason: 'OK', body };
    }
    const res = files(path);
    return res.status === 404 ? { status: 404, reason: 'File not found', body: '' } : res;
  };
}

function* pythonHttpServer(ctx: AppletCtx, args: string[]): Gen<number> {
  let port = 8000;
  let dir = ctx.cwd;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-d' || args[i] === '--directory') dir = abs(ctx, args[++i] ?? '.');
    else if (args[i] === '-b' || args[i] === '--bind') i++;
    else if (/^[0-9]+$/.test(args[i])) port = Number(args[i]);
  }
  if (!ctx.kernel.listen(port, ctx.proc.pid, pythonServe(ctx, dir))) {
    yield* ctx.stderr.write(
      'Traceback (most recent call last):\n  File "<frozen runpy>", line 198, in _run_module_as_main\nOSError: [Errno 98] Address already in use\n',
    );
    return 1;
  }
  // Python block-buffers stdout when it is not a terminal: this line only reaches the log with -u
  // or PYTHONUNBUFFERED (the classic "my logs are empty" surprise).
  const unbuffered = ctx.argv.includes('-u') || (envOf(ctx, 'PYTHONUNBUFFERED') ?? '') !== '';
  if (unbuffered) yield* out(ctx, `Serving HTTP on 0.0.0.0 port ${port} (http://0.0.0.0:${port}/) ...\n`);
  return yield* serveForever();
}

/** Statements a stand-in understands: print/console.log of a literal, sleeps, and a listen(PORT). */
function* runScript(ctx: AppletCtx, code: string, lang: 'python' | 'node'): Gen<number> {
  let port: number | null = null;
  let body = 'Hello World\n';
  const reply = /(?:res\.end|res\.send|wfile\.write)\(\s*b?(['"`])((?:\\.|(?!\1).)*)\1/.exec(code);
  if (reply) body = reply[2].replace(/\\n/g, '\n');
  const listen = /\.listen\(\s*([0-9]+)|HTTPServer\(\(\s*['"][^'"]*['"]\s*,\s*([0-9]+)/.exec(code);
  if (listen) port = Number(listen[1] ?? listen[2]);
  const statements = code.split(/[;\n]/);
  for (const st of statements) {
    const print = /^\s*(?:print|console\.log)\(\s*(['"`])((?:\\.|(?!\1).)*)\1\s*\)/.exec(st);
    if (print) yield* out(ctx, print[2].replace(/\\n/g, '\n') + '\n');
    const sleep = /^\s*(?:time\.sleep)\(\s*([0-9.]+)\s*\)/.exec(st);
    if (sleep) yield { k: 'sleep', ms: Number(sleep[1]) * 1000 };
  }
  if (port === null) return 0;
  const serve = (): HttpResponse => ({ status: 200, reason: 'OK', body });
  if (!ctx.kernel.listen(port, ctx.proc.pid, serve)) {
    yield* err(
      ctx,
      lang === 'node'
        ? `Error: listen EADDRINUSE: address already in use :::${port}`
        : 'OSError: [Errno 98] Address already in use',
    );
    return 1;
  }
  return yield* serveForever();
}

export const python: Applet = function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => a !== '-u');
  if (args[0] === '--version' || args[0] === '-V') {
    yield* out(ctx, `Python ${envOf(ctx, 'PYTHON_VERSION') ?? '3.13.7'}\n`);
    return 0;
  }
  if (args[0] === '-m' && args[1] === 'http.server') return yield* pythonHttpServer(ctx, args.slice(2));
  if (args[0] === '-m') {
    yield* ctx.stderr.write(`${ctx.argv[0]}: No module named ${args[1] ?? ''}\n`);
    return 1;
  }
  if (args[0] === '-c') return yield* runScript(ctx, args[1] ?? '', 'python');
  if (args.length === 0) {
    // The REPL reads stdin; with nothing attached it reads EOF and exits.
    yield* ctx.stdin.readAll();
    return 0;
  }
  const file = abs(ctx, args[0]);
  if (!ctx.kernel.fs.exists(file)) {
    yield* ctx.stderr.write(
      `${ctx.argv[0]}: can't open file '${file}': [Errno 2] No such file or directory\n`,
    );
    return 2;
  }
  return yield* runScript(ctx, ctx.kernel.fs.readFile(file), 'python');
};

export const node: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  if (args[0] === '--version' || args[0] === '-v') {
    yield* out(ctx, `v${envOf(ctx, 'NODE_VERSION') ?? '24.11.0'}\n`);
    return 0;
  }
  if (args[0] === '-e' || args[0] === '--eval') return yield* runScript(ctx, args[1] ?? '', 'node');
  if (args.length === 0) {
    yield* ctx.stdin.readAll();
    return 0;
  }
  const file = abs(ctx, args[0]);
  if (!ctx.kernel.fs.exists(file)) {
    yield* ctx.stderr.write(
      `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${file}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${envOf(ctx, 'NODE_VERSION') ?? '24.11.0'}\n`,
    );
    return 1;
  }
  return yield* runScript(ctx, ctx.kernel.fs.readFile(file), 'node');
};
