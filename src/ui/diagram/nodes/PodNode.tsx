// The pod boundary: name, phase, IP and the condition lights; containers sit inside it.
import type { Node, NodeProps } from '@xyflow/react';
import { useT } from '../../i18n';
import type { PodNodeData } from '../model';

/** Short labels so five lights fit; the full condition type is in the title and for screen readers. */
const SHORT: Record<string, string> = {
  PodScheduled: 'Scheduled',
  PodReadyToStartContainers: 'Sandbox',
  Initialized: 'Initialized',
  ContainersReady: 'ContainersReady',
  Ready: 'Ready',
};

export function PodNode({ data }: NodeProps<Node<PodNodeData, 'pod'>>) {
  const t = useT();
  return (
    <div className="pnode" data-testid="node-pod">
      <div className="pnode-head">
        <span className="pnode-kind">Pod</span>
        <span className="pnode-name">{data.name}</span>
        {data.phase && (
          <span className={`pnode-phase phase-${data.phase.toLowerCase()}`} data-testid="pod-phase">
            {data.phase}
          </span>
        )}
        <span className="pnode-ip">{data.ip ? `${t('diagram.ip')} ${data.ip}` : t('diagram.noIp')}</span>
      </div>
      <ul className="pnode-conditions" aria-label={t('diagram.conditions')}>
        {data.conditions.map((c) => (
          <li
            key={c.type}
            className={`light light-${c.status === 'True' ? 'true' : c.status === 'False' ? 'false' : 'unknown'}`}
            title={`${c.type}: ${c.status ?? '-'}`}
            data-testid={`condition-${c.type}`}
          >
            <span className="light-dot" aria-hidden="true" />
            <span className="sr-only">
              {c.type}: {c.status ?? '-'}
            </span>
            <span aria-hidden="true">{SHORT[c.type] ?? c.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
