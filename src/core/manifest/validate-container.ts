// Checks common to every container (validation.go validateContainerCommon and what it calls), in the
// API server's order: name, image, terminationMessagePolicy, ports, env, envFrom, volumeMounts,
// imagePullPolicy, resources.
import { type FieldError, duplicate, invalid, notFound, notSupported, required } from './field-error';
import {
  IS_NEGATIVE_ERROR,
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  isRelaxedEnvVarName,
  isValidPortName,
  isValidPortNum,
} from './names';
import { parseQuantity, quantityString } from './quantity';
import { asArray, asInt, asObj, asString, isObj, type Obj } from './validate-util';

export function validateContainerPorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  asArray(ports).forEach((raw, i) => {
    const p = asObj(raw);
    const idx = `${path}[${i}]`;
    const name = asString(p.name);
    if (name) {
      const msgs = isValidPortName(name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${idx}.name`, name, m)));
      else if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
      else names.add(name);
    }
    const containerPort = asInt(p.containerPort);
    if (containerPort === 0) errs.push(required(`${idx}.containerPort`));
    else
      errs.push(
        ...isValidPortNum(containerPort).map((m) => invalid(`${idx}.containerPort`, containerPort, m)),
      );
    const hostPort = asInt(p.hostPort);
    if (hostPort !== 0)
      errs.push(...isValidPortNum(hostPort).map((m) => invalid(`${idx}.hostPort`, hostPort, m)));
    const protocol = asString(p.protocol);
    if (!protocol) errs.push(required(`${idx}.protocol`));
    else if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) {
      errs.push(notSupported(`${idx}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']));
    }
  });
  return errs;
}

const ENV_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];

function validateKeySelector(sel: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!asString(sel.name)) errs.push(required(`${path}.name`));
  const key = asString(sel.key);
  if (!key) errs.push(required(`${path}.key`));
  else errs.push(...isConfigMapKey(key).map((m) => invalid(`${path}.key`, key, m)));
  return errs;
}

