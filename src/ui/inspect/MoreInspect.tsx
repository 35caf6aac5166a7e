// The inspect panel of a row's summary node: the containers the diagram does not draw, grouped by their
// state at the player's time, and where else to see them (they run in the simulation like the others).
import type { Container } from 'kubernetes-types/core/v1';
import type { Frame } from '../../core/trace/frame';
import { containerRows, formatCount, hiddenOf, stateGroups, type RowKind } from '../diagram/containerCap';
import { useT } from '../i18n';

/** Names listed per state; the rest are counted. */
const NAMES_PER_GROUP = 24;

interface Props {
  row: RowKind;
  inits: readonly Container[];
  apps: readonly Container[];
  podName: string;
  frame: Frame;
}

export function MoreInspect({ row, inits, apps, podName, frame }: Props) {
  const t = useT();
  const rows = containerRows(inits, apps);
  const hidden = hiddenOf(row, inits, apps, rows);
  const statuses = row === 'init' ? frame.pod?.initContainerStatuses : frame.pod?.containerStatuses;
  const groups = stateGroups(hidden, statuses, NAMES_PER_GROUP);
  const params = {
    shown: formatCount(row === 'init' ? rows.inits.length : rows.apps.length),
    total: formatCount(row === 'init' ? inits.length : apps.length),
    count: formatCount(hidden.length),
    pod: podName,
  };
  return (
    <div data-testid={`inspect-more-${row}`}>
      <p>{t(row === 'init' ? 'inspect.moreExplainInit' : 'inspect.moreExplainApp', params)}</p>
      <h3>{t('inspect.moreByState')}</h3>
      {groups.map((g) => (
        <section key={g.text ?? ''} data-testid="inspect-more-group">
          <h4 className="mono">
            {g.text ?? t('diagram.notCreated')} ({formatCount(g.count)})
          </h4>
          <p className="mono inspect-names">
            {g.names.join(', ')}
            {g.count > g.names.length &&
              ` ${t('inspect.moreNames', { count: formatCount(g.count - g.names.length) })}`}
          </p>
        </section>
      ))}
    </div>
  );
}
