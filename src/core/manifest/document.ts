// One YAML document → one Kubernetes object: kind mapping, strict decoding, defaults, validation.
import type { ConfigMap } from 'kubernetes-types/core/v1';
import type { Document } from 'yaml';
import {
  applyConfigMapDefaults,
  applyPodDefaults,
  applySecretDefaults,
  applyServiceDefaults,
} from './defaults';
import { type FieldError, formatFieldError } from './field-error';
import { checkKind } from './kinds';
import { strictDecode } from './strict-decode';
import type {
  Diagnostic,
  KnownKind,
  ManifestObject,
  Pod,
  RejectedDocument,
  Secret,
  Service,
  SourceRange,
} from './types';
import { validatePod } from './validate';
import { validateConfigMap, validateSecret, validateService } from './validate-objects';
import { asObj, asString, isObj } from './validate-util';
import {
  keyRangeOfPath,
  lookupPath,
  nodeRange,
  rangeOfError,
  rangeOfPath,
  type SourceText,
} from './yaml-source';

export interface DocumentOutcome {
  diagnostics: Diagnostic[];
  object?: ManifestObject;
  rejected?: RejectedDocument;
}

interface Options {
  source: string;
  maxAliasCount: number;
}

const CODE_BY_TYPE: Record<FieldError['type'], string> = {
  Required: 'api/required',
  Invalid: 'api/invalid',
  NotFound: 'api/not-found',
  Duplicate: 'api/duplicate',
  NotSupported: 'api/not-supported',
  Forbidden: 'api/forbidden',
  TooLong: 'api/too-long',
};

type AnyObject = Pod | Service | ConfigMap | Secret;

function defaultsFor(kind: KnownKind, obj: AnyObject): AnyObject {
  switch (kind) {
    case 'Pod':
      return applyPodDefaults(obj as Pod);
    case 'Service':
      return applyServiceDefaults(obj as Service);
    case 'ConfigMap':
      return applyConfigMapDefaults(obj as ConfigMap);
    case 'Secret':
      return applySecretDefaults(obj as Secret);
  }
}

function validateFor(kind: KnownKind, obj: AnyObject): FieldError[] {
  switch (kind) {
    case 'Pod':
      return validatePod(obj as Pod);
    case 'Service':
      return validateService(obj as Service);
    case 'ConfigMap':
      return validateConfigMap(obj as ConfigMap);
    case 'Secret':
      return validateSecret(obj as Secret);
  }
}

/** Go's json.Marshal of the YAML as kubectl converts it: map keys sorted. */
function goJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (isObj(v))
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted(v[k])]),
      );
    return v;
  };
  return JSON.stringify(sorted(value)) ?? 'null';
}

export function checkDocument(
  doc: Document,
  lc: SourceText,
  docIndex: number,
  opts: Options,
): DocumentOutcome {
  const docRange: SourceRange = nodeRange(lc, doc.contents) ?? {
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 1,
  };
  const diag = (
    code: string,
    message: string,
    range: SourceRange | undefined,
    path?: string,
  ): Diagnostic => ({
    severity: 'error',
    code,
    message,
    path,
    docIndex,
    range: range ?? docRange,
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: opts.maxAliasCount });
  } catch (e) {
    const message = `aliases expand too much (more than ${opts.maxAliasCount} times): ${e instanceof Error ? e.message : ''}`;
    return { diagnostics: [diag('yaml/alias-limit', message, docRange)] };
  }
  // Empty documents and mappings that are not Kubernetes objects (e.g. a scenario's `expect:`) are not ours.
  if (value === null || value === undefined) return { diagnostics: [] };
  if (!isObj(value)) {
    const what = Array.isArray(value)
      ? 'array'
      : typeof value === 'string'
        ? 'string'
        : typeof value === 'boolean'
          ? 'bool'
          : 'number';
    return {
      diagnostics: [
        diag(
          'api/not-an-object',
          `json: cannot unmarshal ${what} into Go value of type map[string]interface {}`,
          docRange,
        ),
      ],
    };
  }
  if (value.apiVersion === undefined && value.kind === undefined) return { diagnostics: [] };

  const kindText = asString(value.kind);
  const apiVersion = asString(value.apiVersion);
  const meta = asObj(value.metadata);
  const name = asString(meta.name);
  const namespace = asString(meta.namespace);
  const base = { docIndex, kind: kindText, apiVersion, name, namespace };
  if (!kindText || !apiVersion) {
    const missing = !kindText ? 'Kind' : 'apiVersion';
    const message = `Object '${missing}' is missing in '${goJson(value)}'`;
    return {
      diagnostics: [diag(`api/missing-${missing.toLowerCase()}`, message, docRange)],
      rejected: {
        ...base,
        stage: 'kind',
        messages: [`unable to decode ${JSON.stringify(opts.source)}: ${message}`],
      },
    };
  }
  const kc = checkKind(kindText, apiVersion, name, namespace, opts.source);
  if (!kc.ok) {
    const range = rangeOfPath(doc, lc, kc.onApiVersion ? 'apiVersion' : 'kind');
    return {
      diagnostics: [diag(kc.code, kc.message, range)],
      rejected: { ...base, stage: 'kind', messages: [kc.message] },
    };
  }
  const kind = kc.kind;

  const problems = strictDecode(kind, value);
  if (problems.length > 0) {
    const diagnostics = problems.map((p) =>
      p.kind === 'unknown-field'
        ? diag('api/unknown-field', p.message, keyRangeOfPath(doc, lc, p.segments))
        : diag('api/type', p.message, rangeOfPath(doc, lc, p.segments)),
    );
    return { diagnostics, rejected: { ...base, stage: 'decode', messages: problems.map((p) => p.message) } };
  }

  const object = defaultsFor(kind, value as AnyObject);
  const fieldErrors = validateFor(kind, object);
  const errors = fieldErrors.filter((e) => !e.warning);
  const warnings = fieldErrors.filter((e) => e.warning);
  const diagnostics: Diagnostic[] = [];
  for (const e of fieldErrors) {
    const range = rangeOfError(doc, lc, e.path, e.value);
    diagnostics.push({
      ...diag(e.warning ? 'api/warning' : CODE_BY_TYPE[e.type], formatFieldError(e), range, e.path),
      severity: e.warning ? 'warning' : 'error',
    });
  }
  if (errors.length > 0) {
    return { diagnostics, rejected: { ...base, stage: 'invalid', messages: errors.map(formatFieldError) } };
  }
  const manifest: ManifestObject = {
    kind,
    name,
    namespace: asString(asObj((object as AnyObject).metadata).namespace) || 'default',
    docIndex,
    object,
    range: docRange,
    rangeOf: (path: string) => {
      const found = lookupPath(doc, path);
      return found.complete ? nodeRange(lc, found.node) : undefined;
    },
    warnings: warnings.map(formatFieldError),
  };
  return { diagnostics, object: manifest };
}
