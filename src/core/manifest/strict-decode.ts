// What the API server's strict JSON decoding says about an object before validation: unknown fields
// (`strict decoding error: unknown field "spec.containers[0].comand"`) and wrong value types
// (`json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort
// of type int32`), driven by the schema generated from kubernetes-types (scripts/gen-schema.mjs).
import decodeSchema from './k8s-decode-schema.json';
import type { PathSegment } from './field-path';
import { formatFieldPath } from './field-path';
import { parseQuantity } from './quantity';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
}

const definitions = (decodeSchema as unknown as { definitions: Record<string, SchemaNode> }).definitions;

export interface DecodeProblem {
  kind: 'unknown-field' | 'type';
  /** Segments of the offending key or value. */
  segments: PathSegment[];
  /** `unknown field "spec.foo"` or the json/quantity/base64 error text. */
  message: string;
}

/** Fields whose Go type is int64 (everything else numeric in core/v1 is int32). */
const INT64_FIELDS = new Set([
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'runAsUser',
  'runAsGroup',
  'fsGroup',
  'supplementalGroups',
  'expirationSeconds',
  'generation',
  'deletionGracePeriodSeconds',
]);

/** Go structs whose definition we renamed or split for the editor. */
const GO_STRUCT: Record<string, string> = { InitContainer: 'Container' };

const MAX_DEPTH = 64;

function refName(node: SchemaNode): string | undefined {
  return node.$ref?.replace('#/definitions/', '');
}

function resolve(node: SchemaNode): { node: SchemaNode; name?: string } {
  let name: string | undefined;
  let cur = node;
  for (let i = 0; i < 8 && cur.$ref; i++) {
    name = refName(cur);
    cur = definitions[name ?? ''] ?? {};
  }
  return { node: cur, name };
}

function types(node: SchemaNode): string[] {
  if (node.type) return Array.isArray(node.type) ? node.type : [node.type];
  if (node.enum || node.const !== undefined) return ['string'];
  if (node.properties || node.additionalProperties !== undefined) return ['object'];
  return [];
}

/** The Go type name encoding/json would print for a schema node. */
function goType(node: SchemaNode, field: string): string {
  const { node: n, name } = resolve(node);
  if (name === 'Quantity') return 'resource.Quantity';
  if (name && (n.properties || n.type === 'object')) return `v1.${GO_STRUCT[name] ?? name}`;
  const t = types(n);
  if (t.includes('number') && t.includes('string')) return 'intstr.IntOrString';
  if (t[0] === 'array') return `[]${goType(n.items ?? {}, field)}`;
  if (t[0] === 'object') {
    const ap = n.additionalProperties;
    return `map[string]${typeof ap === 'object' ? goType(ap, field) : 'string'}`;
  }
  if (t[0] === 'number') return INT64_FIELDS.has(field) ? 'int64' : 'int32';
  if (t[0] === 'boolean') return 'bool';
  return t[0] ?? 'string';
}

/** encoding/json's name for a JSON value in "cannot unmarshal X into ...". */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

interface Ctx {
  problems: DecodeProblem[];
  segments: PathSegment[];
  mapKeys: Set<number>;
  /** JSON field names only (no indices, no map keys): encoding/json's Field. */
  goPath: string[];
  struct: string;
  /** Decoding Secret.data: values are base64 []byte. */
  base64?: boolean;
}

function typeError(ctx: Ctx, value: unknown, node: SchemaNode, field: string, detail?: string): void {
  const where = ctx.struct ? `Go struct field ${ctx.struct}.${ctx.goPath.join('.')}` : 'Go value';
  ctx.problems.push({
    kind: 'type',
    segments: [...ctx.segments],
    message: `json: cannot unmarshal ${detail ?? jsonKind(value)} into ${where} of type ${goType(node, field)}`,
  });
}

const INT_RANGE: Record<string, [number, number]> = {
  int32: [-2147483648, 2147483647],
  int64: [-(2 ** 63), 2 ** 63],
};

