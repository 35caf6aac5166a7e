// kubectl explain RESOURCE[.field.path] [--recursive]: the openapi v3 plaintext layout (KIND, VERSION,
// FIELD, DESCRIPTION, FIELDS), from the descriptions in the playground's API schema.
import schema from '../manifest/k8s-schema.json';
import { fail, ok, resourceType, type CommandOutput } from './context';
import { parseFlags } from './argv';

interface Node {
  type?: string | string[];
  $ref?: string;
  items?: Node;
  additionalProperties?: Node | boolean;
  properties?: Record<string, Node>;
  required?: string[];
  description?: string;
}

const defs = (schema as unknown as { definitions: Record<string, Node> }).definitions;
const KINDS: Record<string, string> = {
  pods: 'Pod',
  services: 'Service',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
};
/** Schema definitions that are one Kubernetes type under another name. */
const TYPE_NAMES: Record<string, string> = { InitContainer: 'Container', EphemeralContainer: 'Container' };
const SCALARS: Record<string, string> = { Quantity: 'Quantity', Time: 'string', IntOrString: 'IntOrString' };

const refName = (ref: string) => ref.replace('#/definitions/', '');
const resolve = (n: Node): Node => (n.$ref ? { ...defs[refName(n.$ref)], description: n.description } : n);

function typeText(n: Node): string {
  if (n.$ref) {
    const name = refName(n.$ref);
    if (SCALARS[name]) return SCALARS[name];
    if (!defs[name]?.properties) return 'string';
    return TYPE_NAMES[name] ?? name;
  }
  // A string-or-number field is an intstr.IntOrString (ports); Quantity comes as a $ref above.
  if (Array.isArray(n.type))
    return n.type.includes('string') && n.type.length > 1 ? 'IntOrString' : n.type[0];
  const t = n.type;
  if (t === 'array' && n.items) return `[]${typeText(n.items)}`;
  if (t === 'object' && n.additionalProperties && typeof n.additionalProperties === 'object')
    return `map[string]${typeText(n.additionalProperties)}`;
  if (t === 'number') return 'integer';
  if (t === undefined) return n.properties ? 'Object' : 'string';
  return t;
}

/** Go's explain wraps at 80 columns with the block's indent. */
function wrap(text: string, indent: number): string {
  const width = 80 - indent;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.map((l) => (l ? ' '.repeat(indent) + l : '')).join('\n');
}

const objectOf = (n: Node): Node | null => {
  const r = n.$ref ? defs[refName(n.$ref)] : n;
  if (r.properties) return r;
  if (r.items) return objectOf(r.items);
  return null;
};

function fieldsText(obj: Node, recursive: boolean, depth: number): string {
  const required = new Set(obj.required ?? []);
  const lines: string[] = [];
  for (const name of Object.keys(obj.properties ?? {}).sort()) {
    const f = obj.properties![name];
    const req = required.has(name) ? ' -required-' : '';
    if (recursive) {
      lines.push(`${'  '.repeat(depth + 1)}${name}\t<${typeText(f)}>${req}`);
      const child = objectOf(f);
      if (child && depth < 8) lines.push(fieldsText(child, true, depth + 1));
      continue;
    }
    lines.push(`  ${name}\t<${typeText(f)}>${req}`);
    const d = resolve(f).description ?? f.description;
    lines.push(d ? wrap(d, 4) : '    <no description>', '');
  }
  return lines.join('\n');
}

export function explainCommand(words: string[]): CommandOutput {
  const p = parseFlags(words, new Set(['recursive']), {});
  const [path] = p.args;
  if (!path)
    return fail(
      'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee \'kubectl explain -h\' for help and examples\n',
    );
  const [resource, ...fields] = path.split('.');
  const type = resourceType(resource);
  const kind = type ? KINDS[type] : undefined;
  if (!kind) return fail(`error: the server doesn't have a resource type "${resource}"\n`);
  let node: Node = defs[kind];
  let field: string | null = null;
  for (const f of fields) {
    const obj = objectOf(node);
    const next = obj?.properties?.[f];
    if (!next) return fail(`error: field "${f}" does not exist\n`);
    node = next;
    field = f;
  }
  const description = field ? (node.description ?? '') : (defs[kind].description ?? '');
  const obj = objectOf(node);
  let out = `KIND:       ${kind}\nVERSION:    v1\n\n`;
  if (field) out += `FIELD: ${field} <${typeText(node)}>\n\n\n`;
  // A field of an object type also shows that type's own description, as kubectl does.
  const typeDescription = field && obj && obj.description !== description ? (obj.description ?? '') : '';
  const descriptionText = [description, typeDescription].filter(Boolean).join('\n');
  out += `DESCRIPTION:\n${wrap(descriptionText || '<empty>', 4)}\n    \n`;
  if (obj?.properties) {
    out += 'FIELDS:\n' + fieldsText(obj, p.flags.has('recursive'), 0) + '\n';
  }
  return ok(out);
}
