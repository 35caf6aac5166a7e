// Volumes and one edge per mount, added to a diagram the model is building. A recent file write or
// read pulses the mount edge (a packet into or out of the volume) and names the file.
import type { Edge } from '@xyflow/react';
import type { Container, Volume } from '../../core/manifest/types';
import type { Activity } from '../../core/trace/types';
import type { PodLayout } from './layout';
import { volumeSource } from './volumeSource';
import type { DiagramNode } from './types';

export interface VolumeContext {
  volumes: readonly Volume[];
  /** Init containers first, then app containers (the mounts' sources). */
  containers: readonly Container[];
  initNames: ReadonlySet<string>;
  layout: PodLayout;
  /** The pod's activity in the recent window. */
  recent: readonly Activity[];
  animate: boolean;
  labels: { write: string; read: string };
}

const edgeStyle = (className: string, animated: boolean) => ({ className, animated });

export function addVolumes(nodes: DiagramNode[], edges: Edge[], ctx: VolumeContext): void {
  const { volumes, containers, initNames, layout, recent, animate, labels } = ctx;
  volumes.forEach((v, i) => {
    const box = layout.volumes[i];
    const touching = recent.filter(
      (a) => (a.kind === 'file-write' || a.kind === 'file-read') && a.volume === v.name,
    );
    nodes.push({
      id: `volume:${v.name}`,
      type: 'volume',
      parentId: 'pod',
      extent: 'parent',
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      draggable: false,
      zIndex: 2,
      data: {
        name: v.name,
        source: volumeSource(v),
        active: touching.some((a) => a.kind === 'file-write') ? 'write' : touching.length ? 'read' : null,
      },
    });
  });

  const volumeNames = new Set(volumes.map((v) => v.name));
  containers.forEach((c) => {
    (c.volumeMounts ?? []).forEach((m, mi) => {
      if (!volumeNames.has(m.name)) return;
      const hit = recent.filter(
        (a) =>
          (a.kind === 'file-write' || a.kind === 'file-read') &&
          a.container === c.name &&
          a.volume === m.name,
      );
      const pulse = hit.some((a) => a.kind === 'file-write') ? 'write' : hit.length ? 'read' : null;
      const lastHit = [...hit]
        .reverse()
        .find((a) => a.kind === (pulse === 'write' ? 'file-write' : 'file-read'));
      const path =
        lastHit && (lastHit.kind === 'file-write' || lastHit.kind === 'file-read') ? lastHit.path : '';
      const mountLabel = m.readOnly ? `${m.mountPath} (ro)` : m.mountPath;
      edges.push({
        id: `mount:${c.name}:${m.name}:${mi}`,
        source: `container:${c.name}`,
        sourceHandle: initNames.has(c.name) ? 'mount' : 'mountUp',
        target: `volume:${m.name}`,
        targetHandle: initNames.has(c.name) ? 'in' : 'inBottom',
        label: pulse ? `${mountLabel} · ${labels[pulse]} ${path}` : mountLabel,
        zIndex: 1, // under the containers it may pass behind
        type: 'packet',
        // A write travels from the container into the volume, a read back out of it.
        data: { packet: pulse === 'write' ? 'forward' : pulse ? 'reverse' : null, animate },
        ...edgeStyle(`edge-mount${m.readOnly ? ' edge-ro' : ''}${pulse ? ` pulse-${pulse}` : ''}`, false),
      });
    });
  });
}
