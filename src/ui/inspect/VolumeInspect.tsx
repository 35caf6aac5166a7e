// The inspect panel for one volume: its source, who mounts it where, and the files touched up to t.
import type { Pod, Volume } from 'kubernetes-types/core/v1';
import { formatAge } from '../../core/kubectl/duration';
import type { Activity, Millis } from '../../core/trace/types';
import { volumeSource } from '../diagram/model';
import { useT } from '../i18n';
import { volumeFiles } from './volumeInfo';

interface Props {
  volume: Volume;
  spec: NonNullable<Pod['spec']>;
  podName: string;
  activity: readonly Activity[];
  now: Millis;
}

export function VolumeInspect({ volume, spec, podName, activity, now }: Props) {
  const t = useT();
  const files = volumeFiles(activity, podName, volume.name, now);
  const mounts = [...(spec.initContainers ?? []), ...spec.containers].flatMap((c) =>
    (c.volumeMounts ?? [])
      .filter((m) => m.name === volume.name)
      .map((m) => `${c.name}: ${m.mountPath} (${m.readOnly ? 'ro' : 'rw'})`),
  );
  return (
    <div data-testid={`inspect-volume-${volume.name}`}>
      <dl className="inspect-facts">
        <dt>{t('inspect.source')}</dt>
        <dd className="mono">{volumeSource(volume)}</dd>
      </dl>
      <section>
        <h3>{t('inspect.mountedBy')}</h3>
        <ul className="inspect-list mono">
          {mounts.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('inspect.files')}</h3>
        {files.length === 0 ? (
          <p className="inspect-none">{t('inspect.noFiles')}</p>
        ) : (
          <table className="inspect-files mono" data-testid="inspect-files">
            <thead>
              <tr>
                <th>{t('inspect.path')}</th>
                <th>{t('inspect.wroteIt')}</th>
                <th>{t('inspect.readIt')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.path}>
                  <td>{f.path}</td>
                  <td>
                    {f.writers.join(', ')}
                    {f.lastWrite && <span className="inspect-time"> {formatAge(f.lastWrite.t)}</span>}
                  </td>
                  <td>
                    {f.readers.join(', ')}
                    {f.lastRead && <span className="inspect-time"> {formatAge(f.lastRead.t)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="inspect-note">{t('inspect.filesNote')}</p>
      </section>
    </div>
  );
}
