// The data each diagram node carries (what the node components draw).
import type { Edge, Node } from '@xyflow/react';
import type { StateClass } from './containerState';
import type { BackOff, ProbeResult } from './containerExtras';
import type { StateGroup } from './containerCap';

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
  /** While in CrashLoopBackOff: the window and what is left of it at t. */
  backOff?: BackOff | null;
  /** The last failure of each probe type (Unhealthy events up to t). */
  probes?: ProbeResult[];
  /** Just (re)started or just exited: drawn as a flash (a ring with reduced motion). */
  transition?: 'start' | 'exit' | null;
  /** The running process loops without ever sleeping: it burns CPU (the simulator stopped interpreting it). */
  spinning?: boolean;
}

/** The containers of a row the diagram does not draw (containerCap.ts): how many, and their states. */
export interface MoreNodeData extends Record<string, unknown> {
  row: 'init' | 'app';
  /** Containers not drawn. */
  count: number;
  /** Containers in the row, drawn or not. */
  total: number;
  /** Their states, the largest group first. */
  groups: StateGroup[];
}

export interface LaneNodeData extends Record<string, unknown> {
  sidecar: string;
  state: StateClass;
}

export interface GateNodeData extends Record<string, unknown> {
  label: string;
  /** Initialized=True: app containers may start. */
  open: boolean;
  /** App containers just started: the hand-off from the init phase. */
  handoff?: boolean;
}

export interface VolumeNodeData extends Record<string, unknown> {
  name: string;
  source: string;
  active: 'write' | 'read' | null;
}

export interface BandNodeData extends Record<string, unknown> {
  label: string;
}

export interface PortNodeData extends Record<string, unknown> {
  port: number;
  owner: string | null;
  /** The container listening at t, or null. */
  listening: string | null;
  /** A connection reached it in the recent window: true ok, false refused. */
  hit: boolean | null;
}

/** Mount, connect and hand-off edges can carry a moving packet. */
export interface PacketEdgeData extends Record<string, unknown> {
  /** Which way the packet travels along the edge, or null for none. */
  packet: 'forward' | 'reverse' | null;
  animate: boolean;
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
  | Node<MoreNodeData, 'more'>
  | Node<LaneNodeData, 'lane'>
  | Node<GateNodeData, 'gate'>
  | Node<VolumeNodeData, 'volume'>
  | Node<ServiceNodeData, 'service'>
  | Node<BandNodeData, 'band'>
  | Node<PortNodeData, 'port'>;

export interface Diagram {
  nodes: DiagramNode[];
  edges: Edge[];
}
