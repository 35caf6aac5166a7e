// The inspect panel for one container: now, its history, probes, environment, mounts and log.
import type { Container } from 'kubernetes-types/core/v1';
import { formatAge, formatGoDuration } from '../../core/kubectl/duration';
import type { Frame } from '../../core/trace/frame';
import type { PodSnapshot } from '../../core/trace/types';
import { stateText } from '../diagram/containerState';
import { backOffOf, probeResults } from '../diagram/containerExtras';
import { useT } from '../i18n';
import { envEntries, exitCodes, logRuns, mountLines, stateHistory, statusIn } from './containerInfo';

interface Props {
  container: Container;
  kind: 'init' | 'sidecar' | 'app';
  podName: string;
  snapshots: readonly PodSnapshot[];
  frame: Frame;
}

/** A log box scrolls on its own: keyboard users reach it with Tab and scroll it with the arrows. */
const scrollable = (label: string) => ({ tabIndex: 0, role: 'region', 'aria-label': label });

export function ContainerInspect({ container, kind, podName, snapshots, frame }: Props) {
  const t = useT();
  const now = frame.t;
  const status = frame.pod ? statusIn(frame.pod, container.name) : undefined;
  const history = stateHistory(snapshots, podName, container.name, now);
  const exits = exitCodes(snapshots, podName, container.name, now);
  const probes = probeResults(frame.events, container.name, kind === 'app' ? 'app' : 'init');
  const backOff = backOffOf(status, now);
  const runs = logRuns(frame.logs[container.name] ?? [], status?.restartCount ?? 0);
  const env = envEntries(container);
  const mounts = mountLines(container);
  const last = status?.lastState;

  return (
    <div data-testid={`inspect-container-${container.name}`}>
      <dl className="inspect-facts">
        <dt>{t('inspect.image')}</dt>
        <dd className="mono">{container.image}</dd>
        <dt>{t('inspect.state')}</dt>
        <dd className="mono" data-testid="inspect-state">
          {status ? stateText(status) : t('diagram.notCreated')}
          {status?.message && <div className="inspect-message">{status.message}</div>}
        </dd>
        {backOff && (
          <>
            <dt>{t('inspect.backOff')}</dt>
            <dd className="mono">
              {t('inspect.backOffDetail', {
                window: formatGoDuration(backOff.window),
                remaining: formatGoDuration(Math.ceil(backOff.remaining / 1000) * 1000),
              })}
            </dd>
          </>
        )}
        {last && (
          <>
            <dt>{t('inspect.lastState')}</dt>
            <dd className="mono">
              Terminated: {last.reason} ({t('inspect.exitCode')} {last.exitCode}
              {last.signal ? `, signal ${last.signal}` : ''})
            </dd>
          </>
        )}
        <dt>{t('diagram.restarts')}</dt>
        <dd data-testid="inspect-restarts">{status?.restartCount ?? 0}</dd>
        <dt>{t('inspect.startedReady')}</dt>
        <dd>
          {String(status?.started ?? false)} / {String(status?.ready ?? false)}
        </dd>
      </dl>

      {probes.length > 0 && (
        <section>
          <h3>{t('inspect.probes')}</h3>
          <ul className="inspect-list mono" data-testid="inspect-probes">
            {probes.map((p) => (
              <li key={p.type}>
                <span className="inspect-time">{formatAge(p.t)}</span> {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{t('inspect.history')}</h3>
        {history.length === 0 ? (
          <p className="inspect-none">{t('inspect.noHistory')}</p>
        ) : (
          <ol className="inspect-list mono" data-testid="inspect-history">
            {history.map((h) => (
              <li key={h.t}>
                <span className="inspect-time">{formatAge(h.t)}</span> {h.state}
                {h.restartCount > 0 && ` · ${t('diagram.restarts')} ${h.restartCount}`}
                {h.ready && ` · ${t('diagram.ready')}`}
              </li>
            ))}
          </ol>
        )}
        {exits.length > 0 && (
          <p className="mono" data-testid="inspect-exits">
            {t('inspect.exitCodes')}: {exits.map((e) => e.code).join(', ')}
          </p>
        )}
      </section>

      <section>
        <h3>{t('inspect.env')}</h3>
        {env.length === 0 ? (
          <p className="inspect-none mono">&lt;none&gt;</p>
        ) : (
          <dl className="inspect-kv mono">
            {env.map(([k, v], i) => (
              <div key={i}>
                <dt>{k}:</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        )}
        <h3>{t('inspect.mounts')}</h3>
        {mounts.length === 0 ? (
          <p className="inspect-none mono">&lt;none&gt;</p>
        ) : (
          <ul className="inspect-list mono">
            {mounts.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h3>{t('inspect.log')}</h3>
        {runs.previous && (
          <>
            <h4>{t('inspect.previousRun', { n: runs.previous.instance })}</h4>
            <pre
              className="inspect-log"
              data-testid="inspect-log-previous"
              {...scrollable(t('inspect.previousRun', { n: runs.previous.instance }))}
            >
              {runs.previous.lines.map((l) => l.line).join('\n')}
            </pre>
          </>
        )}
        {runs.current ? (
          <>
            {runs.previous && <h4>{t('inspect.currentRun', { n: runs.current.instance })}</h4>}
            <pre
              className="inspect-log"
              data-testid="inspect-log"
              {...scrollable(
                runs.previous ? t('inspect.currentRun', { n: runs.current.instance }) : t('inspect.log'),
              )}
            >
              {runs.current.lines.map((l) => l.line).join('\n')}
            </pre>
          </>
        ) : (
          <p className="inspect-none">{t('inspect.noLog')}</p>
        )}
      </section>
    </div>
  );
}
