// The volumes of one pod, created when the pod is bound to the node and kept for its lifetime, and
// the mounts each container gets (its volumeMounts plus the service account token volume).
import { createVolume, type Mount, type Volume } from '../vfs';
import type { ContainerSpec } from '../kubelet/pod-spec';
import type { PodWorker } from '../kubelet/pod-worker';
import type { Cluster } from './cluster';
import { parseQuantity } from './quantity';
import { decodeBase64 } from '../util/base64';
import { project, type Projection } from '../vfs/projection';

export const SERVICE_ACCOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

export class PodVolumes {
  private byName = new Map<string, Volume>();
  private serviceAccount: Volume;
  readonly serviceAccountVolumeName: string;

  constructor(
    private cluster: Cluster,
    private pod: PodWorker,
  ) {
    const ns = pod.spec.namespace;
    this.serviceAccountVolumeName = `kube-api-access-${cluster.prng.hex(5).replace(/[0-9]/g, (d) => 'bcdfg'[+d % 5])}`;
    this.serviceAccount = createVolume(this.serviceAccountVolumeName, {
      namespace: ns,
      token: `eyJhbGciOiJSUzI1NiIsImtpZCI6I${cluster.prng.hex(40)}`,
      'ca.crt':
        '-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n-----END CERTIFICATE-----\n',
    });
    for (const v of pod.pod.spec?.volumes ?? []) this.byName.set(v.name, this.create(v));
  }

  private create(v: NonNullable<NonNullable<PodWorker['pod']['spec']>['volumes']>[number]): Volume {
    // net/vfs helper (issue 4): modes (defaultMode, items[].mode), projected, hostPath, medium.
    if (v.configMap) {
      const p = project(this.configMapData(v.configMap.name), v.configMap.items, v.configMap.defaultMode);
      return createVolume(v.name, p.files, { modes: p.modes });
    }
    if (v.secret) {
      const p = project(this.secretData(v.secret.secretName), v.secret.items, v.secret.defaultMode);
      return createVolume(v.name, p.files, { modes: p.modes });
    }
    if (v.downwardAPI) return createVolume(v.name, this.downward(v.downwardAPI.items));
    if (v.projected) {
      const p: Projection = { files: {}, modes: {} };
      const mode = v.projected.defaultMode;
      for (const src of v.projected.sources ?? []) {
        if (src.configMap) project(this.configMapData(src.configMap.name), src.configMap.items, mode, p);
        if (src.secret) project(this.secretData(src.secret.name), src.secret.items, mode, p);
        if (src.downwardAPI) project(this.downward(src.downwardAPI.items), undefined, mode, p);
        if (src.serviceAccountToken)
          project({ token: this.token() }, [{ key: 'token', path: src.serviceAccountToken.path }], mode, p);
      }
      return createVolume(v.name, p.files, { modes: p.modes });
    }
    if (v.hostPath) {
      // A node directory: every pod on the node that mounts the same path sees the same files.
      const shared = this.cluster.hostPath(v.hostPath.path);
      return { name: v.name, root: shared.root, sizeLimitBytes: shared.sizeLimitBytes };
    }
    const limit = v.emptyDir?.sizeLimit !== undefined ? parseQuantity(String(v.emptyDir.sizeLimit)) : null;
    return createVolume(v.name, undefined, {
      ...(limit !== null ? { sizeLimitBytes: limit } : {}),
      ...(v.emptyDir?.medium === 'Memory' ? { medium: 'Memory' as const } : {}),
    });
  }

  private token(): string {
    const node = this.serviceAccount.root.entries.get('token');
    return node?.kind === 'file' ? node.content : '';
  }

  private configMapData(name: string | undefined): Record<string, string> {
    return { ...(this.cluster.configMaps.get(`${this.pod.spec.namespace}/${name ?? ''}`)?.data ?? {}) };
  }

  private secretData(name: string | undefined): Record<string, string> {
    const secret = this.cluster.secrets.get(`${this.pod.spec.namespace}/${name ?? ''}`);
    const data: Record<string, string> = {};
    for (const [k, val] of Object.entries(secret?.data ?? {})) data[k] = decodeBase64(val) ?? val;
    for (const [k, val] of Object.entries(secret?.stringData ?? {})) data[k] = val;
    return data;
  }

  private downward(
    items: { path: string; fieldRef?: { fieldPath: string } }[] | undefined,
  ): Record<string, string> {
    const files: Record<string, string> = {};
    for (const item of items ?? []) {
      const field = item.fieldRef?.fieldPath;
      if (field) files[item.path] = this.fieldValue(field);
    }
    return files;
  }

  fieldValue(path: string): string {
    const p = this.pod;
    const labels = p.pod.metadata?.labels ?? {};
    const annotations = p.pod.metadata?.annotations ?? {};
    const fmt = (m: Record<string, string>) =>
      Object.keys(m)
        .sort()
        .map((k) => `${k}="${m[k]}"`)
        .join('\n');
    if (path === 'metadata.name') return p.name;
    if (path === 'metadata.namespace') return p.spec.namespace;
    if (path === 'metadata.uid') return p.uid;
    if (path === 'metadata.labels') return fmt(labels);
    if (path === 'metadata.annotations') return fmt(annotations);
    const label = /^metadata\.labels\['(.+)'\]$/.exec(path);
    if (label) return labels[label[1]] ?? '';
    const annotation = /^metadata\.annotations\['(.+)'\]$/.exec(path);
    if (annotation) return annotations[annotation[1]] ?? '';
    if (path === 'spec.nodeName') return this.cluster.env.nodeName;
    if (path === 'spec.serviceAccountName') return p.pod.spec?.serviceAccountName ?? 'default';
    if (path === 'status.podIP' || path === 'status.podIPs') return p.podIP;
    if (path === 'status.hostIP' || path === 'status.hostIPs') return '172.18.0.2';
    return '';
  }

  mountsFor(c: ContainerSpec): Mount[] {
    const mounts: Mount[] = [];
    for (const m of c.container.volumeMounts ?? []) {
      const volume = this.byName.get(m.name);
      if (!volume) continue;
      mounts.push({
        mountPath: m.mountPath,
        volume,
        readOnly: m.readOnly ?? false,
        subPath: m.subPath || undefined,
      });
    }
    const automount = this.pod.pod.spec?.automountServiceAccountToken !== false;
    if (automount && !mounts.some((m) => m.mountPath === SERVICE_ACCOUNT_PATH)) {
      mounts.push({ mountPath: SERVICE_ACCOUNT_PATH, volume: this.serviceAccount, readOnly: true });
    }
    return mounts;
  }

  volume(name: string): Volume | undefined {
    return this.byName.get(name);
  }
}
