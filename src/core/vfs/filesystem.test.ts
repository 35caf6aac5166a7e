import { describe, expect, it } from 'vitest';
import { Filesystem, FsError, MAX_FILE_BYTES, errnoText } from './filesystem';
import { createVolume, listFiles } from './volume';
import { newDir, populate } from './tree';
import { normalizePath, dirname, basename } from './path';

function rootFs(mounts: ConstructorParameters<typeof Filesystem>[1] = []) {
  const root = newDir();
  populate(root, { '/etc/hostname': 'pod\n', '/bin/sh': 'x' });
  return new Filesystem(root, mounts);
}

function code(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('paths', () => {
  it('normalizes relative, dot and dot-dot components', () => {
    expect(normalizePath('/a/b', '../c/./d')).toBe('/a/c/d');
    expect(normalizePath('/', '../../x')).toBe('/x');
    expect(normalizePath('/tmp', '/etc//hosts/')).toBe('/etc/hosts');
    expect(dirname('/a/b/c')).toBe('/a/b');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(basename('/a/b/')).toBe('b');
  });
});

describe('Filesystem', () => {
  it('reads, writes and appends files', () => {
    const fs = rootFs();
    expect(fs.readFile('/etc/hostname')).toBe('pod\n');
    fs.writeFile('/tmp.txt', 'a');
    fs.writeFile('/tmp.txt', 'b', true);
    expect(fs.readFile('/tmp.txt')).toBe('ab');
    expect(fs.stat('/tmp.txt')).toEqual({ kind: 'file', size: 2, mode: 0o644 });
  });

  it('reports errno codes with busybox texts', () => {
    const fs = rootFs();
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => fs.writeFile('/nodir/x', 'a'))).toBe('ENOENT');
    expect(code(() => fs.writeFile('/etc/hostname/x', 'a'))).toBe('ENOTDIR');
    expect(code(() => fs.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => fs.remove('/etc'))).toBe('ENOTEMPTY');
    expect(errnoText('ENOENT')).toBe('No such file or directory');
    expect(errnoText('ENOSPC')).toBe('No space left on device');
  });

  it('mkdir -p creates parents and readdir sorts', () => {
    const fs = rootFs();
    fs.mkdir('/a/b/c', true);
    fs.writeFile('/a/z', '');
    fs.writeFile('/a/m', '');
    expect(fs.readdir('/a')).toEqual(['b', 'm', 'z']);
    expect(code(() => fs.mkdir('/etc/hostname/x', true))).toBe('ENOTDIR');
  });

  it('renames and removes recursively', () => {
    const fs = rootFs();
    fs.mkdir('/d/e', true);
    fs.writeFile('/d/e/f', 'x');
    fs.rename('/d', '/moved');
    expect(fs.readFile('/moved/e/f')).toBe('x');
    fs.remove('/moved', true);
    expect(fs.exists('/moved')).toBe(false);
  });

  it('mounts volumes so files persist in the volume and show in the parent listing', () => {
    const vol = createVolume('data');
    const fs = rootFs([{ mountPath: '/data', volume: vol, readOnly: false }]);
    expect(fs.readdir('/')).toContain('data');
    fs.writeFile('/data/log.txt', 'hello\n');
    fs.mkdir('/data/sub');
    fs.writeFile('/data/sub/a', 'a');
    expect(fs.volumeOf('/data/log.txt')).toBe('data');
    expect(fs.volumeOf('/etc/hostname')).toBeNull();
    // A second container (e.g. after a restart) sees the same data.
    const fs2 = rootFs([{ mountPath: '/other', volume: vol, readOnly: false }]);
    expect(fs2.readFile('/other/log.txt')).toBe('hello\n');
    expect(listFiles(vol)).toEqual([
      { path: 'log.txt', size: 6, content: 'hello\n' },
      { path: 'sub/a', size: 1, content: 'a' },
    ]);
  });

  it('refuses writes on read-only mounts and mount points', () => {
    const vol = createVolume('config', { 'app.conf': 'x=1\n' });
    const fs = rootFs([{ mountPath: '/etc/config', volume: vol, readOnly: true }]);
    expect(fs.readFile('/etc/config/app.conf')).toBe('x=1\n');
    expect(code(() => fs.writeFile('/etc/config/app.conf', 'y'))).toBe('EROFS');
    expect(code(() => fs.remove('/etc/config/app.conf'))).toBe('EROFS');
    expect(code(() => fs.remove('/etc/config', true))).toBe('EBUSY');
  });

  it('supports subPath mounts of a directory and of a single file', () => {
    const vol = createVolume('cfg', {
      'nginx.conf': 'worker_processes 1;\n',
      'site/index.html': '<h1>hi</h1>',
    });
    const fs = rootFs([
      { mountPath: '/etc/nginx/nginx.conf', volume: vol, readOnly: true, subPath: 'nginx.conf' },
      { mountPath: '/html', volume: vol, readOnly: false, subPath: 'site' },
    ]);
    expect(fs.readFile('/etc/nginx/nginx.conf')).toBe('worker_processes 1;\n');
    expect(fs.readdir('/etc/nginx')).toEqual(['nginx.conf']);
    expect(fs.readFile('/html/index.html')).toBe('<h1>hi</h1>');
    fs.writeFile('/html/new', 'n');
    expect(listFiles(vol).map((f) => f.path)).toContain('site/new');
  });

  it('creates a missing subPath directory in the volume', () => {
    const vol = createVolume('v');
    const fs = rootFs([{ mountPath: '/w', volume: vol, readOnly: false, subPath: 'a/b' }]);
    fs.writeFile('/w/f', '1');
    expect(listFiles(vol)).toEqual([{ path: 'a/b/f', size: 1, content: '1' }]);
  });

  it('caps a single file at 1 MiB and a volume at its size limit (ENOSPC)', () => {
    const fs = rootFs();
    const big = 'x'.repeat(MAX_FILE_BYTES);
    fs.writeFile('/big', big);
    expect(code(() => fs.writeFile('/big', 'y', true))).toBe('ENOSPC');
    const vol = createVolume('small', {}, { sizeLimitBytes: 10 });
    const fs2 = rootFs([{ mountPath: '/s', volume: vol, readOnly: false }]);
    fs2.writeFile('/s/a', '12345');
    expect(code(() => fs2.writeFile('/s/b', '123456'))).toBe('ENOSPC');
    fs2.writeFile('/s/a', '1'); // shrinking is always fine
  });

  it('counts sizes in UTF-8 bytes', () => {
    const fs = rootFs();
    fs.writeFile('/u', 'é€😀');
    expect(fs.stat('/u')!.size).toBe(2 + 3 + 4);
  });
});

