// ObjectMeta checks (apimachinery ValidateObjectMetaAccessor, ValidateLabels, ValidateAnnotations).
import { type FieldError, invalid, required } from './field-error';
import { isDNS1123Label, isQualifiedName, isValidLabelValue } from './names';
import { asObj, asString } from './validate-util';

export type NameCheck = (name: string) => string[];

export function validateLabels(labels: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(asObj(labels))) {
    errs.push(...isQualifiedName(k).map((m) => invalid(path, k, m)));
    const value = asString(v);
    errs.push(...isValidLabelValue(value).map((m) => invalid(path, value, m)));
  }
  return errs;
}

export function validateObjectMeta(metadata: unknown, nameCheck: NameCheck, path = 'metadata'): FieldError[] {
  const meta = asObj(metadata);
  const errs: FieldError[] = [];
  const generateName = asString(meta.generateName);
  if (generateName) {
    // Names generated from a prefix: the prefix is checked with a placeholder suffix removed.
    const prefix = generateName.replace(/-$/, '');
    errs.push(...nameCheck(prefix || 'a').map((m) => invalid(`${path}.generateName`, generateName, m)));
  }
  const name = asString(meta.name);
  if (!name) errs.push(required(`${path}.name`, 'name or generateName is required'));
  else errs.push(...nameCheck(name).map((m) => invalid(`${path}.name`, name, m)));
  const ns = asString(meta.namespace);
  if (ns) errs.push(...isDNS1123Label(ns).map((m) => invalid(`${path}.namespace`, ns, m)));
  errs.push(...validateLabels(meta.labels, `${path}.labels`));
  for (const k of Object.keys(asObj(meta.annotations))) {
    errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(`${path}.annotations`, k, m)));
  }
  return errs;
}
