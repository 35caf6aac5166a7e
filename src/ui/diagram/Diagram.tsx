// The pod diagram (React Flow): a pure drawing of buildDiagram(objects, frame).
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { useEffect, useMemo } from 'react';
import type { ManifestObject } from '../../core/manifest/types';
import { useReducedMotion } from '../hooks/useReducedMotion';
import { useT } from '../i18n';
import { buildDiagram, type DiagramFrame } from './model';
import { ContainerNode } from './nodes/ContainerNode';
import { PodNode } from './nodes/PodNode';
import { GateNode, LaneNode, ServiceNode, VolumeNode } from './nodes/SmallNodes';

const nodeTypes: NodeTypes = {
  pod: PodNode,
  container: ContainerNode,
  lane: LaneNode,
  gate: GateNode,
  volume: VolumeNode,
  service: ServiceNode,
};

/** Fit the whole pod, but never blow a one-container pod up beyond its natural size. */
const FIT = { padding: 0.08, maxZoom: 1 };

interface Props {
  objects: readonly ManifestObject[];
  frame: DiagramFrame;
  selected: string | null;
  onSelect(id: string | null): void;
}

function DiagramCanvas({ objects, frame, selected, onSelect }: Props) {
  const t = useT();
  const reduced = useReducedMotion();
  const { fitView } = useReactFlow();
  const diagram = useMemo(
    () => buildDiagram(objects, frame, { animate: !reduced, thenLabel: t('diagram.then') }),
    [objects, frame, reduced, t],
  );
  const nodes = useMemo(
    () => diagram.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)),
    [diagram.nodes, selected],
  );

  // Re-fit when the drawing's structure changes (new spec, a Service appears), not as time plays.
  const shape = diagram.nodes.map((n) => n.id).join('|');
  useEffect(() => {
    const id = requestAnimationFrame(() => void fitView({ ...FIT, duration: reduced ? 0 : 200 }));
    return () => cancelAnimationFrame(id);
  }, [shape, fitView, reduced]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={diagram.edges}
      nodeTypes={nodeTypes}
      fitView
      fitViewOptions={FIT}
      minZoom={0.2}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      onNodeClick={(_, n) => onSelect(n.id === selected ? null : n.id)}
      onPaneClick={() => onSelect(null)}
      aria-label={t('diagram.label')}
    >
      <Background gap={20} size={1} />
      <Controls showInteractive={false} position="bottom-right" />
    </ReactFlow>
  );
}

export function Diagram(props: Props) {
  return (
    <div className="diagram" data-testid="diagram">
      <ReactFlowProvider>
        <DiagramCanvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}
