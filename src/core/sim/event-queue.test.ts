import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

describe('EventQueue', () => {
  it('runs callbacks in (time, phase, scheduling order), skipping cancelled ones', () => {
    const op = fc.record({
      at: fc.integer({ min: 0, max: 20 }),
      phase: fc.constantFrom(0, 1),
      cancel: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(op, { maxLength: 5 }), (ops, nested) => {
        const q = new EventQueue();
        const ran: number[] = [];
        const want: { at: number; phase: number; seq: number }[] = [];
        let seq = 0;
        const add = (o: { at: number; phase: number; cancel: boolean }, floor: number) => {
          const id = seq++;
          const h = q.at(o.at, () => ran.push(id), o.phase);
          if (o.cancel) h.cancel();
          else want.push({ at: Math.max(o.at, floor), phase: o.phase, seq: id });
        };
        ops.forEach((o) => add(o, 0));
        // Callbacks scheduled while running, for later.
        q.at(10, () => nested.forEach((o) => add({ ...o, at: o.at + 11 }, 10)));
        const marker = seq++;
        want.push({ at: 10, phase: 1, seq: marker });
        q.runUntil(100, 1_000);
        want.sort((a, b) => a.at - b.at || a.phase - b.phase || a.seq - b.seq);
        expect(ran).toEqual(want.map((w) => w.seq).filter((s) => s !== marker));
      }),
      { numRuns: 2_000, seed: 3 },
    );
  });
});
