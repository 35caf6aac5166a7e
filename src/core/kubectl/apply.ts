// kubectl apply -f FILE|- and kubectl create -f FILE|-: every document of the stream in order,
// with kubectl's exact messages for created/unchanged objects and for rejected ones.
import { parseAllDocuments } from 'yaml';
import { parseManifests } from '../manifest/parse';
import type { Diagnostic, ManifestObject, Pod } from '../manifest/types';
import type { ConfigMap, Secret, Service } from '../manifest/types';
import { parseFlags } from './argv';
import { fail, rememberLabels, type CommandOutput, type KubectlContext } from './context';

import { EDITOR_FILE } from './context';

export { EDITOR_FILE };

const POD_UPDATE_FORBIDDEN =
  'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** kind/name of each document, read leniently (for messages about documents that failed). */
function documentIdentity(text: string): { kind: string; name: string }[] {
  try {
    return parseAllDocuments(text).map((d) => {
      const js = (() => {
        try {
          return d.toJS({ maxAliasCount: 100 }) as unknown;
        } catch {
          return null;
        }
      })();
      const o = (js && typeof js === 'object' ? js : {}) as { kind?: unknown; metadata?: { name?: unknown } };
      return { kind: String(o.kind ?? ''), name: String(o.metadata?.name ?? '') };
    });
  } catch {
    return [];
  }
}

function rejection(source: string, kind: string, name: string, errors: Diagnostic[]): string {
  const unknownKind = errors.find((d) => d.code === 'api/unknown-kind' || d.code === 'api/missing-kind');
  if (unknownKind) return unknownKind.message;
  const unknown = errors.filter((d) => d.code === 'api/unknown-field' || d.code === 'api/type');
  if (unknown.length > 0) {
    return `Error from server (BadRequest): error when creating "${source}": ${kind} in version "v1" cannot be handled as a ${kind}: strict decoding error: ${unknown.map((d) => d.message).join(', ')}`;
  }
  const api = errors.filter((d) => d.code.startsWith('api/'));
  if (api.length === 1) return `The ${kind} "${name}" is invalid: ${api[0].message}`;
  return `The ${kind} "${name}" is invalid: \n${api.map((d) => `* ${d.message}`).join('\n')}`;
}

export function applyCommand(words: string[], ctx: KubectlContext, create: boolean): CommandOutput {
  const p = parseFlags(words, new Set(['dry-run', 'force', 'prune']), {
    f: 'filename',
    n: 'namespace',
    R: 'recursive',
  });
  const files = p.flags.get('filename') ?? [];
  if (files.length === 0) {
    return fail('error: must specify one of -f and -k\n');
  }
  let stdout = '';
  let stderr = '';
  for (const file of files) {
    const source = file === '-' ? 'STDIN' : file;
    // The playground's editor buffer is the file `pod.yaml`; the console sends it as the command's stdin.
    const text = file === '-' ? ctx.stdin : (ctx.files[file] ?? (file === EDITOR_FILE ? ctx.stdin : null));
    if (text === undefined || text === null) {
      stderr += `error: the path "${file}" does not exist\n`;
      continue;
    }
    const result = parseManifests(text);
    const yamlError = result.diagnostics.find((d) => d.severity === 'error' && d.code.startsWith('yaml/'));
    if (yamlError) {
      stderr += `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${yamlError.range.startLine}: ${yamlError.message}\n`;
      continue;
    }
    const ids = documentIdentity(text);
    const byDoc = new Map<number, ManifestObject>(result.objects.map((o) => [o.docIndex, o]));
    const docs = new Set<number>([...byDoc.keys(), ...result.diagnostics.map((d) => d.docIndex)]);
    for (const doc of [...docs].sort((a, b) => a - b)) {
      const errors = result.diagnostics.filter((d) => d.docIndex === doc && d.severity === 'error');
      const warnings = result.diagnostics.filter((d) => d.docIndex === doc && d.severity === 'warning');
      const object = byDoc.get(doc);
      if (errors.length > 0 || !object) {
        const id = ids[doc] ?? { kind: 'Pod', name: '' };
        if (errors.length > 0) stderr += rejection(source, id.kind, id.name, errors) + '\n';
        continue;
      }
      for (const w of warnings) stderr += `Warning: ${w.message}\n`;
      const out = applyObject(object, ctx, create, source);
      stdout += out.stdout;
      stderr += out.stderr;
    }
  }
  return { stdout, stderr, exitCode: stderr.split('\n').some((l) => l && !l.startsWith('Warning:')) ? 1 : 0 };
}

export function applyObject(
  o: ManifestObject,
  ctx: KubectlContext,
  create: boolean,
  source: string,
): { stdout: string; stderr: string } {
  const c = ctx.cluster;
  const ns = o.namespace;
  const key = `${ns}/${o.name}`;
  const exists = (what: string) => ({
    stdout: '',
    stderr: `Error from server (AlreadyExists): error when creating "${source}": ${what} "${o.name}" already exists\n`,
  });
  switch (o.kind) {
    case 'Pod': {
      const existing = c.pods.get(o.name);
      if (existing && !existing.removed) {
        if (create) return exists('pods');
        const same = JSON.stringify(existing.pod) === JSON.stringify(o.object);
        if (same) return { stdout: `pod/${o.name} unchanged\n`, stderr: '' };
        return { stdout: '', stderr: `The Pod "${o.name}" is invalid: ${POD_UPDATE_FORBIDDEN}\n` };
      }
      c.createPod(o.object as Pod);
      return { stdout: `pod/${o.name} created\n`, stderr: '' };
    }
    case 'Service': {
      const existing = c.services.get(key);
      if (existing) {
        if (create) return exists('services');
        return { stdout: `service/${o.name} unchanged\n`, stderr: '' };
      }
      c.createService(o.object as Service);
      rememberLabels(c, 'services', ns, o.name, (o.object as Service).metadata?.labels);
      return { stdout: `service/${o.name} created\n`, stderr: '' };
    }
    case 'ConfigMap':
    case 'Secret': {
      const map = o.kind === 'ConfigMap' ? c.configMaps : c.secrets;
      const prefix = o.kind.toLowerCase();
      const existing = map.get(key);
      if (existing && create) return exists(`${prefix}s`);
      const same = existing && JSON.stringify(existing) === JSON.stringify(o.object);
      map.set(key, o.object as ConfigMap & Secret);
      return {
        stdout: `${prefix}/${o.name} ${!existing ? 'created' : same ? 'unchanged' : 'configured'}\n`,
        stderr: '',
      };
    }
  }
}
