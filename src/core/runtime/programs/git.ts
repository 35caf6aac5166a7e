// `git` of the alpine/git image: enough for the classic init container that clones a repository
// into an emptyDir for a web server to serve. Hosts with a dot are "the internet" (reachable);
// a bare name must resolve in the cluster like any other host.
import { abs, out, type Applet, type AppletCtx } from '../../shell/applet';
import type { Gen } from '../../shell/io';
import { errnoText, FsError } from '../../vfs/filesystem';
import { lookup } from '../dns';

const GIT_VERSION = '2.49.1';
const USAGE =
  'usage: git [-v | --version] [-h | --help] [-C <path>] [-c <name>=<value>]\n           [--exec-path[=<path>]] [--html-path] [--man-path] [--info-path]\n           [-p | --paginate | -P | --no-pager] [--no-replace-objects] [--no-lazy-fetch]\n           [--no-optional-locks] [--no-advice] [--bare] [--git-dir=<path>]\n           [--work-tree=<path>] [--namespace=<name>] [--config-env=<name>=<envvar>]\n           <command> [<args>]\n';
/** A clone of a small repository over the network. */
const CLONE_MS = 1500;
const OPTS_WITH_VALUE = new Set([
  '-b',
  '--branch',
  '--depth',
  '-o',
  '--origin',
  '-c',
  '--config',
  '--reference',
]);

function* fatal(ctx: AppletCtx, msg: string): Gen<number> {
  yield* ctx.stderr.write(`fatal: ${msg}\n`);
  return 128;
}

/** A deterministic 40-hex "commit" for a URL. */
function commitFor(url: string): string {
  let h = 2166136261;
  let hex = '';
  for (let round = 0; hex.length < 40; round++) {
    for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ round, 16777619) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40);
}

export function repoName(url: string): string {
  const last = url.replace(/\/+$/, '').split(/[/:]/).pop() ?? 'repo';
  return last.replace(/\.git$/, '') || 'repo';
}

/** The files a clone checks out: a README, a page to serve, and the .git directory. */
export function checkout(url: string, branch: string): Record<string, string> {
  const name = repoName(url);
  const commit = commitFor(url);
  return {
    'README.md': `# ${name}\n\nCloned from ${url}.\n`,
    'index.html': `<!DOCTYPE html>\n<html>\n<head><title>${name}</title></head>\n<body>\n<h1>Hello from ${name}</h1>\n</body>\n</html>\n`,
    '.git/HEAD': `ref: refs/heads/${branch}\n`,
    '.git/config': `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "${branch}"]\n\tremote = origin\n\tmerge = refs/heads/${branch}\n`,
    '.git/description': "Unnamed repository; edit this file 'description' to name the repository.\n",
    [`.git/refs/heads/${branch}`]: `${commit}\n`,
    '.git/packed-refs': `# pack-refs with: peeled fully-peeled sorted \n${commit} refs/remotes/origin/${branch}\n`,
  };
}

function* clone(ctx: AppletCtx, args: string[]): Gen<number> {
  let quiet = false;
  let branch = 'main';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a === '-q' || a === '--quiet') quiet = true;
    else if (a === '-b' || a === '--branch') branch = args[++i] ?? branch;
    else if (a.startsWith('--branch=')) branch = a.slice('--branch='.length);
    else if (OPTS_WITH_VALUE.has(a)) i++;
    else if (a.startsWith('-')) continue;
    else rest.push(a);
  }
  const [url, dirArg] = rest;
  if (!url) {
    yield* ctx.stderr.write(
      'fatal: You must specify a repository to clone.\n\nusage: git clone [<options>] [--] <repo> [<dir>]\n',
    );
    return 129;
  }
  const dir = dirArg ?? repoName(url);
  const path = abs(ctx, dir);
  const fs = ctx.kernel.fs;
  const existing = fs.stat(path);
  if (existing && (existing.kind === 'file' || fs.readdir(path).length > 0))
    return yield* fatal(ctx, `destination path '${dir}' already exists and is not an empty directory.`);
  if (!quiet) yield* ctx.stderr.write(`Cloning into '${dir}'...\n`);
  const host = /^[a-z+]+:\/\/(?:[^@/]*@)?([^/:]+)/.exec(url)?.[1] ?? /^[^@]+@([^:]+):/.exec(url)?.[1] ?? null;
  if (host === null) {
    if (!fs.exists(abs(ctx, url))) return yield* fatal(ctx, `repository '${url}' does not exist`);
  } else if (/^(ssh|git\+ssh):|^[^@/]+@[^:]+:/.test(url)) {
    // No SSH keys (or known_hosts) in a fresh container.
    yield* ctx.stderr.write('Host key verification failed.\n');
    return yield* fatal(
      ctx,
      'Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.',
    );
  } else if (!host.includes('.') && !lookup(ctx.kernel.world, host)) {
    yield { k: 'sleep', ms: 5 };
    return yield* fatal(
      ctx,
      `unable to access '${url.replace(/\/?$/, '/')}': Could not resolve host: ${host}`,
    );
  }
  yield { k: 'sleep', ms: CLONE_MS };
  try {
    fs.mkdir(path, true);
    for (const [file, content] of Object.entries(checkout(url, branch))) {
      const full = `${path}/${file}`;
      fs.mkdir(full.slice(0, full.lastIndexOf('/')), true);
      fs.writeFile(full, content);
      ctx.kernel.fileActivity('file-write', full);
    }
  } catch (e) {
    if (e instanceof FsError)
      return yield* fatal(ctx, `could not create work tree dir '${dir}': ${errnoText(e.code)}`);
    throw e;
  }
  return 0;
}

export const git: Applet = function* (ctx) {
  const [sub, ...args] = ctx.argv.slice(1);
  if (sub === undefined) {
    yield* out(ctx, USAGE);
    return 1;
  }
  if (sub === '--version' || sub === 'version' || sub === '-v') {
    yield* out(ctx, `git version ${GIT_VERSION}\n`);
    return 0;
  }
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    yield* out(ctx, USAGE);
    return 0;
  }
  if (sub === 'clone') return yield* clone(ctx, args);
  if (['status', 'log', 'pull', 'fetch', 'checkout', 'branch', 'rev-parse'].includes(sub)) {
    if (!findRepo(ctx))
      return yield* fatal(ctx, 'not a git repository (or any of the parent directories): .git');
    if (sub === 'pull') yield* out(ctx, 'Already up to date.\n');
    if (sub === 'status')
      yield* out(
        ctx,
        "On branch main\nYour branch is up to date with 'origin/main'.\n\nnothing to commit, working tree clean\n",
      );
    return 0;
  }
  yield* ctx.stderr.write(`git: '${sub}' is not a git command. See 'git --help'.\n`);
  return 1;
};

function findRepo(ctx: AppletCtx): boolean {
  let dir = ctx.cwd;
  for (;;) {
    if (ctx.kernel.fs.exists(`${dir === '/' ? '' : dir}/.git`)) return true;
    if (dir === '/') return false;
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
}
