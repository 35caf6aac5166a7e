import { describe, expect, it } from 'vitest';
import { imageInfo, parseImage, resolveArgv, startContainer, MAX_LOG_BYTES_PER_RUN } from './index';
import type { ExecResult } from './types';
import { TestScheduler, recordingWorld } from './testing/harness';
import { runContainer, sh } from './testing/run';
import { createVolume, listFiles } from '../vfs/volume';

describe('image catalog', () => {
  it('knows busybox, nginx, alpine, redis and pause with their defaults', () => {
    expect(imageInfo('busybox')).toMatchObject({ exists: true, entrypoint: [], cmd: ['sh'] });
    expect(imageInfo('busybox:1.28').exists).toBe(true);
    expect(imageInfo('docker.io/library/busybox:1.36.1').exists).toBe(true);
    expect(imageInfo('nginx:1.27')).toMatchObject({
      exists: true,
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
    });
    expect(imageInfo('registry.k8s.io/pause:3.10')).toMatchObject({ exists: true, entrypoint: ['/pause'] });
    expect(imageInfo('alpine').cmd).toEqual(['/bin/sh']);
    expect(imageInfo('busybox').sizeBytes).toBeGreaterThan(0);
    expect(imageInfo('nginx').stopSignal).toBe('QUIT');
    expect(imageInfo('busybox').stopSignal).toBe('TERM');
  });

  it('does not know other images or odd tags', () => {
    expect(imageInfo('myregistry/app:1.0').exists).toBe(false);
    expect(imageInfo('nginx:doesnotexist').exists).toBe(false);
    expect(imageInfo('busybx').exists).toBe(false);
  });

  it('parses references', () => {
    expect(parseImage('busybox')).toEqual({ repo: 'busybox', tag: 'latest' });
    expect(parseImage('docker.io/library/nginx:1.27@sha256:abc')).toEqual({ repo: 'nginx', tag: '1.27' });
    expect(parseImage('localhost:5000/app')).toEqual({ repo: 'localhost:5000/app', tag: 'latest' });
  });
});

