// Right side: the current pod row, the diagram, the player and the output tabs, all at time t.
import { useMemo } from 'react';
import type { Pod } from '../../core/manifest/types';
import { DiagramStage } from '../diagram/DiagramStage';
import { useFrame } from '../hooks/useFrame';
import { useT } from '../i18n';
import { OutputTabs } from '../panels/OutputTabs';
import { podRow } from '../../core/kubectl/print-pod';
import { PodRowBar } from '../panels/PodRowBar';
import type { LogSource } from '../panels/LogsPanel';
import { LiveAnnouncer } from '../player/LiveAnnouncer';
import { PlayerBar } from '../player/PlayerBar';
import { usePlayerClock } from '../player/usePlayerClock';
import { usePlayerKeys } from '../player/usePlayerKeys';
import { playground, usePlayground } from '../store';

const NO_NOTES: { t: number; message: string }[] = [];

export function SimulationPane() {
  const t = useT();
  usePlayerClock();
  usePlayerKeys();
  const frame = useFrame();
  const objects = usePlayground((s) => s.objects);
  const stale = usePlayground((s) => s.stale);
  const simError = usePlayground((s) => s.simError);
  const computing = usePlayground((s) => s.computing);
  const selected = usePlayground((s) => s.selected);
  const notes = usePlayground((s) => s.trace?.notes ?? NO_NOTES);
  const pod = objects.find((o) => o.kind === 'Pod');

  const containers = useMemo<LogSource[]>(() => {
    const spec = (pod?.object as Pod | undefined)?.spec;
    if (!spec) return [];
    return [
      ...(spec.initContainers ?? []).map((c) => ({
        name: c.name,
        kind: c.restartPolicy === 'Always' ? ('sidecar' as const) : ('init' as const),
      })),
      ...spec.containers.map((c) => ({ name: c.name, kind: 'app' as const })),
    ];
  }, [pod]);

  const now = frame?.t ?? 0;
  const snapshot = frame?.pod ?? null;
  const status = snapshot && !snapshot.deleted ? podRow(snapshot, now).status : null;

  return (
    <section className="sim-pane">
      {stale && (
        <div className="banner banner-stale" role="status" data-testid="stale-banner">
          {t('stale.banner')}
        </div>
      )}
      {simError && (
        <div className="banner banner-error" role="alert" data-testid="sim-error">
          {t('simulate.failed', { message: simError })}
        </div>
      )}
      {notes
        .filter((n) => n.t <= now)
        .map((n, i) => (
          <div key={i} className="banner banner-note" role="note" data-testid="sim-note">
            {n.message}
          </div>
        ))}
      <PodRowBar pod={snapshot} now={now} />
      <div className={stale ? 'stage stage-stale' : 'stage'} aria-busy={computing}>
        {pod ? (
          <DiagramStage
            objects={objects}
            frame={frame}
            selected={selected}
            onSelect={playground.getState().select}
          />
        ) : computing ? (
          <p className="stage-empty" data-testid="simulating">
            {t('simulate.running')}
          </p>
        ) : (
          <p className="stage-empty" data-testid="no-pod">
            {t('nopod.message')}
          </p>
        )}
      </div>
      <PlayerBar />
      <OutputTabs frame={frame} containers={containers} podName={pod?.name ?? ''} />
      <LiveAnnouncer pod={snapshot} status={status} />
    </section>
  );
}
