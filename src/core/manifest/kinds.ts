// Which kinds PodLab accepts, and kubectl's error when a kind/version has no REST mapping.
import type { KnownKind } from './types';

export const KNOWN_KINDS: readonly KnownKind[] = ['Pod', 'Service', 'ConfigMap', 'Secret'];

/** Real Kubernetes kinds that PodLab does not simulate (apiVersion → kinds). */
const REAL_KINDS: Record<string, string[]> = {
  v1: [
    'Namespace',
    'PersistentVolumeClaim',
    'PersistentVolume',
    'ServiceAccount',
    'Endpoints',
    'ReplicationController',
    'LimitRange',
    'ResourceQuota',
    'Node',
    'Event',
  ],
  'apps/v1': ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
  'batch/v1': ['Job', 'CronJob'],
  'networking.k8s.io/v1': ['Ingress', 'NetworkPolicy', 'IngressClass'],
  'rbac.authorization.k8s.io/v1': ['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'policy/v1': ['PodDisruptionBudget'],
};

export type KindCheck =
  | { ok: true; kind: KnownKind }
  | {
      ok: false;
      code: 'api/unknown-kind' | 'podlab/unsupported-kind';
      message: string;
      onApiVersion: boolean;
    };

/** `kubectl apply` text for an object whose kind has no mapping (without kubectl's `error: ` prefix). */
export function mappingErrorText(
  kind: string,
  apiVersion: string,
  name: string,
  namespace: string,
  source: string,
): string {
  return (
    `resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(namespace)} ` +
    `from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}\n` +
    'ensure CRDs are installed first'
  );
}

export function checkKind(
  kind: string,
  apiVersion: string,
  name: string,
  namespace: string,
  source: string,
): KindCheck {
  if (apiVersion === 'v1' && (KNOWN_KINDS as readonly string[]).includes(kind))
    return { ok: true, kind: kind as KnownKind };
  if (REAL_KINDS[apiVersion]?.includes(kind)) {
    return {
      ok: false,
      code: 'podlab/unsupported-kind',
      message: `${apiVersion} ${kind} is real Kubernetes, but PodLab only simulates v1 Pod, Service, ConfigMap and Secret`,
      onApiVersion: false,
    };
  }
  // A known kind under the wrong version: the version is what to fix.
  const onApiVersion = (KNOWN_KINDS as readonly string[]).includes(kind);
  return {
    ok: false,
    code: 'api/unknown-kind',
    message: mappingErrorText(kind, apiVersion, name, namespace, source),
    onApiVersion,
  };
}
