import { describe, expect, it } from 'vitest';
import { createPortRegistry, startContainer, type RuntimeContainer } from './index';
import { TestScheduler, recordingWorld } from './testing/harness';
import { sh } from './testing/run';

describe('httpd, wget and nc on the pod network', () => {
  it('httpd -f serves files; wget fetches them; isListening/httpGet see it', () => {
    const r = sh(
      'mkdir -p /www; echo hello > /www/index.html; httpd -p 8080 -h /www; wget -qO- http://localhost:8080/; wget -qO- localhost:8080/nope; echo $?',
    );
    expect(r.stdout).toBe('hello\n1\n');
    expect(r.stderr).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
  });

  it('wget without -q reports progress and saves to a file', () => {
    const r = sh(
      'mkdir /www; echo hi > /www/a.txt; httpd -p 80 -h /www; cd /tmp; wget http://127.0.0.1/a.txt; cat /tmp/a.txt',
    );
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toBe(
      "Connecting to 127.0.0.1:80 (127.0.0.1:80)\nsaving to 'a.txt'\na.txt                100% |********************************|       3  0:00:00 ETA\n'a.txt' saved\n",
    );
  });

  it('connection refused and bad addresses', () => {
    expect(sh('wget -qO- http://localhost:9999/').stderr).toBe(
      "wget: can't connect to remote host (127.0.0.1): Connection refused\n",
    );
    expect(sh('wget -qO- http://nosuchhost/').stderr).toBe("wget: bad address 'nosuchhost'\n");
    expect(sh('nc -z localhost 80; echo $?').stdout).toBe('1\n');
  });

  it('httpd -f as PID 1 keeps running, ignores TERM (no handler), and its port is released on kill', () => {
    const r = sh('mkdir /www; exec httpd -f -p 8080 -h /www', { until: 1_000 });
    const c = r.instance!;
    expect(c.isListening(8080)).toBe(true);
    expect(c.httpGet(8080, '/missing')?.status).toBe(404);
    c.signal('TERM');
    r.sched.runUntil(5_000);
    expect(r.exitCode).toBeNull();
    c.kill();
    expect(r.exitCode).toBe(137);
    expect(c.isListening(8080)).toBe(false);
  });

  it('httpd needs its home directory', () => {
    const r = sh('httpd -f -p 8080 -h /www');
    expect([r.stderr, r.exitCode]).toEqual([
      "httpd: can't change directory to '/www': No such file or directory\n",
      1,
    ]);
  });

  it('nc -l listens until killed', () => {
    const r = sh(
      'nc -l -p 7000 & sleep 1; nc -z localhost 7000 && echo open; kill $!; wait; nc -z 127.0.0.1 7000 || echo closed',
    );
    expect(r.stdout).toBe('open\nclosed\n');
    expect(
      r.world.activities.filter((a) => a.kind === 'connect').map((a) => a.kind === 'connect' && a.ok),
    ).toEqual([true, false]);
  });

  it('containers sharing a pod registry conflict on a port and reach each other on localhost', () => {
    const sched = new TestScheduler();
    const ports = createPortRegistry();
    const exits: Record<string, number> = {};
    const start = (name: string, script: string): RuntimeContainer => {
      const world = { ...recordingWorld(sched, { containerName: name }), ports };
      return startContainer({
        image: 'busybox:1.36',
        argv: ['sh', '-c', script],
        mounts: [],
        world,
        sched,
        onExit: (c) => (exits[name] = c),
      }).instance!;
    };
    const web1 = start('web1', 'mkdir -p /www; echo web1 > /www/index.html; exec httpd -f -p 8080 -h /www');
    sched.runUntil(100);
    const logs: string[] = [];
    const web2World = { ...recordingWorld(sched, { containerName: 'web2' }), ports };
    startContainer({
      image: 'busybox:1.36',
      argv: ['sh', '-c', 'mkdir -p /www; exec httpd -f -p 8080 -h /www'],
      mounts: [],
      world: { ...web2World, write: (_s, t) => logs.push(t) },
      sched,
      onExit: (c) => (exits.web2 = c),
    });
    sched.runUntil(200);
    expect(exits.web2).toBe(1);
    expect(logs.join('')).toBe('httpd: bind: Address already in use\n');
    const client = start('client', 'wget -qO- localhost:8080');
    void client;
    let got = '';
    web1.exec(['wget', '-qO-', 'http://localhost:8080/'], (res) => (got = res.stdout));
    sched.runUntil(300);
    expect(got).toBe('web1\n');
    expect(exits.client).toBe(0);
  });
});
