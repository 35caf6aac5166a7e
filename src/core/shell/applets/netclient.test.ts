// nc (both modes), ping, netstat and wget over the pod's own addresses and a fake cluster network.
import { describe, expect, it } from 'vitest';
import { sh } from '../../runtime/testing/run';
import { createPortRegistry } from '../../runtime/ports';
import type { ClusterNetwork } from '../../net/types';

describe('nc', () => {
  it('client mode sends stdin to a listener, which prints it and answers with its own stdin', () => {
    const r = sh(
      '(echo pong | nc -l -p 7000 > /tmp/got) & sleep 1; echo ping | nc localhost 7000; sleep 1; cat /tmp/got',
    );
    expect(r.stdout).toBe('pong\nping\n');
  });

  it('serves the classic one-shot HTTP response to wget', () => {
    const r = sh(
      "(printf 'HTTP/1.1 200 OK\\r\\n\\r\\nhello\\n' | nc -l -p 8080) & sleep 1; wget -qO- localhost:8080; sleep 1; wget -qO- localhost:8080",
    );
    expect(r.stdout).toContain('GET / HTTP/1.1\r\nHost: localhost:8080\r\n');
    expect(r.stdout).toContain('hello\n');
    expect(r.stderr).toBe("wget: can't connect to remote host (127.0.0.1): Connection refused\n");
  });

  it('-e cat echoes; -z probes; failures are silent unless -v/-vv', () => {
    const r = sh(
      'nc -lk -p 9000 -e cat & sleep 1; echo hi | nc 127.0.0.1 9000; nc -zv localhost 9000; echo z=$?; nc localhost 9001; echo rc=$?; nc -v localhost 9001; nc -vv localhost 9001',
    );
    expect(r.stdout).toBe('hi\nz=0\nrc=1\n');
    // nc 1.10 is quiet: a refusal is only reported with -vv.
    expect(r.stderr).toBe(
      'localhost (127.0.0.1:9000) open\nnc: localhost (127.0.0.1:9001): Connection refused\n',
    );
  });

  it('prints its usage without a port', () => {
    const r = sh('nc -l');
    expect(r.stderr).toContain('Usage: nc [OPTIONS] HOST PORT  - connect\n');
  });
});

describe('ping', () => {
  it('localhost answers', () => {
    const r = sh('ping -c 2 localhost; echo rc=$?');
    expect(r.stdout).toBe(
      'PING localhost (127.0.0.1): 56 data bytes\n64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.050 ms\n64 bytes from 127.0.0.1: seq=1 ttl=64 time=0.071 ms\n\n--- localhost ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.050/0.060/0.071 ms\nrc=0\n',
    );
  });

  it('an address nobody answers: 100% loss after -W, exit 1; unknown names are bad addresses', () => {
    const r = sh('ping -c 1 -W 2 10.1.2.3; echo rc=$?; ping nosuch; echo rc=$?', { until: 30_000 });
    expect(r.stdout).toContain('1 packets transmitted, 0 packets received, 100% packet loss\nrc=1\n');
    expect(r.stderr).toBe("ping: bad address 'nosuch'\n");
  });
});

describe('netstat', () => {
  it('-tlnp lists the pod’s listening sockets', () => {
    const r = sh('httpd -p 8080 -h /tmp; netstat -tlnp');
    expect(r.stdout).toBe(
      'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name\ntcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      2/httpd\n',
    );
  });
});

describe('the cluster network', () => {
  it('wget reaches another pod through world.network; a dropped SYN times out after 127 s', () => {
    const ports = createPortRegistry();
    ports.bind(80, { container: 'web', serve: () => ({ status: 200, reason: 'OK', body: 'remote\n' }) });
    const network: ClusterNetwork = {
      connect: (ip) =>
        ip === '10.244.1.9' ? { kind: 'ok', listener: ports.get(80)!, pod: 'web' } : { kind: 'timeout' },
      answersPing: (ip) => ip === '10.244.1.9',
    };
    const r = sh('wget -qO- 10.244.1.9; wget -q 10.244.1.10 2>&1; echo rc=$?', {
      until: 200_000,
      setup: (w) => Object.assign(w, { network }),
    });
    expect(r.stdout).toBe(
      "remote\nwget: can't connect to remote host (10.244.1.10): Connection timed out\nrc=1\n",
    );
    expect(
      r.world.activities.filter((a) => a.kind === 'connect').map((a) => a.kind === 'connect' && a.target),
    ).toEqual(['web/web', null]);
  });
});

describe('chmod and ls -l modes', () => {
  it('shows permission bits', () => {
    const r = sh(
      'touch /tmp/f; chmod 600 /tmp/f; ls -l /tmp/f; chmod +x /tmp/f; ls -l /tmp/f; ls -l /bin/sh',
    );
    const modes = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ')[0]);
    expect(modes).toEqual(['-rw-------', '-rwx--x--x', '-rwxr-xr-x']);
  });
});
