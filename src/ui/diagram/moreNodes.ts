// The summary node at the end of a row the diagram cut (containerCap.ts): "+9,960 more containers"
// with their states, in the slot after the last drawn container. The init row's summary continues its
// "then" chain, since the containers it stands for still run after the drawn ones.
import type { Edge } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { Container } from '../../core/manifest/types';
import type { ContainerStatus } from '../../core/trace/types';
import { hiddenOf, moreNodeId, stateGroups, type ContainerRows, type RowKind } from './containerCap';
import type { PodLayout } from './layout';
import type { DiagramNode } from './types';

/** State groups a summary node lists (the inspect panel lists them all). */
const GROUPS_ON_NODE = 3;

export interface MoreContext {
  rows: ContainerRows;
  allInits: readonly Container[];
  allApps: readonly Container[];
  layout: PodLayout;
  initStatuses: readonly ContainerStatus[] | undefined;
  appStatuses: readonly ContainerStatus[] | undefined;
  thenLabel: string;
}

export function addMoreNodes(nodes: DiagramNode[], edges: Edge[], ctx: MoreContext): void {
  const { rows, allInits, allApps, layout } = ctx;
  const add = (row: RowKind, slot: number, statuses: readonly ContainerStatus[] | undefined) => {
    const hidden = hiddenOf(row, allInits, allApps, rows);
    if (hidden.length === 0) return;
    const box = layout.containers[slot];
    nodes.push({
      id: moreNodeId(row),
      type: 'more',
      parentId: 'pod',
      extent: 'parent',
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      draggable: false,
      zIndex: 2,
      data: {
        row,
        count: hidden.length,
        total: row === 'init' ? allInits.length : allApps.length,
        groups: stateGroups(hidden, statuses).slice(0, GROUPS_ON_NODE),
      },
    });
  };
  add('init', rows.inits.length, ctx.initStatuses);
  add('app', rows.inits.length + (rows.hiddenInits ? 1 : 0) + rows.apps.length, ctx.appStatuses);

  const lastInit = rows.inits.at(-1);
  if (rows.hiddenInits && lastInit)
    edges.push({
      id: `then:${lastInit.name}:${moreNodeId('init')}`,
      source: `container:${lastInit.name}`,
      sourceHandle: 'next',
      target: moreNodeId('init'),
      targetHandle: 'prev',
      label: ctx.thenLabel,
      markerEnd: { type: MarkerType.ArrowClosed },
      zIndex: 3,
      type: 'packet',
      data: { packet: null, animate: false },
      className: 'edge-then',
      animated: false,
    });
}
