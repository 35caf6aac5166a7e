// The current `kubectl get pod` row, always in view above the diagram.
import { podRow, podRowCells, formatTable, POD_HEADER } from '../../core/kubectl/print-pod';
import type { PodSnapshot } from '../../core/trace/types';
import { useT } from '../i18n';

export function podRowText(pod: PodSnapshot | null, now: number): string {
  if (!pod || pod.deleted) return 'No resources found in default namespace.';
  return formatTable(POD_HEADER, [podRowCells(podRow(pod, now))]).trimEnd();
}

export function PodRowBar({ pod, now }: { pod: PodSnapshot | null; now: number }) {
  const t = useT();
  return (
    <section className="podrow" aria-label={t('row.label')}>
      <div className="podrow-prompt" aria-hidden="true">
        $ kubectl get pod
      </div>
      <pre className="podrow-table" data-testid="pod-row">
        {podRowText(pod, now)}
      </pre>
    </section>
  );
}