describe('resolveArgv (command replaces ENTRYPOINT, args replace CMD)', () => {
  it.each([
    ['busybox', undefined, undefined, ['sh']],
    ['busybox', ['sleep'], ['10'], ['sleep', '10']],
    ['busybox', undefined, ['echo', 'hi'], ['echo', 'hi']],
    ['nginx', undefined, undefined, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']],
    ['nginx', ['sh', '-c', 'echo x'], undefined, ['sh', '-c', 'echo x']],
    ['nginx', undefined, ['nginx-debug'], ['/docker-entrypoint.sh', 'nginx-debug']],
  ] as [string, string[] | undefined, string[] | undefined, string[]][])(
    '%s %j %j',
    (image, command, args, argv) => {
      expect(resolveArgv(image, command, args)).toEqual(argv);
    },
  );
});

describe('startContainer', () => {
  it('fails to start a missing executable, containerd style', () => {
    expect(runContainer(['git', 'status']).startError).toBe(
      'exec: "git": executable file not found in $PATH',
    );
    expect(runContainer(['/app/server']).startError).toBe(
      'exec: "/app/server": stat /app/server: no such file or directory',
    );
    expect(runContainer(['sleep', '1']).startError).toBeUndefined();
  });

  it('plain applets and /bin paths run as PID 1', () => {
    expect(runContainer(['/bin/sh', '-c', 'exit 1']).exitCode).toBe(1);
    expect(runContainer(['/bin/true']).exitCode).toBe(0);
    expect(runContainer(['false']).exitCode).toBe(1);
    const r = runContainer(['echo', 'hello']);
    expect([r.stdout, r.exitCode]).toEqual(['hello\n', 0]);
  });

  it('with stdin: true, a bare sh keeps running', () => {
    const sched = new TestScheduler();
    const world = recordingWorld(sched);
    let code: number | null = null;
    const { instance } = startContainer({
      image: 'busybox',
      argv: ['sh'],
      mounts: [],
      world,
      sched,
      onExit: (c) => (code = c),
      stdinOpen: true,
    });
    sched.runUntil(60_000);
    expect(code).toBeNull();
    expect(instance!.isRunning()).toBe(true);
    instance!.signal('TERM');
    sched.runUntil(70_000);
    expect(code).toBeNull();
  });

  it('starts on the next scheduler tick, not synchronously', () => {
    const sched = new TestScheduler();
    const world = recordingWorld(sched);
    let code: number | null = null;
    startContainer({
      image: 'busybox',
      argv: ['echo', 'x'],
      mounts: [],
      world,
      sched,
      onExit: (c) => (code = c),
    });
    expect(world.out).toEqual([]);
    expect(code).toBeNull();
    sched.runUntil(0);
    expect(code).toBe(0);
  });

  it('files outside volumes are lost on restart; volume files persist and report activity', () => {
    const data = createVolume('workdir');
    const mounts = [{ mountPath: '/work', volume: data, readOnly: false }];
    const first = runContainer(
      ['sh', '-c', 'echo one > /tmp/local; echo one >> /work/shared; echo two >> /work/shared'],
      { mounts },
    );
    expect(first.exitCode).toBe(0);
    const second = runContainer(['sh', '-c', 'cat /tmp/local; cat /work/shared'], { mounts });
    expect(second.stderr).toBe("cat: can't open '/tmp/local': No such file or directory\n");
    expect(second.stdout).toBe('one\ntwo\n');
    expect(listFiles(data)).toEqual([{ path: 'shared', size: 8, content: 'one\ntwo\n' }]);
    // Two writes at the same virtual time are throttled into one activity.
    expect(first.world.activities).toEqual([
      { t: 0, kind: 'file-write', pod: 'mypod', container: 'main', volume: 'workdir', path: '/work/shared' },
    ]);
    expect(second.world.activities).toEqual([
      { t: 0, kind: 'file-read', pod: 'mypod', container: 'main', volume: 'workdir', path: '/work/shared' },
    ]);
  });

  it('a container changing its image files (shared between containers until written) leaves the image as it was', () => {
    const pristine = 'ls -l /bin/cat /bin/ls; cat /etc/passwd; ls /tmp /usr /var; cat /etc/hostname';
    const before = sh(pristine);
    const changer = sh(
      'echo x > /tmp/new; echo y >> /etc/passwd; echo z >> /etc/hostname; chmod 600 /bin/ls; cat /etc/passwd; ' +
        'rm /bin/cat; mkdir -p /usr/new/deep; mv /var/log /var/moved; echo w > /var/moved/f',
    );
    expect(changer.stdout).toContain('y\n');
    expect(changer.stderr).toBe('');
    const after = sh(pristine);
    expect(after.stdout).toBe(before.stdout);
    expect(after.stderr).toBe(before.stderr);
    // Each container sees its own writes only, also when two run side by side.
    const a = sh('echo a > /tmp/f; sleep 1; cat /tmp/f; cat /etc/hostname');
    expect(a.stdout).toBe('a\nmypod\n');
  });

  it('throttles file activity to one per file per 100 ms', () => {
    const data = createVolume('logs');
    const r = runContainer(['sh', '-c', 'for i in 1 2 3 4 5; do echo $i >> /logs/a; sleep 0.05; done'], {
      mounts: [{ mountPath: '/logs', volume: data, readOnly: false }],
    });
    expect(r.world.activities.map((a) => a.t)).toEqual([0, 100, 200]);
  });

  it('writes past a full emptyDir fail with No space left on device', () => {
    const data = createVolume('small', {}, { sizeLimitBytes: 8 });
    const r = runContainer(['sh', '-c', 'echo 1234 > /d/a; echo 56789 > /d/b; echo status $?'], {
      mounts: [{ mountPath: '/d', volume: data, readOnly: false }],
    });
    expect(r.stderr).toBe('sh: write error: No space left on device\n'.replace('sh:', 'echo:'));
    expect(r.stdout).toBe('status 1\n');
  });

  it('read-only configMap mounts', () => {
    const cm = createVolume('config', { 'app.properties': 'color=blue\n' });
    const r = runContainer(['sh', '-c', 'cat /etc/config/app.properties; echo x > /etc/config/new'], {
      mounts: [{ mountPath: '/etc/config', volume: cm, readOnly: true }],
    });
    expect(r.stdout).toBe('color=blue\n');
    expect(r.stderr).toBe("sh: can't create /etc/config/new: Read-only file system\n");
  });

  it('bounds a run’s log output', () => {
    const r = sh('yes', { spinSteps: 3_000_000, until: 10_000 });
    const bytes = r.world.out.reduce((n, o) => n + o.text.length, 0);
    expect(bytes).toBe(MAX_LOG_BYTES_PER_RUN);
    r.instance!.kill();
  });

  it('tail -f follows a file by polling every second', () => {
    const r = sh(
      '(for i in 1 2 3; do echo line$i >> /tmp/log; sleep 2; done) & touch /tmp/log; tail -f /tmp/log | grep line2',
      { until: 10_000 },
    );
    expect(r.world.out.filter((o) => o.stream === 'stdout').map((o) => [o.t, o.text])).toEqual([
      [2000, 'line2\n'],
    ]);
  });
});

describe('exec (probes and kubectl exec)', () => {
  function execIn(
    argv: string[],
    script: string,
    at: number,
    timeoutMs?: number,
  ): ExecResult & { t: number } {
    const sched = new TestScheduler();
    const world = recordingWorld(sched);
    const { instance } = startContainer({
      image: 'busybox',
      argv: ['sh', '-c', script],
      mounts: [],
      world,
      sched,
      onExit: () => {},
    });
    let result: (ExecResult & { t: number }) | null = null;
    sched.at(at, () =>
      instance!.exec(
        argv,
        (r) => (result = { ...r, t: sched.now() }),
        timeoutMs === undefined ? undefined : { timeoutMs },
      ),
    );
    sched.runUntil(at + 60_000);
    return result!;
  }

  it('cat /tmp/healthy before and after the file is removed', () => {
    const script = 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600';
    expect(execIn(['cat', '/tmp/healthy'], script, 10_000)).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
      t: 10_000,
    });
    expect(execIn(['cat', '/tmp/healthy'], script, 35_000)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: "cat: can't open '/tmp/healthy': No such file or directory\n",
      t: 35_000,
    });
    expect(execIn(['test', '-f', '/tmp/healthy'], script, 35_000).exitCode).toBe(1);
  });

  it('runs shell commands that see the same filesystem and processes', () => {
    const r = execIn(['sh', '-c', 'cat /tmp/x; ps | wc -l'], 'echo shared > /tmp/x; sleep 100', 1_000);
    // header, PID 1, the exec'd sh, and the two pipeline stages
    expect(r.stdout).toBe('shared\n5\n');
  });

  it('reports missing executables and stopped containers', () => {
    expect(execIn(['nosuch'], 'sleep 100', 1_000)).toMatchObject({ exitCode: 126 });
    expect(execIn(['nosuch'], 'sleep 100', 1_000).stderr).toContain(
      'exec: "nosuch": executable file not found in $PATH',
    );
    expect(execIn(['true'], 'exit 0', 1_000).stderr).toContain('cannot exec in a stopped container');
  });

  it('times out, killing the exec’d process', () => {
    expect(execIn(['sleep', '10'], 'sleep 100', 1_000, 1_000)).toEqual({
      exitCode: 137,
      stdout: '',
      stderr: '',
      timedOut: true,
      t: 2_000,
    });
  });

  it('exec sees a kill of PID 1 (kubectl exec kill 1 with a trap)', () => {
    const sched = new TestScheduler();
    const world = recordingWorld(sched);
    let code: number | null = null;
    const { instance } = startContainer({
      image: 'busybox',
      argv: ['sh', '-c', "trap 'exit 3' TERM; while true; do sleep 1; done"],
      mounts: [],
      world,
      sched,
      onExit: (c) => (code = c),
    });
    sched.at(500, () => instance!.exec(['kill', '1'], () => {}));
    sched.runUntil(5_000);
    expect(code).toBe(3);
  });
});

