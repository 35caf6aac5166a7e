// Redirections: opening files, here-documents and fd duplication for one command.
import type { Redir } from './ast';
import { fileOut } from './applet';
import { ExpandError, expandToString } from './expand';
import { InStream, NULL_OUT, type Gen } from './io';
import type { Shell } from './interp';
import { FsError, errnoText } from '../vfs/filesystem';
import { normalizePath } from '../vfs/path';

/** Open files for redirections into sh.fds. Prints the busybox error and returns false on failure. */
export function* applyRedirs(sh: Shell, redirs: Redir[]): Gen<boolean> {
  for (const r of redirs) {
    let target: string;
    try {
      target = r.heredoc ? '' : yield* expandToString(sh, r.target);
    } catch (e) {
      if (e instanceof ExpandError) {
        yield* sh.error(e.message);
        return false;
      }
      throw e;
    }
    if (r.heredoc) {
      const body = yield* expandToString(sh, r.heredoc);
      sh.fds[r.fd] = { in: InStream.fromText(body) };
      continue;
    }
    if (r.op === '>&' || r.op === '<&') {
      if (target === '-') {
        sh.fds[r.fd] = {};
        continue;
      }
      if (!/^[0-9]$/.test(target)) {
        yield* sh.error(`${target}: bad number`);
        return false;
      }
      sh.fds[r.fd] = sh.fds[Number(target)] ?? {};
      continue;
    }
    const path = normalizePath(sh.cwd, target);
    if (r.op === '<' || r.op === '<>') {
      if (path === '/dev/null') {
        sh.fds[r.fd] = { in: InStream.empty() };
        continue;
      }
      try {
        const text = sh.fs.readFile(path);
        sh.kernel.fileActivity('file-read', path);
        sh.fds[r.fd] = { in: InStream.fromText(text) };
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        yield* sh.error(`can't open ${target}: ${e.code === 'ENOENT' ? 'no such file' : errnoText(e.code)}`);
        return false;
      }
      continue;
    }
    // > >> >|
    if (path === '/dev/null') {
      sh.fds[r.fd] = { out: NULL_OUT };
      continue;
    }
    if (path === '/dev/stdout' || path === '/dev/stderr') {
      sh.fds[r.fd] = sh.fds[path === '/dev/stdout' ? 1 : 2] ?? {};
      continue;
    }
    try {
      sh.fs.writeFile(path, '', r.op === '>>');
      if (r.op !== '>>') sh.kernel.fileActivity('file-write', path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      yield* sh.error(
        `can't create ${target}: ${e.code === 'ENOENT' ? 'nonexistent directory' : errnoText(e.code)}`,
      );
      return false;
    }
    sh.fds[r.fd] = { out: fileOut(sh.kernel, path) };
  }
  return true;
}
