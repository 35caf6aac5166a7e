// What Tab can complete at the player's time: pods and their containers from the trace, Services
// alive at t, and the ConfigMaps/Secrets the manifest declares.
import type { ManifestObject } from '../../core/manifest/types';
import { lastAtOrBefore } from '../../core/trace/frame';
import type { Millis, Trace } from '../../core/trace/types';
import type { CompletionData } from './complete';

export function completionData(
  trace: Trace | null,
  objects: readonly ManifestObject[],
  t: Millis,
): CompletionData {
  const data: CompletionData = { pods: [], containers: {}, services: [], configmaps: [], secrets: [] };
  for (const o of objects) {
    if (o.kind === 'ConfigMap') data.configmaps.push(o.name);
    if (o.kind === 'Secret') data.secrets.push(o.name);
  }
  if (!trace) return data;
  const upTo = trace.snapshots.slice(0, lastAtOrBefore(trace.snapshots, t) + 1);
  const latest = new Map(upTo.map((s) => [s.name, s]));
  for (const [name, s] of latest) {
    if (s.deleted) continue;
    data.pods.push(name);
    data.containers[name] = [...s.initContainerStatuses, ...s.containerStatuses].map((c) => c.name);
  }
  data.services = [
    'kubernetes',
    ...trace.services
      .filter((s) => s.createdAt <= t && (s.deletedAt === null || s.deletedAt > t))
      .map((s) => s.name),
  ];
  data.pods.sort();
  return data;
}
