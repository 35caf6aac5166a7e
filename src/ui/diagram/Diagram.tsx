// The pod diagram (React Flow): a pure drawing of buildDiagram(objects, frame).
import {
  Background,
  Controls,
  getNodesBounds,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type Edge,
  type EdgeTypes,
  type Node,
  type NodeTypes,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import { startTransition, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ManifestObject } from '../../core/manifest/types';
import { useReducedMotion } from '../hooks/useReducedMotion';
import { useT } from '../i18n';
import { buildDiagram, type DiagramFrame } from './model';
import { ContainerNode } from './nodes/ContainerNode';
import { MoreNode } from './nodes/MoreNode';
import { PodNode } from './nodes/PodNode';
import { GateNode, LaneNode, ServiceNode, VolumeNode } from './nodes/SmallNodes';
import { BandNode, PortNode } from './nodes/NetNodes';
import { PacketEdge } from './edges/PacketEdge';
import { StepEdge } from './edges/StepEdge';
import { diagramToSvg, download, svgToPng } from './export';
import { handlesOf } from './handles';

const nodeTypes: NodeTypes = {
  pod: PodNode,
  container: ContainerNode,
  more: MoreNode,
  lane: LaneNode,
  gate: GateNode,
  volume: VolumeNode,
  service: ServiceNode,
  band: BandNode,
  port: PortNode,
};

// `smoothstep` replaces React Flow's own: the same path, a label that is not measured in the DOM.
const edgeTypes: EdgeTypes = { packet: PacketEdge, smoothstep: StepEdge };

/** Margin around the drawing in exported images. */
const EXPORT_PAD = 24;

/** Fit the whole pod, but never blow a one-container pod up beyond its natural size. */
const FIT = { padding: 0.08, maxZoom: 1 };
const MIN_ZOOM = 0.2;

/** Nodes with a details panel: a keyboard user opens it with Enter or Space, as a button. */
export const inspectable = (id: string) =>
  id.startsWith('container:') || id.startsWith('volume:') || id.startsWith('more:');
/** Drawing aids that say nothing the other nodes do not: no tab stop for them. */
const DECORATIVE = new Set(['band', 'gate', 'lane']);

interface Props {
  objects: readonly ManifestObject[];
  frame: DiagramFrame;
  selected: string | null;
  /** `keyboard`: the details panel takes the focus, as after pressing a button. */
  onSelect(id: string | null, via?: 'pointer' | 'keyboard'): void;
  /** The inspect panel takes the right of the stage: re-fit into what is left. */
  narrowed?: boolean;
}

/** The flow's nodes and edges at this frame. */
function useFlowElements({ objects, frame, selected }: Props): { nodes: Node[]; edges: Edge[] } {
  const t = useT();
  const reduced = useReducedMotion();
  const diagram = useMemo(
    () =>
      buildDiagram(objects, frame, {
        animate: !reduced,
        thenLabel: t('diagram.then'),
        labels: { write: t('diagram.write'), read: t('diagram.read'), localhost: 'localhost' },
      }),
    [objects, frame, reduced, t],
  );
  const nodes = useMemo(
    () =>
      diagram.nodes.map((n) => ({
        ...n,
        // Sizes and handles are known (layout.ts, handles.ts): React Flow draws nodes and edges in
        // its first render and never measures them, on mount or when time moves.
        measured: { width: n.width, height: n.height },
        handles: handlesOf(n.type, n.width ?? 0, n.height ?? 0),
        ...(n.id === selected && { selected: true }),
        ...(inspectable(n.id) && {
          ariaRole: 'button' as const,
          domAttributes: { 'aria-expanded': n.id === selected },
        }),
        ...(DECORATIVE.has(n.type ?? '') && { focusable: false }),
      })),
    [diagram.nodes, selected],
  );
  return { nodes, edges: diagram.edges };
}

interface CanvasProps extends Props {
  nodes: Node[];
  edges: Edge[];
  /** The stage's size when the flow started, fitted to it; null: it had no size yet. */
  start: StageSize | null;
}

interface StageSize {
  width: number;
  height: number;
}

const sizeOf = ({ width, height }: StageSize) => `${Math.round(width)}x${Math.round(height)}`;

function DiagramCanvas({ frame, selected, onSelect, narrowed = false, nodes, edges, start }: CanvasProps) {
  const t = useT();
  const reduced = useReducedMotion();
  const { fitView, getNodes } = useReactFlow();
  // The provider made the flow's store fitted to the stage; the pan/zoom starts from there too.
  const store = useStoreApi();
  const [initialViewport] = useState<Viewport>(() => {
    const [x, y, zoom] = store.getState().transform;
    return { x, y, zoom };
  });
  const host = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportAs = async (format: 'svg' | 'png') => {
    const viewport = host.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const b = getNodesBounds(getNodes());
    const box = {
      x: b.x - EXPORT_PAD,
      y: b.y - EXPORT_PAD,
      width: b.width + 2 * EXPORT_PAD,
      height: b.height + 2 * EXPORT_PAD,
    };
    const background = getComputedStyle(host.current!).getPropertyValue('--bg').trim() || '#fff';
    const svg = diagramToSvg(viewport, box, background);
    const name = `podlab-${frame.pod?.name ?? 'diagram'}-${Math.floor(frame.t / 1000)}s`;
    try {
      setExportError(null);
      if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
      else download(await svgToPng(svg, box.width, box.height), `${name}.png`);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };
  // React Flow's own words (in English, and about deleting and moving nodes, which we do not allow).
  const ariaLabels = useMemo(
    () => ({
      'node.a11yDescription.default': t('diagram.nodeKeys'),
      'node.a11yDescription.keyboardDisabled': t('diagram.nodeKeys'),
      'controls.ariaLabel': t('diagram.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.zoomIn'),
      'controls.zoomOut.ariaLabel': t('diagram.zoomOut'),
      'controls.fitView.ariaLabel': t('diagram.fitView'),
    }),
    [t],
  );

  // Enter or Space on a container or volume opens (or closes) its details; Escape closes them.
  const onKeyDown = (e: KeyboardEvent) => {
    const node = (e.target as Element).closest?.('.react-flow__node');
    const id = node?.getAttribute('data-id');
    if (!id || e.target !== node) return;
    if ((e.key === 'Enter' || e.key === ' ') && inspectable(id)) {
      e.preventDefault();
      onSelect(id === selected ? null : id, 'keyboard');
    } else if (e.key === 'Escape' && selected) {
      e.stopPropagation(); // presenter mode leaves on Escape: here it only closes the details
      onSelect(null, 'keyboard');
    }
  };

  // Re-fit when the drawing's structure changes (new spec, a Service appears), not as time plays.
  // The structure the flow started with is already fitted (`start`).
  const shape = `${nodes.map((n) => n.id).join('|')}${narrowed ? '|narrowed' : ''}`;
  const fitted = useRef(start ? shape : '');
  useEffect(() => {
    if (shape === fitted.current) return;
    const id = requestAnimationFrame(() => {
      fitted.current = shape;
      void fitView({ ...FIT, duration: reduced ? 0 : 200 });
    });
    return () => cancelAnimationFrame(id);
  }, [shape, fitView, reduced]);

  // And when the stage changes size (window, console folded, inspect panel): fit what is there.
  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    // The first fit was for the stage's size when the flow started, or is done by the effect above.
    let last = start ? sizeOf(start) : '';
    const observer = new ResizeObserver(([entry]) => {
      const size = sizeOf(entry.contentRect);
      if (size === last) return;
      const first = last === '';
      last = size;
      if (first) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitView({ ...FIT, duration: 0 }));
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [fitView, start]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      ref={host}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      defaultViewport={initialViewport}
      minZoom={MIN_ZOOM}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      onNodeClick={(_, n) => onSelect(n.id === selected ? null : n.id)}
      onPaneClick={() => onSelect(null)}
      onKeyDown={onKeyDown}
      ariaLabelConfig={ariaLabels}
      aria-label={t('diagram.label')}
    >
      <Background gap={20} size={1} />
      <Controls showInteractive={false} position="bottom-right" />
      <Panel position="top-right" className="diagram-export">
        <button
          type="button"
          onClick={() => void exportAs('png')}
          data-testid="export-png"
          title={t('diagram.exportPng')}
          aria-label={t('diagram.exportPng')}
        >
          PNG
        </button>
        <button
          type="button"
          onClick={() => void exportAs('svg')}
          data-testid="export-svg"
          title={t('diagram.exportSvg')}
          aria-label={t('diagram.exportSvg')}
        >
          SVG
        </button>
        {exportError && (
          <span role="alert" className="diagram-export-error">
            {t('diagram.exportFailed', { message: exportError })}
          </span>
        )}
      </Panel>
    </ReactFlow>
  );
}

export function Diagram(props: Props) {
  const { nodes, edges } = useFlowElements(props);
  const stage = useRef<HTMLDivElement>(null);
  // The flow mounts once the stage's size is known, its store fitted to it: the first frame is the
  // finished drawing, not a frame at zoom 1, a measuring pass and an animated fit. The size comes
  // from a ResizeObserver (after the browser's own layout, none forced in the commit), and the flow
  // renders as a transition, in slices, like the rest of the first screen.
  const [start, setStart] = useState<{ size: StageSize | null } | null>(null);
  useEffect(() => {
    const el = stage.current;
    const begin = (size: StageSize | null) =>
      startTransition(() => setStart((s) => s ?? { size: size?.width && size.height ? size : null }));
    if (!el || typeof ResizeObserver === 'undefined') return begin(null);
    const observer = new ResizeObserver(([entry]) => {
      observer.disconnect();
      begin({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      className={props.narrowed ? 'diagram diagram-narrowed' : 'diagram'}
      data-testid="diagram"
      ref={stage}
    >
      {start && (
        <ReactFlowProvider
          initialNodes={nodes}
          initialEdges={edges}
          initialWidth={start.size?.width}
          initialHeight={start.size?.height}
          fitView={!!start.size}
          initialFitViewOptions={FIT}
          initialMinZoom={MIN_ZOOM}
          initialMaxZoom={FIT.maxZoom}
        >
          <DiagramCanvas {...props} nodes={nodes} edges={edges} start={start.size} />
        </ReactFlowProvider>
      )}
    </div>
  );
}
