// Pod validation as the v1.34 API server does it (pkg/apis/core/validation/validation.go
// validatePodMetadataAndSpec → ValidatePodSpec), in the same order, with the same messages.
import { type FieldError, duplicate, forbidden, invalid, notSupported, required } from './field-error';
import { inclusiveRangeError, isDNS1123Label, isDNS1123Subdomain } from './names';
import type { Pod } from './types';
import { validateContainerCommon } from './validate-container';
import { validateLabels, validateObjectMeta } from './validate-meta';
import { validateLifecycle, validateLivenessOrStartupProbe, validateReadinessProbe } from './validate-probe';
import { asArray, asInt, asObj, asString, isObj, isSet, type Obj } from './validate-util';
import { validateVolumes } from './validate-volumes';

export type { FieldError } from './field-error';
export { formatFieldError, formatInvalid } from './field-error';

/** AccumulateUniqueHostPorts: `protocol/hostIP/hostPort` must be unique. */
function checkHostPortConflicts(containers: Obj[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    asArray(c.ports).forEach((raw, pi) => {
      const p = asObj(raw);
      const hostPort = asInt(p.hostPort);
      if (hostPort === 0) return;
      const key = `${asString(p.protocol)}/${asString(p.hostIP)}/${hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      else seen.add(key);
    });
  });
  return errs;
}

function validateContainers(
  list: unknown,
  volumes: ReadonlySet<string>,
  path: string,
  grace?: number,
): FieldError[] {
  const containers = asArray(list).map(asObj);
  if (containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const idx = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, idx));
    const name = asString(c.name);
    if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
    else names.add(name);
    errs.push(...validateLifecycle(c.lifecycle, `${idx}.lifecycle`, grace));
    errs.push(...validateLivenessOrStartupProbe(c.livenessProbe, `${idx}.livenessProbe`));
    errs.push(...validateReadinessProbe(c.readinessProbe, `${idx}.readinessProbe`));
    errs.push(...validateLivenessOrStartupProbe(c.startupProbe, `${idx}.startupProbe`));
  });
  errs.push(...checkHostPortConflicts(containers, path));
  return errs;
}

const INIT_FORBIDDEN = 'may not be set for init containers without restartPolicy=Always';

function validateInitContainers(
  list: unknown,
  appContainers: unknown,
  volumes: ReadonlySet<string>,
  path: string,
  grace?: number,
): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set(asArray(appContainers).map((c) => asString(asObj(c).name)));
  asArray(list)
    .map(asObj)
    .forEach((c, i) => {
      const idx = `${path}[${i}]`;
      errs.push(...validateContainerCommon(c, volumes, idx));
      // v1.34: values other than Always were dropped before validation (defaults.ts), see spec V27.
      const sidecar = c.restartPolicy === 'Always';
      const name = asString(c.name);
      if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
      else if (name) names.add(name);
      // Upstream checks each init container alone and reports it as index 0 (quirk kept).
      errs.push(...checkHostPortConflicts([c], path));
      if (sidecar) {
        errs.push(...validateLifecycle(c.lifecycle, `${idx}.lifecycle`, grace));
        errs.push(...validateLivenessOrStartupProbe(c.livenessProbe, `${idx}.livenessProbe`));
        errs.push(...validateReadinessProbe(c.readinessProbe, `${idx}.readinessProbe`));
        errs.push(...validateLivenessOrStartupProbe(c.startupProbe, `${idx}.startupProbe`));
      } else {
        for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
          if (isSet(c[f])) errs.push(forbidden(`${idx}.${f}`, INIT_FORBIDDEN));
        }
      }
      if (asArray(c.resizePolicy).length > 0) {
        errs.push(invalid(`${idx}.resizePolicy`, undefined, 'must not be set for init containers'));
      }
    });
  return errs;
}

function validateRestartPolicy(value: unknown, path: string): FieldError[] {
  const p = asString(value);
  if (p === 'Always' || p === 'OnFailure' || p === 'Never') return [];
  if (!p) return [required(path)];
  return [notSupported(path, p, ['Always', 'OnFailure', 'Never'])];
}

function validateDNSPolicy(value: unknown, path: string): FieldError[] {
  const p = asString(value);
  const supported = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (supported.includes(p)) return [];
  if (!p) return [required(path)];
  return [notSupported(path, p, supported)];
}

/**
 * pkg/api/pod/warnings.go: ports that collide across all containers (init containers first). Accepted,
 * but kubectl prints `Warning: <path>: <text>` (V15).
 */
export function podWarnings(pod: Pod): FieldError[] {
  const warnings: FieldError[] = [];
  const spec = asObj(pod.spec);
  const seen = new Map<string, Array<{ path: string; hostIP: string; hostPort: number }>>();
  const warn = (path: string, detail: string) =>
    warnings.push({ path, type: 'Duplicate', warning: true, detail });
  for (const list of ['initContainers', 'containers'] as const) {
    asArray(spec[list]).forEach((raw, ci) => {
      asArray(asObj(raw).ports).forEach((p, pi) => {
        const port = asObj(p);
        const path = `spec.${list}[${ci}].ports[${pi}]`;
        const hostIP = asString(port.hostIP);
        const hostPort = asInt(port.hostPort);
        const key = `${asInt(port.containerPort)}/${asString(port.protocol)}`;
        const others = seen.get(key) ?? [];
        for (const other of others) {
          if (hostIP === other.hostIP && hostPort === other.hostPort) {
            warn(path, `duplicate port definition with ${other.path}`);
          } else if (hostPort === 0 || other.hostPort === 0) {
            warn(path, `overlapping port definition with ${other.path}`);
          } else if (hostPort === other.hostPort && (hostIP === '') !== (other.hostIP === '')) {
            warn(path, `dangerously ambiguous port definition with ${other.path}`);
          }
        }
        seen.set(key, [...others, { path, hostIP, hostPort }]);
      });
    });
  }
  return warnings;
}

function validatePodSpec(specRaw: unknown): FieldError[] {
  const spec = asObj(specRaw);
  const errs: FieldError[] = [];
  const volumes = validateVolumes(spec.volumes, 'spec.volumes');
  errs.push(...volumes.errors);
  // Defaulted to 30; lifecycle sleep hooks may not outlast it.
  const grace = isSet(spec.terminationGracePeriodSeconds)
    ? asInt(spec.terminationGracePeriodSeconds)
    : undefined;
  errs.push(...validateContainers(spec.containers, volumes.valid, 'spec.containers', grace));
  errs.push(
    ...validateInitContainers(
      spec.initContainers,
      spec.containers,
      volumes.valid,
      'spec.initContainers',
      grace,
    ),
  );
  errs.push(...validateRestartPolicy(spec.restartPolicy, 'spec.restartPolicy'));
  errs.push(...validateDNSPolicy(spec.dnsPolicy, 'spec.dnsPolicy'));
  errs.push(...validateLabels(spec.nodeSelector, 'spec.nodeSelector'));
  if (spec.dnsPolicy === 'None' && !isObj(spec.dnsConfig)) {
    errs.push(required('spec.dnsConfig', 'must provide `dnsConfig` when `dnsPolicy` is None'));
  }
  const sa = asString(spec.serviceAccountName);
  if (sa) errs.push(...isDNS1123Subdomain(sa).map((m) => invalid('spec.serviceAccountName', sa, m)));
  const nodeName = asString(spec.nodeName);
  if (nodeName) errs.push(...isDNS1123Subdomain(nodeName).map((m) => invalid('spec.nodeName', nodeName, m)));
  if (isSet(spec.activeDeadlineSeconds)) {
    const v = asInt(spec.activeDeadlineSeconds);
    if (v < 1 || v > 2147483647) {
      errs.push(invalid('spec.activeDeadlineSeconds', v, inclusiveRangeError(1, 2147483647)));
    }
  }
  const hostname = asString(spec.hostname);
  if (hostname) errs.push(...isDNS1123Label(hostname).map((m) => invalid('spec.hostname', hostname, m)));
  const subdomain = asString(spec.subdomain);
  if (subdomain) errs.push(...isDNS1123Label(subdomain).map((m) => invalid('spec.subdomain', subdomain, m)));
  return errs;
}

/**
 * All validation errors of a (defaulted) Pod, in the API server's order, followed by warnings
 * (`warning: true`, which do not reject the Pod).
 */
export function validatePod(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, isDNS1123Subdomain);
  errs.push(...validatePodSpec(pod.spec));
  errs.push(...podWarnings(pod));
  return errs;
}