describe('servers in catalog images', () => {
  it('nginx prints its entrypoint lines, listens on 80 and exits 0 on TERM', () => {
    const sched = new TestScheduler();
    const world = recordingWorld(sched);
    let exit: number | null = null;
    const { instance } = startContainer({
      image: 'nginx',
      argv: resolveArgv('nginx'),
      mounts: [],
      world,
      sched,
      onExit: (c) => (exit = c),
    });
    sched.runUntil(1_000);
    expect(instance!.isListening(80)).toBe(true);
    expect(instance!.isListening(8080)).toBe(false);
    expect(world.stdout()).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(world.stderr()).toContain('[notice] 1#1: start worker processes\n');
    expect(world.activities).toContainEqual({
      t: 0,
      kind: 'listen',
      pod: 'mypod',
      container: 'main',
      port: 80,
    });
    instance!.signal('TERM');
    sched.runUntil(2_000);
    expect(exit).toBe(0);
    expect(instance!.isListening(80)).toBe(false);
  });

  it('kubectl exec into nginx has a shell and the html root', () => {
    const r = runContainer(resolveArgv('nginx'), { image: 'nginx', until: 100 });
    let out = '';
    r.instance!.exec(['cat', '/usr/share/nginx/html/index.html'], (res) => (out = res.stdout));
    r.sched.runUntil(200);
    expect(out).toContain('<h1>Welcome to nginx!</h1>');
  });

  it('pause exits 0 on TERM', () => {
    const r = runContainer(['/pause'], { image: 'registry.k8s.io/pause:3.10', until: 100 });
    r.instance!.signal('TERM');
    r.sched.runUntil(200);
    expect(r.exitCode).toBe(0);
  });
});
