// The simulation's only clock: a priority queue of callbacks ordered by (time, phase, sequence).
// Phase 0 is the kubelet's relist/sync at a tick, phase 1 is everything else (processes, API calls),
// so a process that exits exactly on a tick is seen by the *next* relist, as with a real 1 s PLEG.
import type { Millis } from '../trace/types';
import type { Scheduler } from '../runtime/types';

/** A scheduled callback; it is also the handle `at` returns (no closure per timer). */
class Entry {
  cancelled = false;
  constructor(
    readonly at: Millis,
    readonly phase: number,
    readonly seq: number,
    readonly fn: () => void,
  ) {}
  cancel(): void {
    this.cancelled = true;
  }
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
    const entry = new Entry(Math.max(Math.round(at), this.time), phase, this.seq++, fn);
    this.push(entry);
    return entry;
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

  // A binary heap; (at, phase, seq) is a total order, so the pop order is fully determined.
  private push(e: Entry) {
    const h = this.heap;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(e, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    const n = h.length;
    if (n > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && this.less(h[r], h[l]) ? r : l;
        if (!this.less(h[m], last)) break;
        h[i] = h[m];
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}
