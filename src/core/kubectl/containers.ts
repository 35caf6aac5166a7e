// kubectl's default container choice (podcmd.FindOrDefaultContainerByName) and its notice.
import type { PodWorker } from '../kubelet/pod-worker';

export function defaultContainer(pod: PodWorker): { name: string; notice: string } {
  const annotated = pod.pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  const apps = pod.spec.apps.map((c) => c.name);
  const inits = pod.spec.init.map((c) => `${c.name} (init)`);
  const name = annotated && pod.containerSpec(annotated) ? annotated : apps[0];
  const all = [...apps, ...inits];
  const notice =
    !annotated && all.length > 1 ? `Defaulted container "${name}" out of: ${all.join(', ')}\n` : '';
  return { name, notice };
}