function validateValueFrom(ev: Obj, path: string): FieldError[] {
  if (!isObj(ev.valueFrom)) return [];
  const vf = ev.valueFrom;
  const errs: FieldError[] = [];
  let sources = 0;
  if (isObj(vf.fieldRef)) {
    sources++;
    const fieldPath = asString(vf.fieldRef.fieldPath);
    if (!fieldPath) errs.push(required(`${path}.fieldRef.fieldPath`));
    else if (
      !ENV_FIELD_PATHS.includes(fieldPath) &&
      !/^metadata\.(labels|annotations)\['[^']+'\]$/.test(fieldPath)
    ) {
      errs.push(notSupported(`${path}.fieldRef.fieldPath`, fieldPath, ENV_FIELD_PATHS));
    }
  }
  if (isObj(vf.resourceFieldRef)) {
    sources++;
    if (!asString(vf.resourceFieldRef.resource)) errs.push(required(`${path}.resourceFieldRef.resource`));
  }
  if (isObj(vf.configMapKeyRef)) {
    sources++;
    errs.push(...validateKeySelector(vf.configMapKeyRef, `${path}.configMapKeyRef`));
  }
  if (isObj(vf.secretKeyRef)) {
    sources++;
    errs.push(...validateKeySelector(vf.secretKeyRef, `${path}.secretKeyRef`));
  }
  if (sources === 0) {
    errs.push(
      invalid(
        path,
        '',
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
    );
  } else if (asString(ev.value) !== '') {
    errs.push(invalid(path, '', 'may not be specified when `value` is not empty'));
  } else if (sources > 1) {
    errs.push(invalid(path, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}

export function validateEnv(env: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArray(env).forEach((raw, i) => {
    const ev = asObj(raw);
    const idx = `${path}[${i}]`;
    const name = asString(ev.name);
    if (!name) errs.push(required(`${idx}.name`));
    errs.push(...isRelaxedEnvVarName(name).map((m) => invalid(`${idx}.name`, name, m)));
    errs.push(...validateValueFrom(ev, `${idx}.valueFrom`));
  });
  return errs;
}

export function validateEnvFrom(envFrom: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArray(envFrom).forEach((raw, i) => {
    const ef = asObj(raw);
    const idx = `${path}[${i}]`;
    const prefix = asString(ef.prefix);
    if (prefix) errs.push(...isRelaxedEnvVarName(prefix).map((m) => invalid(`${idx}.prefix`, prefix, m)));
    let sources = 0;
    for (const key of ['configMapRef', 'secretRef'] as const) {
      if (!isObj(ef[key])) continue;
      sources++;
      const name = asString(asObj(ef[key]).name);
      if (!name) errs.push(required(`${idx}.${key}.name`));
      else errs.push(...isDNS1123Subdomain(name).map((m) => invalid(`${idx}.${key}.name`, name, m)));
    }
    if (sources === 0) errs.push(invalid(idx, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (sources > 1) errs.push(invalid(idx, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

function validateSubPath(subPath: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (subPath.startsWith('/')) errs.push(invalid(path, subPath, 'must be a relative path'));
  if (subPath.split('/').includes('..')) errs.push(invalid(path, subPath, "must not contain '..'"));
  return errs;
}

/** `volumes` holds only the volumes that passed validation (V8). */
export function validateVolumeMounts(
  mounts: unknown,
  volumes: ReadonlySet<string>,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const mountPoints = new Set<string>();
  asArray(mounts).forEach((raw, i) => {
    const m = asObj(raw);
    const idx = `${path}[${i}]`;
    const name = asString(m.name);
    const mountPath = asString(m.mountPath);
    if (!name) errs.push(required(`${idx}.name`));
    if (!volumes.has(name)) errs.push(notFound(`${idx}.name`, name));
    if (!mountPath) errs.push(required(`${idx}.mountPath`));
    if (mountPoints.has(mountPath)) errs.push(invalid(`${idx}.mountPath`, mountPath, 'must be unique'));
    mountPoints.add(mountPath);
    // Upstream reports subPath problems on `volumeMounts.subPath`, without the index.
    const subPath = asString(m.subPath);
    if (subPath) errs.push(...validateSubPath(subPath, `${path}.subPath`));
  });
  return errs;
}

export function validatePullPolicy(policy: unknown, path: string): FieldError[] {
  const p = asString(policy);
  if (p === 'Always' || p === 'IfNotPresent' || p === 'Never') return [];
  if (p === '') return [required(path)];
  return [notSupported(path, p, ['Always', 'IfNotPresent', 'Never'])];
}

const CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
  ...CONTAINER_RESOURCES,
  'storage',
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'requests.cpu',
  'requests.memory',
  'requests.storage',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
]);

function validateResourceName(name: string, path: string): FieldError[] {
  if (name.includes('/')) return [];
  const errs: FieldError[] = [];
  const hugePages = name.startsWith('hugepages-');
  if (!STANDARD_RESOURCES.has(name) && !hugePages) {
    errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
  }
  if (!CONTAINER_RESOURCES.has(name) && !hugePages) {
    errs.push(invalid(path, name, 'must be a standard resource for containers'));
  }
  return errs;
}

export function validateResources(resources: unknown, path: string): FieldError[] {
  const r = asObj(resources);
  const limits = asObj(r.limits);
  const requests = asObj(r.requests);
  const errs: FieldError[] = [];
  const check = (name: string, q: unknown, p: string): number | undefined => {
    errs.push(...validateResourceName(name, p));
    const parsed = parseQuantity(typeof q === 'number' ? q : asString(q));
    if (parsed.value !== undefined && parsed.value < 0) {
      errs.push(invalid(p, quantityString(q as string | number), IS_NEGATIVE_ERROR));
    }
    return parsed.value;
  };
  for (const [name, q] of Object.entries(limits)) check(name, q, `${path}.limits[${name}]`);
  for (const [name, q] of Object.entries(requests)) {
    const value = check(name, q, `${path}.requests[${name}]`);
    if (!(name in limits) || value === undefined) continue;
    const limit = parseQuantity(limits[name] as string | number).value;
    if (limit === undefined) continue;
    const text = quantityString(q as string | number);
    const limitText = quantityString(limits[name] as string | number);
    if (name.startsWith('hugepages-') && value !== limit) {
      errs.push(invalid(`${path}.requests`, text, `must be equal to ${name} limit of ${limitText}`));
    } else if (value > limit) {
      errs.push(
        invalid(`${path}.requests`, text, `must be less than or equal to ${name} limit of ${limitText}`),
      );
    }
  }
  return errs;
}

/** validateContainerCommon: everything except duplicates, probes and lifecycle. */
export function validateContainerCommon(c: Obj, volumes: ReadonlySet<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asString(c.name);
  if (!name) errs.push(required(`${path}.name`));
  else errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, name, m)));
  if (!asString(c.image)) errs.push(required(`${path}.image`));
  const tmp = asString(c.terminationMessagePolicy);
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validateContainerPorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateEnvFrom(c.envFrom, `${path}.envFrom`));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  errs.push(...validatePullPolicy(c.imagePullPolicy, `${path}.imagePullPolicy`));
  errs.push(...validateResources(c.resources, `${path}.resources`));
  return errs;
}
