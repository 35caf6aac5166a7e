// Where each node type's edge handles sit, declared once: the node components draw their handles from
// this, and the diagram gives React Flow the same positions (`Node.handles`). Without them React Flow
// finds the handles in the DOM after the nodes mount (a forced layout, then a second render of the
// whole flow before the first edge can be drawn), and again each time a node object changes.
import { Position, type NodeHandle } from '@xyflow/react';

export interface HandleSpec {
  id: string;
  type: 'source' | 'target';
  position: Position;
  /** Where along its side, from 0 to 1 (the middle when absent). */
  at?: number;
}

/** The handles' box (`.handle` in diagram.css); a handle's centre sits on the node's border. */
export const HANDLE_SIZE = 6;

const side = (id: string, type: HandleSpec['type'], position: Position, at?: number): HandleSpec =>
  at === undefined ? { id, type, position } : { id, type, position, at };

export const NODE_HANDLES: Readonly<Record<string, readonly HandleSpec[]>> = {
  container: [
    side('prev', 'target', Position.Left),
    side('next', 'source', Position.Right),
    side('dns', 'source', Position.Top, 0.7), // DNS queries leave right of the mount edges
    side('mount', 'source', Position.Bottom),
    side('mountUp', 'source', Position.Top),
    side('net', 'source', Position.Bottom, 0.35), // localhost traffic leaves left of the mounts
  ],
  more: [side('prev', 'target', Position.Left)],
  volume: [side('in', 'target', Position.Top), side('inBottom', 'target', Position.Bottom)],
  service: [side('in', 'target', Position.Left)],
  port: [side('in', 'target', Position.Top)],
};

/** The CSS offset that puts a handle `at` its place along its side. */
export function handleOffset(spec: HandleSpec): { left: string } | { top: string } | undefined {
  if (spec.at === undefined) return undefined;
  const horizontal = spec.position === Position.Top || spec.position === Position.Bottom;
  const percent = `${spec.at * 100}%`;
  return horizontal ? { left: percent } : { top: percent };
}

/**
 * The handles of a `type` node of `width` x `height`, where the DOM puts them (relative to the node).
 * A node without handles gets an empty list, not none: React Flow measures a node whose handles it
 * does not know.
 */
export function handlesOf(type: string | undefined, width: number, height: number): NodeHandle[] {
  const specs = (type !== undefined && NODE_HANDLES[type]) || [];
  const half = HANDLE_SIZE / 2;
  return specs.map((s) => {
    const at = s.at ?? 0.5;
    const x =
      s.position === Position.Left ? -half : s.position === Position.Right ? width - half : at * width - half;
    const y =
      s.position === Position.Top
        ? -half
        : s.position === Position.Bottom
          ? height - half
          : at * height - half;
    return { id: s.id, type: s.type, position: s.position, x, y, width: HANDLE_SIZE, height: HANDLE_SIZE };
  });
}
