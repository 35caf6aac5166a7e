// The data each diagram node carries (what the node components draw).
import type { Edge, Node } from '@xyflow/react';
import type { StateClass } from './containerState';

export const CONDITION_TYPES = [
  'PodScheduled',
  'PodReadyToStartContainers',
  'Initialized',
  'ContainersReady',
  'Ready',
] as const;

export interface PodNodeData extends Record<string, unknown> {
  name: string;
  phase: string | null; // null before the pod exists in the trace
  ip: string | null;
  conditions: { type: string; status: 'True' | 'False' | null }[];
}

export interface ContainerNodeData extends Record<string, unknown> {
  name: string;
  image: string;
  kind: 'init' | 'sidecar' | 'app';
  /** 1-based position among init containers (sidecars included); null for app containers. */
  order: number | null;
  state: StateClass;
  stateText: string | null; // null: no status yet
  restartCount: number;
  ready: boolean;
  started: boolean;
  failedLookups: string[];
}

export interface LaneNodeData extends Record<string, unknown> {
  sidecar: string;
  state: StateClass;
}

export interface GateNodeData extends Record<string, unknown> {
  label: string;
  /** Initialized=True: app containers may start. */
  open: boolean;
}

export interface VolumeNodeData extends Record<string, unknown> {
  name: string;
  source: string;
  active: 'write' | 'read' | null;
}

export interface ServiceNodeData extends Record<string, unknown> {
  name: string;
  clusterIP: string;
  ports: string;
  queried: boolean;
}

export type DiagramNode =
  | Node<PodNodeData, 'pod'>
  | Node<ContainerNodeData, 'container'>
  | Node<LaneNodeData, 'lane'>
  | Node<GateNodeData, 'gate'>
  | Node<VolumeNodeData, 'volume'>
  | Node<ServiceNodeData, 'service'>;

export interface Diagram {
  nodes: DiagramNode[];
  edges: Edge[];
}
