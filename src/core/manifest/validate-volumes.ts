// spec.volumes (validation.go ValidateVolumes / validateVolumeSource), for the sources a learner uses.
import { VOLUME_SOURCES } from './defaults';
import { type FieldError, duplicate, forbidden, invalid, notSupported, required } from './field-error';
import { isDNS1123Label, isDNS1123Subdomain } from './names';
import { parseQuantity } from './quantity';
import { asArray, asInt, asObj, asString, isObj, isSet, type Obj } from './validate-util';

const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';
const HOST_PATH_TYPES = [
  '',
  'BlockDevice',
  'CharDevice',
  'Directory',
  'DirectoryOrCreate',
  'File',
  'FileOrCreate',
  'Socket',
];

function validateMode(mode: unknown, path: string): FieldError[] {
  if (!isSet(mode)) return [];
  const m = asInt(mode);
  return m < 0 || m > 0o777 ? [invalid(path, m, FILE_MODE_ERROR)] : [];
}

function validateLocalPath(p: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (p.startsWith('/')) errs.push(invalid(path, p, 'must be a relative path'));
  if (p.split('/').includes('..')) errs.push(invalid(path, p, "must not contain '..'"));
  if (p.startsWith('..')) errs.push(invalid(path, p, "must not start with '..'"));
  return errs;
}

function validateItems(items: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArray(items).forEach((raw, i) => {
    const kp = asObj(raw);
    const idx = `${path}[${i}]`;
    if (!asString(kp.key)) errs.push(required(`${idx}.key`));
    const p = asString(kp.path);
    if (!p) errs.push(required(`${idx}.path`));
    else errs.push(...validateLocalPath(p, `${idx}.path`));
    errs.push(...validateMode(kp.mode, `${idx}.mode`));
  });
  return errs;
}

function validateSource(kind: string, src: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (kind) {
    case 'emptyDir': {
      if (isSet(src.sizeLimit)) {
        const q = parseQuantity(typeof src.sizeLimit === 'number' ? src.sizeLimit : asString(src.sizeLimit));
        if (q.value !== undefined && q.value < 0) {
          errs.push(forbidden(`${path}.sizeLimit`, 'SizeLimit field must be a valid resource quantity'));
        }
      }
      break;
    }
    case 'hostPath': {
      if (!asString(src.path)) errs.push(required(`${path}.path`));
      const type = asString(src.type);
      if (!HOST_PATH_TYPES.includes(type)) errs.push(notSupported(`${path}.type`, type, HOST_PATH_TYPES));
      break;
    }
    case 'configMap': {
      const name = asString(src.name);
      if (!name) errs.push(required(`${path}.name`));
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`));
      errs.push(...validateItems(src.items, `${path}.items`));
      break;
    }
    case 'secret': {
      const name = asString(src.secretName);
      if (!name) errs.push(required(`${path}.secretName`));
      else errs.push(...isDNS1123Subdomain(name).map((m) => invalid(`${path}.secretName`, name, m)));
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`));
      errs.push(...validateItems(src.items, `${path}.items`));
      break;
    }
    case 'persistentVolumeClaim':
      if (!asString(src.claimName)) errs.push(required(`${path}.claimName`));
      break;
    case 'downwardAPI':
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`));
      break;
  }
  return errs;
}

export interface VolumesResult {
  errors: FieldError[];
  /** Names of the volumes without errors: only these can be mounted (V8). */
  valid: Set<string>;
}

export function validateVolumes(volumes: unknown, path: string): VolumesResult {
  const errors: FieldError[] = [];
  const valid = new Set<string>();
  const seen = new Set<string>();
  asArray(volumes).forEach((raw, i) => {
    const v = asObj(raw);
    const idx = `${path}[${i}]`;
    const el: FieldError[] = [];
    let count = 0;
    for (const kind of VOLUME_SOURCES) {
      if (!isSet(v[kind])) continue;
      if (count > 0) {
        el.push(forbidden(`${idx}.${kind}`, 'may not specify more than 1 volume type'));
        continue;
      }
      count++;
      el.push(...validateSource(kind, isObj(v[kind]) ? v[kind] : {}, `${idx}.${kind}`));
    }
    if (count === 0) el.push(required(idx, 'must specify a volume type'));
    const name = asString(v.name);
    if (!name) el.push(required(`${idx}.name`));
    else el.push(...isDNS1123Label(name).map((m) => invalid(`${idx}.name`, name, m)));
    if (seen.has(name)) el.push(duplicate(`${idx}.name`, name));
    if (el.length === 0) {
      seen.add(name);
      valid.add(name);
    } else errors.push(...el);
  });
  return { errors, valid };
}
