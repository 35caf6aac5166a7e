import { describe, expect, it } from 'vitest';
import type { Container } from '../../core/manifest/types';
import { status } from '../test-fixtures/seed.fixture';
import {
  containerRows,
  DRAWN_WHEN_CAPPED,
  formatCount,
  hiddenOf,
  MAX_DRAWN_CONTAINERS,
  stateGroups,
} from './containerCap';

const many = (n: number, prefix = 'c'): Container[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, image: 'busybox:1.36' }));
const names = (list: Container[]) => list.map((c) => c.name);

describe('containerRows', () => {
  it('draws every container of an ordinary pod, the 40-container benchmark pod included', () => {
    for (const [inits, apps] of [
      [0, 1],
      [2, 1],
      [0, 20],
      [0, 40],
      [10, 30],
    ]) {
      const rows = containerRows(many(inits, 'i'), many(apps));
      expect(rows.inits).toHaveLength(inits);
      expect(rows.apps).toHaveLength(apps);
      expect(rows.hiddenInits + rows.hiddenApps).toBe(0);
    }
  });

  it('draws the first few of a bigger pod, in spec order, and counts the rest', () => {
    const rows = containerRows([], many(10_000));
    expect(rows.apps).toHaveLength(DRAWN_WHEN_CAPPED);
    expect(names(rows.apps).slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
    expect(rows.hiddenApps).toBe(10_000 - DRAWN_WHEN_CAPPED);
    expect(names(hiddenOf('app', [], many(10_000), rows))[0]).toBe(`c${DRAWN_WHEN_CAPPED}`);
    expect(containerRows([], many(MAX_DRAWN_CONTAINERS + 1)).apps).toHaveLength(DRAWN_WHEN_CAPPED);
  });

  it('leaves a short row whole and gives the rest of the budget to the long one', () => {
    const rows = containerRows(many(3, 'i'), many(10_000));
    expect(rows.inits).toHaveLength(3);
    expect(rows.apps).toHaveLength(DRAWN_WHEN_CAPPED - 3);
    expect(rows.hiddenInits).toBe(0);
    const initHeavy = containerRows(many(10_000, 'i'), many(2));
    expect(initHeavy.apps).toHaveLength(2);
    expect(initHeavy.inits).toHaveLength(DRAWN_WHEN_CAPPED - 2);
  });

  it('splits the budget when both rows are long, and never draws more than the budget', () => {
    const rows = containerRows(many(500, 'i'), many(500));
    expect(rows.inits).toHaveLength(DRAWN_WHEN_CAPPED / 2);
    expect(rows.apps).toHaveLength(DRAWN_WHEN_CAPPED / 2);
    expect([rows.hiddenInits, rows.hiddenApps]).toEqual([
      500 - DRAWN_WHEN_CAPPED / 2,
      500 - DRAWN_WHEN_CAPPED / 2,
    ]);
    for (let inits = 0; inits < 60; inits += 7)
      for (let apps = 0; apps < 60; apps += 5) {
        const r = containerRows(many(inits, 'i'), many(apps), { full: 20, budget: 10 });
        const drawn = inits + apps <= 20 ? inits + apps : 10;
        expect(r.inits.length + r.apps.length).toBe(drawn);
        expect(r.inits.length + r.hiddenInits).toBe(inits);
        expect(r.apps.length + r.hiddenApps).toBe(apps);
      }
  });
});

describe('stateGroups', () => {
  it('groups containers by their state in Kubernetes words, largest first, no status as its own group', () => {
    const hidden = many(5);
    const statuses = [
      status('c0', 'app', { state: 'running', reason: null }),
      status('c1', 'app', { state: 'waiting', reason: 'CrashLoopBackOff' }),
      status('c2', 'app', { state: 'waiting', reason: 'CrashLoopBackOff' }),
      status('c3', 'app', { state: 'waiting', reason: 'CrashLoopBackOff' }),
      status('other', 'app', { state: 'running', reason: null }),
    ];
    expect(stateGroups(hidden, statuses, 2)).toEqual([
      { text: 'Waiting: CrashLoopBackOff', state: 'failed', count: 3, names: ['c1', 'c2'] },
      { text: 'Running', state: 'running', count: 1, names: ['c0'] },
      { text: null, state: 'none', count: 1, names: ['c4'] },
    ]);
  });

  it('keeps no names unless asked, and counts a pod of 10,000 without them', () => {
    const groups = stateGroups(many(10_000), undefined);
    expect(groups).toEqual([{ text: null, state: 'none', count: 10_000, names: [] }]);
  });
});

it('formats counts with thousands separators', () => {
  expect(formatCount(9960)).toBe('9,960');
  expect(formatCount(12)).toBe('12');
});
