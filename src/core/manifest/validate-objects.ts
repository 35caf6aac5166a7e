// Service, ConfigMap and Secret validation (validation.go ValidateService, ValidateConfigMap,
// ValidateSecret): the checks a learner's manifest can hit.
import type { ConfigMap } from 'kubernetes-types/core/v1';
import { type FieldError, duplicate, forbidden, invalid, notSupported, required } from './field-error';
import { isConfigMapKey, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isValidPortNum } from './names';
import type { Secret, Service } from './types';
import { validateLabels, validateObjectMeta } from './validate-meta';
import { validatePortNumOrName } from './validate-probe';
import { asArray, asInt, asObj, asString, isObj } from './validate-util';

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

/** Go's %#v of the core.ServicePort key used for duplicate (protocol, port) pairs. */
function servicePortKey(protocol: string, port: number): string {
  return (
    `core.ServicePort{Name:"", Protocol:"${protocol}", AppProtocol:(*string)(nil), Port:${port}, ` +
    'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'
  );
}

export function validateService(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, isDNS1035Label);
  const spec = asObj(svc.spec);
  const type = asString(spec.type);
  const ports = asArray(spec.ports).map(asObj);
  const headless = asString(spec.clusterIP) === 'None';
  if (ports.length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'));
  if (type === 'ExternalName') {
    const cname = asString(spec.externalName).replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)));
    else errs.push(required('spec.externalName'));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const idx = `spec.ports[${i}]`;
    const name = asString(p.name);
    if (ports.length > 1 && !name) errs.push(required(`${idx}.name`));
    else if (name) {
      errs.push(...isDNS1123Label(name).map((m) => invalid(`${idx}.name`, name, m)));
      if (names.has(name)) errs.push(duplicate(`${idx}.name`, name));
      else names.add(name);
    }
    const port = asInt(p.port);
    errs.push(...isValidPortNum(port).map((m) => invalid(`${idx}.port`, port, m)));
    const protocol = asString(p.protocol);
    if (!protocol) errs.push(required(`${idx}.protocol`));
    else if (!['SCTP', 'TCP', 'UDP'].includes(protocol)) {
      errs.push(notSupported(`${idx}.protocol`, protocol, ['SCTP', 'TCP', 'UDP']));
    }
    if (type !== 'ExternalName') errs.push(...validatePortNumOrName(p.targetPort, `${idx}.targetPort`));
  });
  if (isObj(spec.selector)) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const affinity = asString(spec.sessionAffinity);
  if (!affinity) errs.push(required('spec.sessionAffinity'));
  else if (affinity !== 'ClientIP' && affinity !== 'None') {
    errs.push(notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  }
  if (!type) errs.push(required('spec.type'));
  else if (!SERVICE_TYPES.includes(type)) errs.push(notSupported('spec.type', type, SERVICE_TYPES));
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (asInt(p.nodePort) !== 0) {
        errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
      }
    });
  }
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = servicePortKey(asString(p.protocol), asInt(p.port));
    if (seen.has(key)) errs.push({ path: `spec.ports[${i}]`, type: 'Duplicate', value: { goSyntax: key } });
    seen.add(key);
  });
  return errs;
}

/** data / binaryData keys, shared by ConfigMaps and Secrets. */
function validateDataKeys(data: unknown, path: string, other?: unknown, otherName?: string): FieldError[] {
  const errs: FieldError[] = [];
  const otherKeys = asObj(other);
  for (const key of Object.keys(asObj(data))) {
    errs.push(...isConfigMapKey(key).map((m) => invalid(`${path}[${key}]`, key, m)));
    if (otherName && key in otherKeys)
      errs.push(invalid(`${path}[${key}]`, key, `duplicate of key present in ${otherName}`));
  }
  return errs;
}

export function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, isDNS1123Subdomain);
  errs.push(...validateDataKeys(cm.data, 'data', cm.binaryData, 'binaryData'));
  errs.push(...validateDataKeys(cm.binaryData, 'binaryData', cm.data, 'data'));
  return errs;
}

export function validateSecret(secret: Secret): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, isDNS1123Subdomain);
  errs.push(...validateDataKeys(secret.data, 'data'));
  const data = asObj(secret.data);
  if (secret.type === 'kubernetes.io/tls') {
    for (const key of ['tls.crt', 'tls.key']) if (!(key in data)) errs.push(required(`data[${key}]`));
  }
  return errs;
}
