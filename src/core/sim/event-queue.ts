// The simulation's only clock: a priority queue of callbacks ordered by (time, phase, sequence).
// Phase 0 is the kubelet's relist/sync at a tick, phase 1 is everything else (processes, API calls),
// so a process that exits exactly on a tick is seen by the *next* relist, as with a real 1 s PLEG.
import type { Millis } from '../trace/types';
import type { Scheduler } from '../runtime/types';

interface Entry {
  at: Millis;
  phase: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class EventQueue implements Scheduler {
  private heap: Entry[] = [];
  private seq = 0;
  private time: Millis = 0;
  /** Number of callbacks run; the simulation stops at a budget so no input can freeze it. */
  steps = 0;

  now(): Millis {
    return this.time;
  }

  at(at: Millis, fn: () => void, phase = 1): { cancel(): void } {
    const entry: Entry = {
      at: Math.max(Math.round(at), this.time),
      phase,
      seq: this.seq++,
      fn,
      cancelled: false,
    };
    this.push(entry);
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Runs callbacks until the queue is empty, time would pass `until`, or the step budget is spent. */
  runUntil(until: Millis, maxSteps: number): 'done' | 'budget' {
    while (this.heap.length > 0) {
      const top = this.heap[0];
      if (top.at > until) break;
      this.pop();
      if (top.cancelled) continue;
      if (this.steps >= maxSteps) return 'budget';
      this.time = top.at;
      this.steps++;
      top.fn();
    }
    this.time = Math.max(this.time, until);
    return 'done';
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at !== b.at ? a.at < b.at : a.phase !== b.phase ? a.phase < b.phase : a.seq < b.seq;
  }

  private push(e: Entry) {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
