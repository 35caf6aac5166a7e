// A flattened, defaulted view of a Pod's containers that the kubelet works from.
import type { Container, Pod, Probe } from '../manifest/types';
import type { ContainerKind } from '../trace/types';

export interface ContainerSpec {
  name: string;
  kind: ContainerKind;
  /** Index within spec.initContainers or spec.containers. */
  index: number;
  /** `spec.initContainers{name}` / `spec.containers{name}`: the events' field path. */
  fieldPath: string;
  image: string;
  imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  container: Container;
  startupProbe: Probe | null;
  readinessProbe: Probe | null;
  livenessProbe: Probe | null;
}

export interface PodSpecView {
  name: string;
  namespace: string;
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  terminationGracePeriodMs: number;
  init: ContainerSpec[]; // regular init containers and native sidecars, in spec order
  apps: ContainerSpec[];
  all: ContainerSpec[];
}

function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const lastSegment = image.split('/').pop() ?? image;
  if (image.includes('@')) return 'IfNotPresent';
  const tag = lastSegment.includes(':') ? lastSegment.split(':').pop() : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function specOf(c: Container, kind: ContainerKind, index: number): ContainerSpec {
  const image = c.image ?? '';
  const group = kind === 'app' ? 'containers' : 'initContainers';
  const policy = c.imagePullPolicy;
  return {
    name: c.name,
    kind,
    index,
    fieldPath: `spec.${group}{${c.name}}`,
    image,
    imagePullPolicy:
      policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never'
        ? policy
        : defaultPullPolicy(image),
    container: c,
    startupProbe: c.startupProbe ?? null,
    readinessProbe: c.readinessProbe ?? null,
    livenessProbe: c.livenessProbe ?? null,
  };
}

export function podSpecView(pod: Pod): PodSpecView {
  const spec = pod.spec ?? { containers: [] };
  const init = (spec.initContainers ?? []).map((c, i) =>
    specOf(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init', i),
  );
  const apps = (spec.containers ?? []).map((c, i) => specOf(c, 'app', i));
  const rp = spec.restartPolicy;
  return {
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? 'default',
    restartPolicy: rp === 'OnFailure' || rp === 'Never' ? rp : 'Always',
    terminationGracePeriodMs: (spec.terminationGracePeriodSeconds ?? 30) * 1000,
    init,
    apps,
    all: [...init, ...apps],
  };
}
