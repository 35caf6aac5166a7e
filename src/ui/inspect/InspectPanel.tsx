// The side panel for the selected diagram node: a container or a volume, at the player's time.
import { useEffect, useRef } from 'react';
import type { Pod } from 'kubernetes-types/core/v1';
import type { ManifestObject } from '../../core/manifest/types';
import type { Frame } from '../../core/trace/frame';
import type { Trace } from '../../core/trace/types';
import { containerRows, formatCount } from '../diagram/containerCap';
import { useT } from '../i18n';
import { ContainerInspect } from './ContainerInspect';
import { MoreInspect } from './MoreInspect';
import { VolumeInspect } from './VolumeInspect';
import './inspect.css';

interface Props {
  objects: readonly ManifestObject[];
  trace: Trace | null;
  frame: Frame | null;
  selected: string | null;
  /** Opened from the keyboard: move the focus into the panel, as a dialog would. */
  takeFocus?: boolean;
  onClose(): void;
}

export function InspectPanel({ objects, trace, frame, selected, takeFocus = false, onClose }: Props) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected && takeFocus) ref.current?.focus();
  }, [selected, takeFocus]);
  const podObj = objects.find((o) => o.kind === 'Pod');
  const spec = (podObj?.object as Pod | undefined)?.spec;
  if (!selected || !podObj || !spec || !frame) return null;
  const [kind, name] = [selected.slice(0, selected.indexOf(':')), selected.slice(selected.indexOf(':') + 1)];

  let title: string;
  let body: React.ReactNode;
  if (kind === 'container') {
    const init = (spec.initContainers ?? []).find((c) => c.name === name);
    const container = init ?? spec.containers.find((c) => c.name === name);
    if (!container) return null;
    const role = init ? (init.restartPolicy === 'Always' ? 'sidecar' : 'init') : 'app';
    title = name;
    body = (
      <ContainerInspect
        container={container}
        kind={role}
        podName={podObj.name}
        snapshots={trace?.snapshots ?? []}
        frame={frame}
      />
    );
  } else if (kind === 'volume') {
    const volume = (spec.volumes ?? []).find((v) => v.name === name);
    if (!volume) return null;
    title = name;
    body = (
      <VolumeInspect
        volume={volume}
        spec={spec}
        podName={podObj.name}
        activity={trace?.activity ?? []}
        now={frame.t}
      />
    );
  } else if (kind === 'more' && (name === 'init' || name === 'app')) {
    const rows = containerRows(spec.initContainers ?? [], spec.containers);
    title = t(name === 'init' ? 'diagram.moreInit' : 'diagram.moreApp', {
      count: formatCount(name === 'init' ? rows.hiddenInits : rows.hiddenApps),
    });
    body = (
      <MoreInspect
        row={name}
        inits={spec.initContainers ?? []}
        apps={spec.containers}
        podName={podObj.name}
        frame={frame}
      />
    );
  } else return null;

  return (
    <aside
      ref={ref}
      className="inspect"
      aria-label={t('inspect.label', { name: title })}
      data-testid="inspect"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation(); // presenter mode leaves on Escape: here it only closes the panel
        onClose();
      }}
    >
      <header className="inspect-head">
        <span className="inspect-kind">
          {kind === 'container'
            ? t('inspect.container')
            : kind === 'more'
              ? t('inspect.more')
              : t('diagram.volume')}
        </span>
        <h2>{title}</h2>
        <button
          type="button"
          className="inspect-close"
          onClick={onClose}
          aria-label={t('inspect.close')}
          data-testid="inspect-close"
        >
          ×
        </button>
      </header>
      {/* Focusable so a keyboard user can scroll it (axe: scrollable-region-focusable). */}
      <div className="inspect-body" tabIndex={0}>
        {body}
      </div>
    </aside>
  );
}
