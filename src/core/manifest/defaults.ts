// API server defaulting (pkg/apis/core/v1/defaults.go) plus the v1.34 "drop disabled fields" step
// (pkg/api/pod/util.go) that runs before validation. Pure: returns new objects, never mutates.
import type { Container, Pod, Probe, Service, Secret, Volume } from './types';
import type { ConfigMap } from 'kubernetes-types/core/v1';

type Json = Record<string, unknown>;

/** Manifests are JSON-like (they come from YAML), so a JSON round trip is a faithful deep copy. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The image reference's tag as the kubelet's parser sees it: "latest" when absent, "" with only a digest. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) return name.slice(colon + 1);
  return at >= 0 ? '' : 'latest';
}

export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  return imageTag(image) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultHandlerHttpGet(handler: Json | undefined): void {
  const http = handler?.httpGet as Json | undefined;
  if (!http || typeof http !== 'object') return;
  if (http.path === undefined || http.path === '') http.path = '/';
  if (http.scheme === undefined || http.scheme === '') http.scheme = 'HTTP';
}

function defaultProbe(probe: Probe | undefined): void {
  if (!probe || typeof probe !== 'object') return;
  // SetDefaults_Probe: zero (or absent) means "use the default"; negatives are left for validation.
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1;
  if (!probe.periodSeconds) probe.periodSeconds = 10;
  if (!probe.successThreshold) probe.successThreshold = 1;
  if (!probe.failureThreshold) probe.failureThreshold = 3;
  defaultHandlerHttpGet(probe as Json);
}

function defaultContainer(c: Container): void {
  if (!c || typeof c !== 'object') return;
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(typeof c.image === 'string' ? c.image : '');
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  if (!c.resources) c.resources = {};
  for (const p of Array.isArray(c.ports) ? c.ports : []) {
    if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
  }
  for (const e of Array.isArray(c.env) ? c.env : []) {
    const fieldRef = e?.valueFrom?.fieldRef;
    if (fieldRef && typeof fieldRef === 'object' && !fieldRef.apiVersion) fieldRef.apiVersion = 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  const lc = c.lifecycle as Json | undefined;
  if (lc && typeof lc === 'object') {
    defaultHandlerHttpGet(lc.postStart as Json | undefined);
    defaultHandlerHttpGet(lc.preStop as Json | undefined);
  }
}

const VOLUME_SOURCES = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
  'image',
] as const;
export { VOLUME_SOURCES };

function defaultVolume(v: Volume): void {
  if (!v || typeof v !== 'object') return;
  const raw = v as unknown as Json;
  // SetDefaults_Volume: a volume with no source at all is an emptyDir.
  if (!VOLUME_SOURCES.some((s) => raw[s] !== undefined && raw[s] !== null)) v.emptyDir = {};
  for (const key of ['configMap', 'secret', 'downwardAPI', 'projected'] as const) {
    const src = raw[key] as Json | undefined;
    if (src && typeof src === 'object' && src.defaultMode === undefined) src.defaultMode = 420; // 0644
  }
  if (v.hostPath && typeof v.hostPath === 'object' && v.hostPath.type === undefined) v.hostPath.type = '';
}

/**
 * Kubernetes v1.34 with ContainerRestartRules off: `restartPolicy` on an app container, and any value
 * other than "Always" on an init container, are dropped silently before validation (spec V27/V28).
 */
function dropDisabledFields(pod: Pod): void {
  for (const c of Array.isArray(pod.spec?.containers) ? pod.spec.containers : []) {
    if (c && typeof c === 'object') delete c.restartPolicy;
  }
  for (const c of Array.isArray(pod.spec?.initContainers) ? pod.spec.initContainers : []) {
    if (c && typeof c === 'object' && c.restartPolicy !== undefined && c.restartPolicy !== 'Always') {
      delete c.restartPolicy;
    }
  }
}

/** Section 1 of the semantics spec: the Pod as the API server stores it (plus the v1.34 field drops). */
export function applyPodDefaults(input: Pod): Pod {
  const pod = clone(input);
  pod.metadata = pod.metadata ?? {};
  if (!pod.metadata.namespace) pod.metadata.namespace = 'default';
  // A missing spec is a zero-valued PodSpec for the API server, and gets defaulted like one.
  if (!pod.spec || typeof pod.spec !== 'object') pod.spec = {} as Pod['spec'] & object;
  dropDisabledFields(pod);
  const spec = pod.spec;
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (spec.terminationGracePeriodSeconds === undefined) spec.terminationGracePeriodSeconds = 30;
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  if (!spec.securityContext) spec.securityContext = {};
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  for (const list of [spec.containers, spec.initContainers, spec.ephemeralContainers]) {
    for (const c of Array.isArray(list) ? list : []) defaultContainer(c as Container);
  }
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) defaultVolume(v);
  return pod;
}

export function applyServiceDefaults(input: Service): Service {
  const svc = clone(input);
  svc.metadata = svc.metadata ?? {};
  if (!svc.metadata.namespace) svc.metadata.namespace = 'default';
  const spec = (svc.spec = svc.spec ?? {});
  if (!spec.type) spec.type = 'ClusterIP';
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.type !== 'ExternalName' && !spec.internalTrafficPolicy) spec.internalTrafficPolicy = 'Cluster';
  for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
    if (!p || typeof p !== 'object') continue;
    if (!p.protocol) p.protocol = 'TCP';
    // SetDefaults_Service: targetPort defaults to port.
    if (
      (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') &&
      spec.type !== 'ExternalName'
    ) {
      p.targetPort = p.port;
    }
  }
  return svc;
}

export function applyConfigMapDefaults(input: ConfigMap): ConfigMap {
  const cm = clone(input);
  cm.metadata = cm.metadata ?? {};
  if (!cm.metadata.namespace) cm.metadata.namespace = 'default';
  return cm;
}

export function applySecretDefaults(input: Secret): Secret {
  const s = clone(input);
  s.metadata = s.metadata ?? {};
  if (!s.metadata.namespace) s.metadata.namespace = 'default';
  if (!s.type) s.type = 'Opaque';
  // stringData is merged into data (base64) by the API server and never stored.
  if (s.stringData && typeof s.stringData === 'object') {
    s.data = { ...(s.data ?? {}) };
    for (const [k, v] of Object.entries(s.stringData)) s.data[k] = base64Encode(String(v));
    delete s.stringData;
  }
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** UTF-8 → base64 without btoa/Buffer (the core has neither). */
export function base64Encode(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}
