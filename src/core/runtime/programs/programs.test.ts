// The programs of catalog images, run in a container of their image.
import { describe, expect, it } from 'vitest';
import { runContainer } from '../testing/run';
import { resolveArgv } from '../index';
import { createVolume } from '../../vfs/volume';
import { parseHaproxyConfig } from './haproxy';
import { parseFluentConfig } from './fluent-bit';

const inImage = (
  image: string,
  argv: string[],
  until = 10_000,
  extra: Parameters<typeof runContainer>[1] = {},
) => runContainer(argv, { image, until, ...extra });

describe('git (alpine/git)', () => {
  it('clones into a directory with README.md, index.html and .git', () => {
    const r = inImage('alpine/git', ['git', 'clone', 'https://github.com/ex/site.git', '/tmp/site']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("Cloning into '/tmp/site'...\n");
    expect(r.instance!.fs.readdir('/tmp/site')).toEqual(['.git', 'README.md', 'index.html']);
    expect(r.instance!.fs.readFile('/tmp/site/.git/HEAD')).toBe('ref: refs/heads/main\n');
  });

  it('names the directory after the repository, in the WORKDIR', () => {
    const r = inImage('alpine/git', ['git', 'clone', '-q', '--depth', '1', 'https://github.com/ex/site.git']);
    expect(r.stderr).toBe('');
    expect(r.instance!.fs.exists('/git/site/README.md')).toBe(true);
  });

  it('refuses a non-empty destination (a restarted init container) with exit 128', () => {
    const vol = createVolume('html', { 'old.txt': 'x' });
    const r = inImage('alpine/git', ['git', 'clone', 'https://github.com/ex/site.git', '/repo'], 10_000, {
      mounts: [{ mountPath: '/repo', volume: vol, readOnly: false }],
    });
    expect(r.exitCode).toBe(128);
    expect(r.stderr).toBe("fatal: destination path '/repo' already exists and is not an empty directory.\n");
  });

  it('cannot resolve a bare host name; ssh has no keys', () => {
    const r = inImage('alpine/git', ['git', 'clone', 'https://nosuch/repo.git', '/r']);
    expect(r.exitCode).toBe(128);
    expect(r.stderr).toContain(
      "fatal: unable to access 'https://nosuch/repo.git/': Could not resolve host: nosuch\n",
    );
    const ssh = inImage('alpine/git', ['git', 'clone', 'git@github.com:ex/site.git']);
    expect(ssh.stderr).toContain('Host key verification failed.\n');
    expect(ssh.exitCode).toBe(128);
  });

  it('is not in busybox', () => {
    const r = runContainer(['sh', '-c', 'git clone https://github.com/ex/site.git /r'], { until: 1000 });
    expect(r.stderr).toBe('sh: git: not found\n');
    expect(r.exitCode).toBe(127);
  });
});

describe('curl (curlimages/curl)', () => {
  it('prints curl errors with their exit codes', () => {
    const r = inImage(
      'curlimages/curl',
      resolveArgv('curlimages/curl', undefined, ['-sS', 'http://localhost:8080/']),
    );
    expect(r.stderr).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 1 ms: Couldn't connect to server\n",
    );
    expect(r.exitCode).toBe(7);
    const dns = inImage('curlimages/curl', ['curl', '-s', 'http://example.com']);
    expect(dns.exitCode).toBe(6);
    expect(dns.stderr).toBe('');
    const none = inImage('curlimages/curl', resolveArgv('curlimages/curl'));
    expect(none.stderr).toBe("curl: try 'curl --help' or 'curl --manual' for more information\n");
    expect(none.exitCode).toBe(2);
  });

  it('gets a page from a server in the pod; -f fails on 404', () => {
    const r = inImage('curlimages/curl', [
      'sh',
      '-c',
      'mkdir /w; echo hi > /w/index.html; httpd -p 8080 -h /w; curl -s localhost:8080; curl -sf localhost:8080/nope; echo rc=$?',
    ]);
    expect(r.stdout).toBe('hi\nrc=22\n');
    expect(r.stderr).toBe('');
  });
});

describe('python and node', () => {
  it('python -m http.server serves files and listings; its stdout is buffered', () => {
    const r = inImage('python:3.12', ['python', '-m', 'http.server', '8000', '-d', '/tmp']);
    expect(r.instance!.isListening(8000)).toBe(true);
    expect(r.stdout).toBe('');
    expect(r.instance!.httpGet(8000, '/')?.body).toContain('<title>Directory listing for /</title>');
    const u = inImage('python:3.12', ['python', '-u', '-m', 'http.server']);
    expect(u.stdout).toBe('Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n');
    const v = inImage('python:3.11.4-slim', ['python3', '--version']);
    expect(v.stdout).toBe('Python 3.11.4\n');
  });

  it('node -e with a tiny http server listens and answers', () => {
    const r = inImage('node:20', [
      'node',
      '-e',
      "require('http').createServer((q, res) => res.end('hello node')).listen(3000); console.log('up')",
    ]);
    expect(r.stdout).toBe('up\n');
    expect(r.instance!.httpGet(3000, '/')?.body).toBe('hello node');
  });
});

describe('databases and Apache', () => {
  it('postgres without a password exits 1 with the entrypoint error', () => {
    const r = inImage('postgres:16', resolveArgv('postgres:16'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error: Database is uninitialized and superuser password is not specified.\n');
  });

  it('postgres with a password initializes, then listens on 5432 a few seconds later', () => {
    const r = inImage('postgres:16', resolveArgv('postgres:16'), 1000, {
      setup: (w) => w.env.push(['POSTGRES_PASSWORD', 'pw']),
    });
    expect(r.instance!.isListening(5432)).toBe(false);
    r.sched.runUntil(5000);
    expect(r.instance!.isListening(5432)).toBe(true);
    expect(r.world.stderr()).toContain('LOG:  database system is ready to accept connections\n');
  });

  it('mysql needs a root password option', () => {
    const r = inImage('mysql:8.4', resolveArgv('mysql:8.4'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n',
    );
  });

  it('httpd (Apache) serves It works!', () => {
    const r = inImage('httpd:2.4', resolveArgv('httpd:2.4'));
    expect(r.instance!.httpGet(80, '/')?.body).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(r.stderr).toContain("AH00094: Command line: 'httpd -D FOREGROUND'");
  });
});

describe('configs', () => {
  it('parses haproxy frontends, backends and listen sections', () => {
    const s = parseHaproxyConfig('defaults\n  mode http\nlisten db\n  bind *:6000\n  server a db-svc:5432\n');
    expect(s[1]).toMatchObject({
      kind: 'listen',
      binds: [6000],
      servers: [{ host: 'db-svc', port: 5432 }],
      http: true,
    });
  });

  it('haproxy without its config exits 1', () => {
    const r = inImage('haproxy:3.0', resolveArgv('haproxy:3.0'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Cannot open configuration file/directory /usr/local/etc/haproxy/haproxy.cfg');
  });

  it('parses fluent-bit classic config', () => {
    const s = parseFluentConfig('[INPUT]\n    Name tail\n    Path /var/log/*.log\n');
    expect(s[0].props.get('name')).toBe('tail');
    expect(s[0].props.get('path')).toBe('/var/log/*.log');
  });

  it('fluent-bit (default config) prints cpu records every second; no shell in the image', () => {
    const r = inImage('fluent/fluent-bit', resolveArgv('fluent/fluent-bit'), 3500);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('[0] cpu.local:'))).toHaveLength(3);
    const sh = inImage('fluent/fluent-bit', ['sh']);
    expect(sh.startError).toBe('exec: "sh": executable file not found in $PATH');
  });
});
