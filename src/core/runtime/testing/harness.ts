// Test helpers: a tiny deterministic scheduler (a sorted queue you step) and a fake ContainerWorld
// that records what containers write. Used by the runtime and shell tests; handy for the kubelet's.
import type { Activity } from '../../trace/types';
import type { ContainerWorld, Scheduler } from '../types';

export class TestScheduler implements Scheduler {
  private t = 0;
  private seq = 0;
  private queue: { at: number; seq: number; fn: () => void; cancelled: boolean }[] = [];

  now(): number {
    return this.t;
  }

  at(at: number, fn: () => void): { cancel(): void } {
    if (at < this.t) throw new Error(`scheduled in the past: ${at} < ${this.t}`);
    const item = { at, seq: this.seq++, fn, cancelled: false };
    this.queue.push(item);
    this.queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return {
      cancel: () => {
        item.cancelled = true;
      },
    };
  }

  /** Run callbacks up to and including time `until`; returns how many ran. */
  runUntil(until: number, maxCallbacks = 1_000_000): number {
    let n = 0;
    while (this.queue.length > 0 && this.queue[0].at <= until && n < maxCallbacks) {
      const item = this.queue.shift()!;
      if (item.cancelled) continue;
      this.t = item.at;
      n++;
      item.fn();
    }
    if (this.t < until) this.t = until;
    return n;
  }

  pending(): number {
    return this.queue.filter((q) => !q.cancelled).length;
  }
}

export interface RecordingWorld extends ContainerWorld {
  out: { t: number; stream: 'stdout' | 'stderr'; text: string }[];
  activities: Activity[];
  stdout(): string;
  stderr(): string;
  /** DNS records the test can change over time. */
  dns: Map<string, string>;
}

export function recordingWorld(sched: Scheduler, overrides: Partial<ContainerWorld> = {}): RecordingWorld {
  const out: RecordingWorld['out'] = [];
  const activities: Activity[] = [];
  const dns = new Map<string, string>();
  return {
    podName: 'mypod',
    namespace: 'default',
    containerName: 'main',
    hostname: 'mypod',
    podIP: '10.244.0.5',
    env: [],
    epochMs: 1_795_817_343_000, // Fri Nov 27 22:09:03 UTC 2026
    resolve: (fqdn) => dns.get(fqdn) ?? null,
    write(stream, text) {
      out.push({ t: sched.now(), stream, text });
    },
    activity(a) {
      activities.push(a);
    },
    ...overrides,
    out,
    activities,
    dns,
    stdout: () =>
      out
        .filter((o) => o.stream === 'stdout')
        .map((o) => o.text)
        .join(''),
    stderr: () =>
      out
        .filter((o) => o.stream === 'stderr')
        .map((o) => o.text)
        .join(''),
  };
}
