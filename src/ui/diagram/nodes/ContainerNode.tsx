// One container: order or role, name, image, its state in Kubernetes' words, restarts, started/ready.
import type { Node, NodeProps } from '@xyflow/react';
import { formatGoDuration } from '../../../core/kubectl/duration';
import { useT } from '../../i18n';
import type { ContainerNodeData } from '../model';
import { NodeHandles } from './NodeHandles';

/** Whole seconds, rounded up: the countdown shows 1s until the back-off is over. */
const seconds = (ms: number) => formatGoDuration(Math.ceil(ms / 1000) * 1000);

export function ContainerNode({ data }: NodeProps<Node<ContainerNodeData, 'container'>>) {
  const t = useT();
  return (
    <div
      className={`cnode cnode-${data.kind} state-${data.state}${data.transition ? ` flash-${data.transition}` : ''}`}
      data-testid={`node-container-${data.name}`}
    >
      <NodeHandles type="container" />
      <div className="cnode-top">
        {data.order !== null && (
          <span
            className="cnode-order"
            data-testid="container-order"
            aria-label={t('diagram.initOrder', { n: data.order })}
          >
            {data.order}
          </span>
        )}
        <span className="cnode-role">{data.kind === 'sidecar' ? t('diagram.sidecar') : data.kind}</span>
        <span className="cnode-marks">
          {/* Both marks are always drawn, lit or dim; a screen reader hears only the lit ones. */}
          <span
            className={data.started ? 'mark mark-on' : 'mark'}
            title={t('diagram.started')}
            aria-hidden={!data.started}
          >
            {t('diagram.started')}
          </span>
          <span
            className={data.ready ? 'mark mark-on' : 'mark'}
            title={t('diagram.ready')}
            aria-hidden={!data.ready}
            data-testid="container-ready"
          >
            {t('diagram.ready')}
          </span>
        </span>
      </div>
      <div className="cnode-name">{data.name}</div>
      <div className="cnode-image">{data.image}</div>
      <div className="cnode-state" data-testid="container-state">
        <span className="cnode-dot" aria-hidden="true" />
        {data.stateText ?? <span className="cnode-none">{t('diagram.notCreated')}</span>}
      </div>
      {data.backOff ? (
        <div className="cnode-extra cnode-backoff" data-testid="container-backoff">
          {data.backOff.remaining > 0
            ? t('diagram.backOff', {
                window: formatGoDuration(data.backOff.window),
                remaining: seconds(data.backOff.remaining),
              })
            : t('diagram.backOffOver', { window: formatGoDuration(data.backOff.window) })}
        </div>
      ) : data.probes?.length ? (
        <div className="cnode-extra cnode-probes" data-testid="container-probes">
          {data.probes.map((p) => (
            <span key={p.type} className="probe-fail" title={p.message}>
              {t('diagram.probeFailed', { type: p.type })}
            </span>
          ))}
        </div>
      ) : null}
      {data.spinning && (
        <div
          className="cnode-extra cnode-spin"
          data-testid="container-spinning"
          title={t('diagram.spinningHelp')}
        >
          {t('diagram.spinning')}
        </div>
      )}
      <div className="cnode-foot">
        <span data-testid="container-restarts">
          {t('diagram.restarts')}: {data.restartCount}
        </span>
        {data.failedLookups.length > 0 && (
          <span className="cnode-dnsfail">
            {t('diagram.dnsFailed', { query: data.failedLookups.join(', ') })}
          </span>
        )}
      </div>
    </div>
  );
}
