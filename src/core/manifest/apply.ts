// What `kubectl apply -f` prints for a parsed stream (kubectl apply.go Run + cmdutil.CheckErr):
// `pod/x created` lines on stdout, API warnings on stderr as they arrive, then every error at the end.
import { formatInvalidLines, formatInvalidStatusMessage, withNewline } from './field-error';
import type { KnownKind, ManifestObject, ParseResult, RejectedDocument } from './types';

export interface ApplyLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ApplyOutput {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1;
  /** stdout and stderr in the order kubectl writes them (for a console that interleaves them). */
  lines: ApplyLine[];
  /** The objects that were created (or configured), in stream order. */
  applied: ManifestObject[];
}

export interface ApplyOptions {
  /** The file name kubectl prints (`-f pod.yaml`), or "STDIN". Must match the `source` given to parseManifests. */
  source?: string;
  /** The namespace kubectl would use for objects without one. */
  namespace?: string;
  /** Whether an object already exists: undefined → created; otherwise the verb kubectl apply prints. */
  existing?: (obj: ManifestObject) => 'unchanged' | 'configured' | undefined;
  /** `kubectl create -f` instead of apply: no GET first, and existing objects are AlreadyExists errors. */
  verb?: 'apply' | 'create';
}

const RESOURCE: Record<KnownKind, string> = {
  Pod: 'pods',
  Service: 'services',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
};

/** One error collected by kubectl; `single` is how CheckErr prints it alone, `inList` within several. */
interface KubectlError {
  single: string;
  inList: string;
}

function plainError(text: string): KubectlError {
  return { single: text.startsWith('error: ') ? text : `error: ${text}`, inList: text };
}

function statusError(reason: string, message: string, single?: string): KubectlError {
  const standard = `Error from server (${reason}): ${message}`;
  return { single: single ?? standard, inList: standard };
}

function rejectionError(
  r: RejectedDocument,
  source: string,
  namespace: string,
  create: boolean,
): KubectlError {
  const src = JSON.stringify(source);
  // kubectl apply GETs the object first, which fails before the API server sees the body.
  const noName = !r.name && !create;
  switch (r.stage) {
    case 'yaml':
      return plainError(
        `error parsing ${source}: error converting YAML to JSON: yaml: ${r.messages[0] ?? ''}`,
      );
    case 'kind':
      return plainError(r.messages[0] ?? '');
    case 'decode':
      if (noName) return emptyNameError(r.kind, source, r.namespace || namespace);
      return statusError(
        'BadRequest',
        `error when creating ${src}: ${r.kind} in version "${r.apiVersion}" cannot be handled as a ${r.kind}: ` +
          (r.messages[0]?.startsWith('unknown field')
            ? `strict decoding error: ${r.messages.join(', ')}`
            : (r.messages[0] ?? '')),
      );
    case 'invalid': {
      if (noName) return emptyNameError(r.kind, source, r.namespace || namespace);
      return statusError(
        'Invalid',
        `error when creating ${src}: ${formatInvalidStatusMessage(r.kind, r.name, r.messages)}`,
        formatInvalidLines(r.kind, r.name, r.messages),
      );
    }
  }
}

/** kubectl apply GETs the object first; with no name the GET itself fails. */
function emptyNameError(kind: string, source: string, namespace: string): KubectlError {
  const resource = RESOURCE[kind as KnownKind] ?? `${kind.toLowerCase()}s`;
  return plainError(
    'error when retrieving current configuration of:\n' +
      `Resource: "/v1, Resource=${resource}", GroupVersionKind: "/v1, Kind=${kind}"\n` +
      `Name: "", Namespace: ${JSON.stringify(namespace)}\n` +
      `from server for: ${JSON.stringify(source)}: resource name may not be empty`,
  );
}

export function applyMessages(result: ParseResult, opts: ApplyOptions = {}): ApplyOutput {
  const source = opts.source ?? 'STDIN';
  const namespace = opts.namespace ?? 'default';
  const rejected = [...(result.rejected ?? [])].sort((a, b) => a.docIndex - b.docIndex);
  // A YAML syntax error stops kubectl's stream reader: later documents are never seen.
  const stopAt = rejected.find((r) => r.stage === 'yaml')?.docIndex ?? Infinity;
  const early: KubectlError[] = []; // from reading the stream (GetObjects)
  const late: Array<KubectlError & { docIndex: number }> = []; // from the API server, object by object
  for (const r of rejected) {
    if (r.docIndex > stopAt) continue;
    const err = rejectionError(r, source, namespace, opts.verb === 'create');
    if (r.stage === 'yaml' || r.stage === 'kind') early.push(err);
    else late.push({ ...err, docIndex: r.docIndex });
  }
  const lines: ApplyLine[] = [];
  const applied: ManifestObject[] = [];
  // kubectl applies objects in stream order; rejected documents fail at their turn.
  const objects = result.objects.filter((o) => o.docIndex < stopAt);
  for (const obj of objects) {
    const exists = opts.existing?.(obj);
    if (opts.verb === 'create' && exists) {
      const resource = `${RESOURCE[obj.kind]} ${JSON.stringify(obj.name)}`;
      const message = `error when creating ${JSON.stringify(source)}: ${resource} already exists`;
      late.push({ ...statusError('AlreadyExists', message), docIndex: obj.docIndex });
      continue;
    }
    for (const w of obj.warnings ?? []) lines.push({ stream: 'stderr', text: `Warning: ${w}\n` });
    const verb = exists ?? 'created';
    lines.push({ stream: 'stdout', text: `${obj.kind.toLowerCase()}/${obj.name} ${verb}\n` });
    applied.push(obj);
  }
  const errors = [...early, ...late.sort((a, b) => a.docIndex - b.docIndex)];
  if (errors.length === 0 && objects.length === 0) errors.push(plainError('no objects passed to apply'));
  if (errors.length === 1) lines.push({ stream: 'stderr', text: withNewline(errors[0].single) });
  else for (const e of errors) lines.push({ stream: 'stderr', text: withNewline(e.inList) });
  const join = (s: ApplyLine['stream']) =>
    lines
      .filter((l) => l.stream === s)
      .map((l) => l.text)
      .join('');
  return {
    stdout: join('stdout'),
    stderr: join('stderr'),
    exitCode: errors.length > 0 ? 1 : 0,
    lines,
    applied,
  };
}