function walk(value: unknown, schema: SchemaNode, field: string, ctx: Ctx, depth: number): void {
  if (value === null || value === undefined || depth > MAX_DEPTH) return;
  const { node, name } = resolve(schema);
  if (name === 'Quantity') {
    if (typeof value === 'number') return;
    const err = parseQuantity(typeof value === 'string' ? value : '').error;
    if (err) ctx.problems.push({ kind: 'type', segments: [...ctx.segments], message: err });
    return;
  }
  const t = types(node);
  if (t.includes('number') && t.includes('string')) {
    // intstr.IntOrString: a quoted value is a string, anything else is decoded as an int32.
    if (typeof value === 'string') return;
    if (typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647)
      return;
    const what = typeof value === 'number' ? `number ${value}` : jsonKind(value);
    ctx.problems.push({
      kind: 'type',
      segments: [...ctx.segments],
      message: `json: cannot unmarshal ${what} into Go value of type int32`,
    });
    return;
  }
  const expected = t[0];
  if (expected === 'object') return walkObject(value, node, name, field, ctx, depth);
  if (expected === 'array') {
    if (!Array.isArray(value)) return typeError(ctx, value, node, field);
    value.forEach((item, i) => {
      ctx.segments.push(i);
      walk(item, node.items ?? {}, field, ctx, depth + 1);
      ctx.segments.pop();
    });
    return;
  }
  if (expected === 'number') {
    if (typeof value !== 'number') return typeError(ctx, value, node, field);
    const range = INT_RANGE[goType(node, field)] ?? INT_RANGE.int32;
    if (!Number.isInteger(value) || value < range[0] || value > range[1]) {
      return typeError(ctx, value, node, field, `number ${value}`);
    }
    return;
  }
  if (expected === 'boolean') {
    if (typeof value !== 'boolean') typeError(ctx, value, node, field);
    return;
  }
  if (expected === 'string') {
    if (typeof value !== 'string') return typeError(ctx, value, node, field);
    if (ctx.base64) checkBase64(value, ctx);
  }
}

function walkObject(
  value: unknown,
  node: SchemaNode,
  name: string | undefined,
  field: string,
  ctx: Ctx,
  depth: number,
): void {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    return typeError(ctx, value, name ? { $ref: `#/definitions/${name}` } : node, field);
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (node.properties) {
    const struct = name ? (GO_STRUCT[name] ?? name) : ctx.struct;
    for (const [key, child] of entries) {
      const prop = node.properties[key];
      ctx.segments.push(key);
      if (!prop) {
        const path = formatFieldPath(ctx.segments, ctx.mapKeys);
        ctx.problems.push({
          kind: 'unknown-field',
          segments: [...ctx.segments],
          message: `unknown field "${path}"`,
        });
      } else {
        const saved = { struct: ctx.struct, base64: ctx.base64 };
        ctx.struct = struct;
        ctx.goPath.push(key);
        ctx.base64 = struct === 'Secret' && key === 'data';
        walk(child, prop, key, ctx, depth + 1);
        ctx.goPath.pop();
        ctx.struct = saved.struct;
        ctx.base64 = saved.base64;
      }
      ctx.segments.pop();
    }
    return;
  }
  const ap = node.additionalProperties;
  if (typeof ap !== 'object') return;
  for (const [key, child] of entries) {
    ctx.segments.push(key);
    ctx.mapKeys.add(ctx.segments.length - 1);
    walk(child, ap, field, ctx, depth + 1);
    ctx.mapKeys.delete(ctx.segments.length - 1);
    ctx.segments.pop();
  }
}

const B64_CHAR = /[A-Za-z0-9+/]/;

/** Go's base64.StdEncoding.DecodeString error: `illegal base64 data at input byte N`. */
function base64Error(s: string): number | undefined {
  const clean = s.replace(/[\r\n]/g, ''); // encoding/base64 skips newlines
  const firstPad = clean.indexOf('=');
  const body = firstPad < 0 ? clean : clean.slice(0, firstPad);
  for (let i = 0; i < body.length; i++) if (!B64_CHAR.test(body[i])) return i;
  if (firstPad >= 0) {
    const pad = clean.slice(firstPad);
    // Padding is only legal as the last one or two characters of a complete quantum.
    if (!/^={1,2}$/.test(pad) || clean.length % 4 !== 0 || firstPad % 4 < 2) return firstPad;
    return undefined;
  }
  // An incomplete final quantum is reported at its first byte.
  return clean.length % 4 === 0 ? undefined : Math.floor(clean.length / 4) * 4;
}

function checkBase64(s: string, ctx: Ctx): void {
  const bad = base64Error(s);
  if (bad !== undefined) {
    ctx.problems.push({
      kind: 'type',
      segments: [...ctx.segments],
      message: `illegal base64 data at input byte ${bad}`,
    });
  }
}

/**
 * Checks `value` (a plain JSON-like object) against the definition of `kind`. Type errors come first
 * in the result because the API server reports only the first of them and then stops (no strict
 * errors); unknown fields are all reported, in document order.
 */
export function strictDecode(kind: string, value: unknown): DecodeProblem[] {
  const ctx: Ctx = { problems: [], segments: [], mapKeys: new Set(), goPath: [], struct: '' };
  const root = definitions[kind];
  if (!root) return [];
  walk(value, { $ref: `#/definitions/${kind}` }, '', ctx, 0);
  const typeErrors = ctx.problems.filter((p) => p.kind === 'type');
  const unknown = ctx.problems.filter((p) => p.kind === 'unknown-field');
  return [...typeErrors, ...unknown];
}
