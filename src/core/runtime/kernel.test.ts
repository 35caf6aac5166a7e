import { describe, expect, it } from 'vitest';
import { startContainer, type RuntimeContainer } from './index';
import { TestScheduler, recordingWorld, type RecordingWorld } from './testing/harness';
import { sh } from './testing/run';

interface Scenario {
  sched: TestScheduler;
  world: RecordingWorld;
  c: RuntimeContainer;
  exit: { code: number; t: number } | null;
}

function start(argv: string[], image = 'busybox:1.28'): Scenario {
  const sched = new TestScheduler();
  const world = recordingWorld(sched);
  const s = { sched, world, exit: null } as unknown as Scenario;
  const { instance } = startContainer({
    image,
    argv,
    mounts: [],
    world,
    sched,
    onExit: (code) => {
      if (s.exit) throw new Error('onExit called twice');
      s.exit = { code, t: sched.now() };
    },
  });
  s.c = instance!;
  return s;
}

describe('kernel: the service-wait init container', () => {
  it('loops every 2 s until resolve() answers, then exits 0', () => {
    const s = start(['sh', '-c', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done']);
    s.sched.runUntil(9_000);
    expect(s.exit).toBeNull();
    const waits = s.world.out.filter((o) => o.text === 'waiting for myservice\n').map((o) => o.t);
    expect(waits).toEqual([5, 2010, 4015, 6020, 8025]);
    expect(s.world.stderr()).toContain("nslookup: can't resolve 'myservice'\n");
    // The Service appears: the next iteration resolves it through the search path.
    s.world.dns.set('myservice.default.svc.cluster.local', '10.96.112.7');
    s.sched.runUntil(20_000);
    expect(s.exit).toEqual({ code: 0, t: 10_030 });
    expect(
      s.world
        .stdout()
        .endsWith(
          'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n' +
            'Name:      myservice\nAddress 1: 10.96.112.7 myservice.default.svc.cluster.local\n',
        ),
    ).toBe(true);
    const dns = s.world.activities.filter((a) => a.kind === 'dns');
    expect(dns[dns.length - 1]).toMatchObject({
      kind: 'dns',
      query: 'myservice',
      answer: '10.96.112.7',
      pod: 'mypod',
      container: 'main',
    });
  });

  it('tries names with dots as-is after the search path (ndots:5)', () => {
    const r = sh('nslookup mydb.other', {
      setup: (w) => w.dns.set('mydb.other.svc.cluster.local', '10.96.0.99'),
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Address 1: 10.96.0.99 mydb.other.svc.cluster.local\n');
    const fq = sh('nslookup kubernetes.default.svc.cluster.local', {
      setup: (w) => w.dns.set('kubernetes.default.svc.cluster.local', '10.96.0.1'),
    });
    expect(fq.stdout).toContain(
      'Name:      kubernetes.default.svc.cluster.local\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n',
    );
  });
});

describe('kernel: signals and PID 1', () => {
  it('PID 1 ignores TERM without a trap; KILL ends it with 137', () => {
    const s = start(['sleep', '3600']);
    s.sched.runUntil(1_000);
    s.c.signal('TERM');
    s.sched.runUntil(30_000);
    expect(s.exit).toBeNull();
    s.c.kill();
    expect(s.exit).toEqual({ code: 137, t: 30_000 });
  });

  it('sh -c without a trap also ignores TERM', () => {
    const s = start(['sh', '-c', 'while true; do sleep 1; done']);
    s.sched.runUntil(1_500);
    s.c.signal('TERM');
    s.sched.runUntil(10_000);
    expect(s.exit).toBeNull();
  });

  it('a TERM trap in a sleep-1 loop runs when the current sleep returns', () => {
    const s = start(['sh', '-c', "trap 'echo got TERM; exit 0' TERM; while true; do sleep 1; done"]);
    s.sched.runUntil(1_500);
    s.c.signal('TERM');
    s.sched.runUntil(10_000);
    expect(s.exit).toEqual({ code: 0, t: 2_000 });
    expect(s.world.stdout()).toBe('got TERM\n');
  });

  it('a trap waits for a long foreground sleep to finish (busybox runs traps between commands)', () => {
    const s = start(['sh', '-c', "trap 'exit 0' TERM; sleep 3600"]);
    s.sched.runUntil(1_000);
    s.c.signal('TERM');
    s.sched.runUntil(60_000);
    expect(s.exit).toBeNull();
  });

  it('`sleep N & wait` is interrupted by a trapped TERM at once', () => {
    const s = start(['sh', '-c', "trap 'echo bye; exit 0' TERM; sleep 100 & wait"]);
    s.sched.runUntil(1_500);
    s.c.signal('TERM');
    expect(s.exit).toEqual({ code: 0, t: 1_500 });
    expect(s.world.stdout()).toBe('bye\n');
  });

  it('wait returns 128+signal when interrupted, and the trap runs afterwards', () => {
    const s = start(['sh', '-c', "trap 'echo trapped' TERM; sleep 100 & wait; echo status $?; exit 5"]);
    s.sched.runUntil(1_000);
    s.c.signal('TERM');
    expect(s.world.stdout()).toBe('trapped\nstatus 143\n');
    expect(s.exit).toEqual({ code: 5, t: 1_000 });
  });

  it("trap '' TERM ignores the signal; trap - TERM restores the default", () => {
    const s = start(['sh', '-c', "trap '' TERM; sleep 100 & wait"]);
    s.sched.runUntil(1_000);
    s.c.signal('TERM');
    s.sched.runUntil(2_000);
    expect(s.exit).toBeNull();
  });

  it('a non-PID-1 process dies of TERM with 143', () => {
    const r = sh('sleep 100 & pid=$!; kill $pid; wait $pid; echo $?');
    expect(r.stdout).toBe('143\n');
    const k = sh('sleep 100 & kill -9 $!; wait $!; echo $?');
    expect(k.stdout).toBe('137\n');
  });

  it('exit of PID 1 takes the other processes down', () => {
    const s = start(['sh', '-c', 'sleep 100 & sleep 1; exit 4']);
    s.sched.runUntil(5_000);
    expect(s.exit).toEqual({ code: 4, t: 1_000 });
    expect(s.c.processes()).toEqual([]);
  });

  it('kill() before the first scheduler tick still reports 137 once', () => {
    const s = start(['sleep', '10']);
    s.c.kill();
    s.sched.runUntil(20_000);
    expect(s.exit).toEqual({ code: 137, t: 0 });
  });

  it('busybox sh with no stdin exits 0 at once', () => {
    const s = start(['sh']);
    s.sched.runUntil(10);
    expect(s.exit).toEqual({ code: 0, t: 0 });
  });

  it('a process that signals itself dies cleanly', () => {
    const r = sh('(kill -9 $$; echo unreachable)');
    expect(r.exitCode).toBe(137);
    expect(r.stdout).toBe('');
  });
});

describe('kernel: step budget', () => {
  it('unbounded recursion ends like a segfault (139), not a crashed tab', () => {
    const r = sh('f() { f; }; f');
    expect(r.exitCode).toBe(139);
    expect(r.stderr).toBe('');
  });

  it('a busy loop burns 100 ms of CPU per slice and is declared spinning, never exiting', () => {
    const r = sh('i=0; while true; do i=$((i+1)); done', { spinSteps: 50_000, until: 60_000 });
    expect(r.exitCode).toBeNull();
    const spins = r.world.activities.filter((a) => a.kind === 'cpu-spin');
    expect(spins).toHaveLength(1);
    expect(r.instance!.isSpinning()).toBe(true);
    // still killable
    r.instance!.kill();
    expect(r.exitCode).toBe(137);
  });

  it('loops that sleep are never declared spinning', () => {
    const r = sh('while true; do echo tick > /dev/null; sleep 1; done', { spinSteps: 1_000, until: 30_000 });
    expect(r.world.activities.filter((a) => a.kind === 'cpu-spin')).toHaveLength(0);
  });

  it('virtual time advances while a long computation runs', () => {
    const r = sh('seq 30000 > /dev/null; date +%s', { until: 60_000 });
    expect(r.exitedAt).toBeGreaterThanOrEqual(200);
  });
});
