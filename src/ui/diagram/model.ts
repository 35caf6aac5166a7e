// The diagram as a pure function of (objects, frame): React Flow nodes and edges with stable ids
// (`pod`, `container:<name>`, `volume:<name>`, `service:<name>`). Components only draw this.
import type { Edge } from '@xyflow/react';
import { MarkerType } from '@xyflow/react';
import type { Container, ManifestObject, Pod } from '../../core/manifest/types';
import type {
  Activity,
  ContainerStatus,
  KubeEvent,
  Millis,
  PodSnapshot,
  ServiceRecord,
} from '../../core/trace/types';
import { stateClass, stateText } from './containerState';
import { backOffOf, isSpinning, probeResults, transitionOf } from './containerExtras';
import type { PortSlot } from './network';
import { addNetwork } from './networkNodes';
import { addVolumes } from './volumeNodes';
import { containerRows } from './containerCap';
import { addMoreNodes } from './moreNodes';
import { CONDITION_TYPES, type Diagram, type DiagramNode } from './types';
import { layoutPod, serviceBox, type Box, type PodLayout } from './layout';

/** The part of a player frame the diagram reads. */
export interface DiagramFrame {
  t: Millis;
  pod: PodSnapshot | null;
  activity: Activity[];
  services: ServiceRecord[];
  /** Events up to t (probe results). */
  events?: KubeEvent[];
  /** The pod's port slots over the whole trace (a stable localhost band). */
  ports?: PortSlot[];
  /** All of the trace's activity (which ports listen at t). */
  allActivity?: Activity[];
  /** Containers found looping without sleeping, with when (Frame.spinning). */
  spinning?: Record<string, Millis>;
}

export * from './types';

export interface DiagramOptions {
  /** Animate edges (off when the user prefers reduced motion). */
  animate: boolean;
  thenLabel: string;
  /** Words for packets and the band; English defaults keep tests short. */
  labels?: { write: string; read: string; localhost: string };
}

const DEFAULT_LABELS = { write: 'write', read: 'read', localhost: 'localhost' };

const isSidecar = (c: Container) => c.restartPolicy === 'Always';

export { volumeSource } from './volumeSource';

/** The Service a DNS query is for: `mydb`, `mydb.default`, `mydb.default.svc.cluster.local`. */
export function serviceOfQuery(query: string): string {
  return query.replace(/\.$/, '').split('.')[0];
}

function edgeStyle(cls: string, animated: boolean): Pick<Edge, 'className' | 'animated'> {
  return { className: cls, animated };
}

