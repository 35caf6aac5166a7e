// buildDiagram for pods with more containers than the diagram draws (containerCap.ts).
import { describe, expect, it } from 'vitest';
import type { Container } from '../../core/manifest/types';
import type { PodSnapshot } from '../../core/trace/types';
import { podObject, seedTrace, status } from '../test-fixtures/seed.fixture';
import { DRAWN_WHEN_CAPPED, MAX_DRAWN_CONTAINERS } from './containerCap';
import { buildDiagram, type DiagramFrame, type MoreNodeData } from './model';

const opts = { animate: true, thenLabel: 'then' };
const many = (n: number, prefix: string, extra: Partial<Container> = {}): Container[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, image: 'busybox:1.36', ...extra }));
const empty: DiagramFrame = { t: 0, pod: null, activity: [], services: [] };
const ids = (d: ReturnType<typeof buildDiagram>, type: string) =>
  d.nodes.filter((n) => n.type === type).map((n) => n.id);

describe('buildDiagram: pods with many containers', () => {
  it('draws a 40-container pod in full, with no summary', () => {
    const d = buildDiagram([podObject({ containers: many(40, 'c') }, 'wide')], empty, opts);
    expect(MAX_DRAWN_CONTAINERS).toBeGreaterThanOrEqual(40);
    expect(ids(d, 'container')).toHaveLength(40);
    expect(ids(d, 'more')).toEqual([]);
  });

  it('draws the first containers of a 10,000-container pod and one summary node after them', () => {
    const pod = podObject({ containers: many(10_000, 'c') }, 'many');
    const snap: PodSnapshot = {
      ...seedTrace.snapshots[0],
      name: 'many',
      containerStatuses: many(10_000, 'c').map((c, i) =>
        status(
          c.name,
          'app',
          i % 4 === 0 ? { state: 'running', reason: null } : { reason: 'CrashLoopBackOff' },
        ),
      ),
    };
    const d = buildDiagram([pod], { ...empty, pod: snap }, opts);
    const drawn = ids(d, 'container');
    expect(drawn).toHaveLength(DRAWN_WHEN_CAPPED);
    expect(drawn[0]).toBe('container:c0');
    const more = d.nodes.find((n) => n.id === 'more:app');
    const data = more?.data as MoreNodeData;
    expect(data).toMatchObject({ row: 'app', count: 10_000 - DRAWN_WHEN_CAPPED, total: 10_000 });
    expect(data.groups.map((g) => [g.text, g.count])).toEqual([
      ['Waiting: CrashLoopBackOff', 7496],
      ['Running', 2498],
    ]);
    // In the row's next slot, inside the pod.
    const last = d.nodes.find((n) => n.id === drawn.at(-1));
    expect(more!.position.y).toBe(last!.position.y);
    expect(more!.position.x).toBeGreaterThan(last!.position.x);
    const podNode = d.nodes.find((n) => n.id === 'pod')!;
    expect(more!.position.x + more!.width!).toBeLessThanOrEqual(podNode.width!);
  });

  it('continues the init chain into the init row summary; mounts only from drawn containers', () => {
    const mount = { volumeMounts: [{ name: 'data', mountPath: '/data' }] };
    const pod = podObject(
      {
        initContainers: many(100, 'i', mount),
        containers: many(100, 'a', mount),
        volumes: [{ name: 'data', emptyDir: {} }],
      },
      'both',
    );
    const d = buildDiagram([pod], empty, opts);
    expect(ids(d, 'more')).toEqual(['more:init', 'more:app']);
    const half = DRAWN_WHEN_CAPPED / 2;
    expect(d.edges.find((e) => e.target === 'more:init')).toMatchObject({
      source: `container:i${half - 1}`,
      label: 'then',
    });
    const mounts = d.edges.filter((e) => e.id.startsWith('mount:'));
    expect(mounts).toHaveLength(DRAWN_WHEN_CAPPED);
    const nodeIds = new Set(d.nodes.map((n) => n.id));
    for (const e of d.edges) {
      expect(nodeIds.has(e.source)).toBe(true);
      expect(nodeIds.has(e.target)).toBe(true);
    }
    // The app summary sits in the app row, below the gate.
    const gate = d.nodes.find((n) => n.id === 'gate')!;
    expect(d.nodes.find((n) => n.id === 'more:app')!.position.y).toBeGreaterThan(gate.position.y);
  });

  it('never moves the drawn nodes as time moves', () => {
    const pod = podObject({ containers: many(500, 'c') }, 'many');
    const at = (pod2: PodSnapshot | null) =>
      buildDiagram([pod], { ...empty, pod: pod2 }, opts).nodes.map((n) => [n.id, n.position.x, n.position.y]);
    expect(at(null)).toEqual(at({ ...seedTrace.snapshots[0], name: 'many' }));
  });
});
