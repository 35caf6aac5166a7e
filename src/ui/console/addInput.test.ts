// The store side of the console: a command becomes an input at the player's time and the trace is
// recomputed from t=0 with it.
import { describe, expect, it, vi } from 'vitest';
import { seedPod, seedTrace } from '../test-fixtures/seed.fixture';
import { localEngine } from '../store/engine';
import { createPlaygroundStore } from '../store/store';

describe('addInput', () => {
  it('adds a timestamped input and resimulates with it', () => {
    const simulate = vi.fn(() => seedTrace);
    const engine = localEngine({
      parse: () => ({ objects: [seedPod], diagnostics: [] }),
      simulate,
      eventTimes: () => [0],
    });
    const store = createPlaygroundStore({ engine, storage: null });
    store.getState().setTime(3000);
    const t = store.getState().t;
    const input = store.getState().addInput('kubectl apply -f -', 'kind: Service\n');
    expect(input).toEqual({ t, command: 'kubectl apply -f -', stdin: 'kind: Service\n' });
    expect(store.getState().inputs).toEqual([input]);
    expect(simulate).toHaveBeenLastCalledWith([seedPod], [input], expect.objectContaining({ seed: 1 }));
    expect(store.getState().addInput('kubectl get pods')).toEqual({ t, command: 'kubectl get pods' });
  });
});
