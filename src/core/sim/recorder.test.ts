import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../trace/types';
import { MAX_EVENTS, TraceRecorder } from './recorder';

const event = (t: number): KubeEvent => ({
  t,
  type: 'Normal',
  reason: 'Pulled',
  from: 'kubelet',
  object: 'pod/p',
  fieldPath: null,
  message: 'Container image "busybox:1.36" already present on machine',
});

describe('the recorder’s bound on events', () => {
  it('keeps the first MAX_EVENTS events and says once, where the gap starts, that later ones are missing', () => {
    const rec = new TraceRecorder(1, 600_000);
    for (let i = 0; i < MAX_EVENTS + 5; i++) rec.event(event(i));
    expect(rec.trace.events).toHaveLength(MAX_EVENTS);
    expect(rec.trace.events.at(-1)!.t).toBe(MAX_EVENTS - 1);
    expect(rec.trace.notes).toEqual([
      {
        t: MAX_EVENTS,
        message: 'The simulation keeps the first 20,000 events; later events are not recorded.',
      },
    ]);
  });
});
