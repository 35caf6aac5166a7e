// The localhost band and its port chips: which container listens on which port, right now.
import type { Node, NodeProps } from '@xyflow/react';
import { useT } from '../../i18n';
import type { BandNodeData, PortNodeData } from '../model';
import { NodeHandles } from './NodeHandles';

export function BandNode({ data }: NodeProps<Node<BandNodeData, 'band'>>) {
  return (
    <div className="bnode" data-testid="node-band">
      <span className="bnode-label">{data.label}</span>
    </div>
  );
}

export function PortNode({ data }: NodeProps<Node<PortNodeData, 'port'>>) {
  const t = useT();
  const cls = [
    'portnode',
    data.listening ? 'port-listening' : 'port-closed',
    data.hit === true ? 'port-hit' : data.hit === false ? 'port-refused' : '',
  ].join(' ');
  const who = data.listening ?? data.owner;
  return (
    <div
      className={cls.trim()}
      data-testid={`node-port-${data.port}`}
      title={
        data.listening
          ? t('diagram.portListening', { port: data.port, container: data.listening })
          : t('diagram.portClosed', { port: data.port })
      }
    >
      <NodeHandles type="port" />
      <span className="portnode-dot" aria-hidden="true" />
      <span className="portnode-port">:{data.port}</span>
      {who && <span className="portnode-owner">{who}</span>}
    </div>
  );
}
