// Volumes, Services and the sidecar lifetime lane.
import type { Node, NodeProps } from '@xyflow/react';
import { useT } from '../../i18n';
import type { GateNodeData, LaneNodeData, ServiceNodeData, VolumeNodeData } from '../model';
import { NodeHandles } from './NodeHandles';

export function VolumeNode({ data }: NodeProps<Node<VolumeNodeData, 'volume'>>) {
  const t = useT();
  return (
    <div
      className={`vnode${data.active ? ` vnode-${data.active}` : ''}`}
      data-testid={`node-volume-${data.name}`}
    >
      <NodeHandles type="volume" />
      <span className="vnode-kind">{t('diagram.volume')}</span>
      <span className="vnode-name">{data.name}</span>
      <span className="vnode-source">{data.source}</span>
    </div>
  );
}

export function ServiceNode({ data }: NodeProps<Node<ServiceNodeData, 'service'>>) {
  const t = useT();
  return (
    <div className={`snode${data.queried ? ' snode-queried' : ''}`} data-testid={`node-service-${data.name}`}>
      <NodeHandles type="service" />
      <span className="snode-kind">{t('diagram.service')}</span>
      <span className="snode-name">{data.name}</span>
      <span className="snode-detail">
        {data.clusterIP} · {data.ports}
      </span>
    </div>
  );
}

export function LaneNode({ data }: NodeProps<Node<LaneNodeData, 'lane'>>) {
  const t = useT();
  return (
    <div className={`lnode state-${data.state}`} aria-hidden="true">
      <span>
        {t('diagram.sidecar')}: {data.sidecar}
      </span>
    </div>
  );
}

/** The "then" between init and app containers: app containers start once all init containers are done. */
export function GateNode({ data }: NodeProps<Node<GateNodeData, 'gate'>>) {
  return (
    <div
      className={`gnode${data.open ? ' gnode-open' : ''}${data.handoff ? ' gnode-handoff' : ''}`}
      data-testid="node-gate"
    >
      <svg className="gnode-arrow" viewBox="0 0 12 16" width="10" height="14" aria-hidden="true">
        <path d="M6 0v11M1 8l5 6 5-6" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <span>{data.label}</span>
      <svg className="gnode-arrow" viewBox="0 0 12 16" width="10" height="14" aria-hidden="true">
        <path d="M6 0v11M1 8l5 6 5-6" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </div>
  );
}