describe('lookupChild (the $PATH search)', () => {
  it('finds what lookup finds at dir/name, through and at mount points', () => {
    const names = ['a', 'b', 'bin', 'x'];
    const dirs = ['/', '/a', '/a/b', '/bin', '/a/bin', '/x', '/a/b/x'];
    for (let seed = 0; seed < 60; seed++) {
      const pick = (i: number) => names[(seed * 7 + i * 3) % names.length];
      const root = newDir();
      populate(root, {
        [`/${pick(0)}/${pick(1)}/f`]: '1',
        [`/bin/${pick(2)}`]: '2',
        '/a/b/x': '3',
        '/x': '4',
      });
      const vol = createVolume('v', { [pick(3)]: 'in volume', 'sub/deep': 'd' });
      const file = createVolume('f', { only: 'file' });
      const mounts = [
        {
          mountPath: dirs[seed % dirs.length] === '/' ? '/m' : dirs[seed % dirs.length],
          volume: vol,
          readOnly: false,
        },
        { mountPath: `/bin/${pick(seed)}`, volume: file, readOnly: true, subPath: 'only' },
      ];
      const fs = new Filesystem(root, mounts);
      for (const dir of [...dirs, '/m', '/m/sub', '/bin']) {
        for (const name of [...names, 'f', 'only', 'sub', 'deep', 'm']) {
          const full = dir === '/' ? `/${name}` : `${dir}/${name}`;
          expect(fs.lookupChild(dir, name), `${full} (case ${seed})`).toBe(fs.lookup(full));
        }
      }
      // Remembered directories follow changes to the trees.
      fs.mkdir('/new');
      fs.writeFile('/new/tool', 'echo hi');
      expect(fs.lookupChild('/new', 'tool')).toBe(fs.lookup('/new/tool'));
    }
  });
});
