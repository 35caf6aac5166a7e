// The containers of a row the diagram does not draw: how many, and what state they are in (Kubernetes'
// words, never translated). Opening it (click, Enter) lists them in the inspect panel.
import type { Node, NodeProps } from '@xyflow/react';
import { useT } from '../../i18n';
import { formatCount } from '../containerCap';
import type { MoreNodeData } from '../types';
import { NodeHandles } from './NodeHandles';

export function MoreNode({ data }: NodeProps<Node<MoreNodeData, 'more'>>) {
  const t = useT();
  const title = t(data.row === 'init' ? 'diagram.moreInit' : 'diagram.moreApp', {
    count: formatCount(data.count),
  });
  const grouped = data.groups.reduce((n, g) => n + g.count, 0);
  return (
    <div
      className={`cnode mnode state-${data.groups[0]?.state ?? 'none'}`}
      data-testid={`node-more-${data.row}`}
    >
      <NodeHandles type="more" />
      <div className="cnode-name mnode-title">{title}</div>
      <div className="mnode-note">{t('diagram.moreNote', { total: formatCount(data.total) })}</div>
      <ul className="mnode-groups">
        {data.groups.map((g) => (
          <li key={g.text ?? ''} className={`mnode-${g.state}`}>
            <span className="cnode-dot" aria-hidden="true" />
            <span className="mnode-count">{formatCount(g.count)}</span>
            <span className="mnode-state">{g.text ?? t('diagram.notCreated')}</span>
          </li>
        ))}
        {grouped < data.count && (
          <li className="mnode-other">
            {t('diagram.moreOther', { count: formatCount(data.count - grouped) })}
          </li>
        )}
      </ul>
    </div>
  );
}
