// The localhost band and the connection edges, added to a diagram the model already built.
import type { Edge } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { ContainerStatus } from '../../core/trace/types';
import type { PodLayout } from './layout';
import { listeningAt, recentConnections } from './network';
import type { DiagramFrame } from './model';
import type { DiagramNode } from './types';

export interface NetworkContext {
  podName: string;
  frame: DiagramFrame;
  layout: PodLayout;
  animate: boolean;
  localhostLabel: string;
}

export function addNetwork(nodes: DiagramNode[], edges: Edge[], ctx: NetworkContext): void {
  const { frame, layout, podName } = ctx;
  const snap = frame.pod && frame.pod.name === podName ? frame.pod : null;
  const statuses: ContainerStatus[] = snap ? [...snap.initContainerStatuses, ...snap.containerStatuses] : [];
  const statusOf = (name: string) => statuses.find((s) => s.name === name);
  const containerIds = new Set(nodes.filter((n) => n.type === 'container').map((n) => n.id));
  const connections = recentConnections(frame.activity, podName, snap?.podIP ?? null, frame.services).filter(
    (c) => containerIds.has(`container:${c.container}`),
  );

  const slots = frame.ports ?? [];
  if (layout.band && slots.length) {
    const band = layout.band;
    nodes.push({
      id: 'band',
      type: 'band',
      parentId: 'pod',
      extent: 'parent',
      position: { x: band.x, y: band.y },
      width: band.w,
      height: band.h,
      draggable: false,
      selectable: false,
      zIndex: 1,
      data: { label: ctx.localhostLabel },
    });
    const listening = listeningAt(frame.allActivity ?? [], podName, frame.t, statusOf);
    slots.forEach((slot, i) => {
      const box = layout.ports[i];
      const hits = connections.filter((c) => c.target === `port:${slot.port}`);
      nodes.push({
        id: `port:${slot.port}`,
        type: 'port',
        parentId: 'pod',
        extent: 'parent',
        position: { x: box.x, y: box.y },
        width: box.w,
        height: box.h,
        draggable: false,
        selectable: false,
        zIndex: 2,
        data: {
          port: slot.port,
          owner: slot.owner,
          listening: listening.get(slot.port) ?? null,
          hit: hits.length ? hits.some((h) => h.ok) : null,
        },
      });
    });
  }

  for (const c of connections) {
    if (!nodes.some((n) => n.id === c.target)) continue; // a port without a slot, a Service not drawn
    const toService = c.target.startsWith('service:');
    edges.push({
      id: `connect:${c.container}:${c.target}`,
      source: `container:${c.container}`,
      sourceHandle: toService ? 'dns' : 'net',
      target: c.target,
      targetHandle: 'in',
      type: 'packet',
      label: `:${c.port}`,
      // Marker colours are inline styles, where CSS variables work.
      markerEnd: { type: MarkerType.ArrowClosed, color: c.ok ? 'var(--ready)' : 'var(--failed)' },
      zIndex: 3,
      className: `edge-connect ${c.ok ? 'connect-ok' : 'connect-refused'}`,
      data: { packet: 'forward', animate: ctx.animate },
    });
  }
}