export function buildDiagram(
  objects: readonly ManifestObject[],
  frame: DiagramFrame,
  opts: DiagramOptions,
): Diagram {
  const podObj = objects.find((o) => o.kind === 'Pod');
  const nodes: DiagramNode[] = [];
  const edges: Edge[] = [];
  let podBox: Box = { x: 0, y: 0, w: 0, h: 0 };
  let podLayout: PodLayout | null = null;

  if (podObj) {
    const spec = (podObj.object as Pod).spec ?? { containers: [] };
    const allInits = spec.initContainers ?? [];
    const allApps = spec.containers ?? [];
    // A pod of thousands of containers draws its first ones and a summary of the rest per row.
    const rows = containerRows(allInits, allApps);
    const { inits, apps } = rows;
    const volumes = spec.volumes ?? [];
    const sidecarIdx = inits.flatMap((c, i) => (isSidecar(c) ? [i] : []));
    const portSlots = frame.ports ?? [];
    const initSlots = inits.length + (rows.hiddenInits ? 1 : 0);
    const appSlots = apps.length + (rows.hiddenApps ? 1 : 0);
    const layout = layoutPod(initSlots, appSlots, sidecarIdx, volumes.length, portSlots.length);
    const labels = opts.labels ?? DEFAULT_LABELS;
    podBox = layout.pod;
    podLayout = layout;
    const snap = frame.pod && frame.pod.name === podObj.name ? frame.pod : null;

    nodes.push({
      id: 'pod',
      type: 'pod',
      position: { x: 0, y: 0 },
      data: {
        name: podObj.name,
        phase: snap && !snap.deleted ? snap.phase : null,
        ip: snap?.podIP ?? null,
        conditions: CONDITION_TYPES.map((type) => ({
          type,
          status: snap?.conditions.find((c) => c.type === type)?.status ?? null,
        })),
      },
      width: layout.pod.w,
      height: layout.pod.h,
      selectable: false,
      draggable: false,
      zIndex: 0,
    });

    const initStatus = statusIndex(snap?.initContainerStatuses);
    const appStatus = statusIndex(snap?.containerStatuses);
    const recent = frame.activity.filter((a) => a.pod === podObj.name);
    const all = [
      ...inits.map((c, i) => ({ c, status: initStatus.get(c.name), box: layout.containers[i] })),
      ...apps.map((c, i) => ({ c, status: appStatus.get(c.name), box: layout.containers[initSlots + i] })),
    ];
    all.forEach(({ c, status, box }, i) => {
      const isInit = i < inits.length;
      const failedLookups = recent
        .filter((a) => a.kind === 'dns' && a.container === c.name && a.answer === null)
        .map((a) => (a.kind === 'dns' ? a.query : ''));
      nodes.push({
        id: `container:${c.name}`,
        type: 'container',
        parentId: 'pod',
        extent: 'parent',
        position: { x: box.x, y: box.y },
        width: box.w,
        height: box.h,
        draggable: false,
        zIndex: 2,
        data: {
          name: c.name,
          image: c.image ?? '',
          kind: isInit ? (isSidecar(c) ? 'sidecar' : 'init') : 'app',
          order: isInit ? i + 1 : null,
          state: stateClass(status),
          stateText: status ? stateText(status) : null,
          restartCount: status?.restartCount ?? 0,
          ready: status?.ready ?? false,
          started: status?.started ?? false,
          failedLookups: [...new Set(failedLookups)],
          backOff: backOffOf(status, frame.t),
          probes: probeResults(frame.events ?? [], c.name, isInit ? 'init' : 'app'),
          transition: transitionOf(status, frame.t),
          spinning: isSpinning(status, frame.spinning?.[c.name]),
        },
      });
    });

    sidecarIdx.forEach((i, n) => {
      const lane = layout.lanes[n];
      nodes.push({
        id: `lane:${inits[i].name}`,
        type: 'lane',
        parentId: 'pod',
        extent: 'parent',
        position: { x: lane.x, y: lane.y },
        width: lane.w,
        height: lane.h,
        draggable: false,
        selectable: false,
        zIndex: 1,
        data: {
          sidecar: inits[i].name,
          state: stateClass(initStatus.get(inits[i].name)),
        },
      });
    });

    // "then": each init container waits for the previous one; app containers wait for all of them.
    const justStarted = (status: ContainerStatus | undefined) => transitionOf(status, frame.t) === 'start';
    for (let i = 1; i < inits.length; i++) {
      const [from, to] = [inits[i - 1].name, inits[i].name];
      const handoff = justStarted(initStatus.get(to));
      edges.push({
        id: `then:${from}:${to}`,
        source: `container:${from}`,
        sourceHandle: 'next',
        target: `container:${to}`,
        targetHandle: 'prev',
        label: opts.thenLabel,
        markerEnd: { type: MarkerType.ArrowClosed },
        zIndex: 3,
        type: 'packet',
        data: { packet: handoff ? 'forward' : null, animate: opts.animate },
        ...edgeStyle(`edge-then${handoff ? ' edge-handoff' : ''}`, false),
      });
    }
    if (layout.gate) {
      nodes.push({
        id: 'gate',
        type: 'gate',
        parentId: 'pod',
        extent: 'parent',
        position: { x: layout.gate.x, y: layout.gate.y },
        width: layout.gate.w,
        height: layout.gate.h,
        draggable: false,
        selectable: false,
        zIndex: 1,
        data: {
          label: opts.thenLabel,
          open: snap?.conditions.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false,
          handoff: allApps.some((c) => justStarted(appStatus.get(c.name))),
        },
      });
    }

    addMoreNodes(nodes, edges, {
      rows,
      allInits,
      allApps,
      layout,
      initStatuses: snap?.initContainerStatuses,
      appStatuses: snap?.containerStatuses,
      thenLabel: opts.thenLabel,
    });

    addVolumes(nodes, edges, {
      volumes,
      containers: [...inits, ...apps],
      initNames: new Set(inits.map((c) => c.name)),
      layout,
      recent,
      animate: opts.animate,
      labels,
    });
  }

  // Services that exist at t, outside the pod; slots follow the manifest, then creation order.
  const manifestOrder = objects.filter((o) => o.kind === 'Service').map((o) => o.name);
  const existing = [...frame.services].sort(
    (a, b) =>
      rank(manifestOrder, a.name) - rank(manifestOrder, b.name) ||
      a.createdAt - b.createdAt ||
      cmp(a.name, b.name),
  );
  const podName = podObj?.name;
  const containerNames = new Set(
    nodes.filter((n) => n.type === 'container').map((n) => n.data.name as string),
  );
  const dns = frame.activity.filter(
    (a) => a.kind === 'dns' && a.answer !== null && a.pod === podName && containerNames.has(a.container),
  );
  existing.forEach((svc, slot) => {
    const box = serviceBox(podBox, slot);
    const queries = dns.filter((a) => a.kind === 'dns' && serviceOfQuery(a.query) === svc.name);
    nodes.push({
      id: `service:${svc.name}`,
      type: 'service',
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      draggable: false,
      zIndex: 2,
      data: {
        name: svc.name,
        clusterIP: svc.clusterIP,
        ports: svc.ports.map((p) => `${p.port}/${p.protocol}`).join(','),
        queried: queries.length > 0,
      },
    });
    for (const container of new Set(queries.map((q) => q.container))) {
      edges.push({
        id: `dns:${container}:${svc.name}`,
        source: `container:${container}`,
        sourceHandle: 'dns',
        target: `service:${svc.name}`,
        targetHandle: 'in',
        // Out of the top and along the gap above the row, so the line never crosses a container.
        type: 'smoothstep',
        label: 'DNS',
        zIndex: 1,
        ...edgeStyle('edge-dns', opts.animate),
      });
    }
  });

  if (podObj && podLayout) {
    addNetwork(nodes, edges, {
      podName: podObj.name,
      frame,
      layout: podLayout,
      animate: opts.animate,
      localhostLabel: (opts.labels ?? DEFAULT_LABELS).localhost,
    });
  }
  return { nodes, edges };
}

/** Statuses by container name: one lookup per drawn container, even in a pod of thousands. */
function statusIndex(list: readonly ContainerStatus[] | undefined): Map<string, ContainerStatus> {
  const index = new Map<string, ContainerStatus>();
  for (const s of list ?? []) index.set(s.name, s);
  return index;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
