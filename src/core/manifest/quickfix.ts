// Quick fixes for diagnostics whose repair is unambiguous: a diagnostic and the text it came from →
// text edits (Monaco-style 1-based ranges). Anything doubtful (stale text, ties, flow style) gives no
// fix rather than a wrong one: the learner can always edit by hand.
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
} from 'yaml';
import decodeSchema from './k8s-decode-schema.json';
import { parseFieldPath } from './field-path';
import type { Diagnostic, SourceRange } from './types';

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface QuickFix {
  kind: 'add-volume' | 'rename-duplicate' | 'fix-typo' | 'add-image';
  /** Shown in the editor's light-bulb menu (English: it quotes field names, like kubectl). */
  title: string;
  edits: TextEdit[];
}

/** The image a fix adds: the busybox the simulator runs. */
export const QUICK_FIX_IMAGE = 'busybox:1.36';
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const MAX_TYPO_DISTANCE = 2;

interface Source {
  text: string;
  lc: LineCounter;
  doc: Document;
}

export function quickFixes(diagnostic: Diagnostic, text: string): QuickFix[] {
  const src = load(text, diagnostic.docIndex);
  if (!src) return [];
  const fix =
    diagnostic.code === 'api/unknown-field'
      ? fixTypo(diagnostic, src)
      : diagnostic.code === 'api/not-found'
        ? addVolume(diagnostic, src)
        : diagnostic.code === 'api/duplicate'
          ? renameDuplicate(diagnostic, src)
          : diagnostic.code === 'api/required'
            ? addImage(diagnostic, src)
            : undefined;
  return fix ? [fix] : [];
}

function load(text: string, docIndex: number): Source | undefined {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1', uniqueKeys: false });
  if (!Array.isArray(docs)) return undefined;
  const doc = docs[docIndex];
  return doc ? { text, lc, doc } : undefined;
}

function position(src: Source, offset: number): { line: number; column: number } {
  const p = src.lc.linePos(offset);
  return { line: p.line, column: p.col };
}

function rangeText(src: Source, range: SourceRange): string {
  const start = src.lc.lineStarts[range.startLine - 1];
  const end = src.lc.lineStarts[range.endLine - 1];
  if (start === undefined || end === undefined) return '';
  return src.text.slice(start + range.startColumn - 1, end + range.endColumn - 1);
}

/** An insertion of whole lines after the line holding `offset` (its last character). */
function insertLinesAfter(src: Source, offset: number, lines: string): TextEdit {
  const line = position(src, Math.max(0, offset)).line;
  const next = src.lc.lineStarts[line];
  if (next !== undefined) {
    return { range: { startLine: line + 1, startColumn: 1, endLine: line + 1, endColumn: 1 }, text: lines };
  }
  // The last line has no newline: start one.
  const lastStart = src.lc.lineStarts[line - 1] ?? 0;
  const column = src.text.length - lastStart + 1;
  const range = { startLine: line, startColumn: column, endLine: line, endColumn: column };
  return { range, text: `\n${lines.replace(/\n$/, '')}` };
}

/** Offset of the last visible character of a node (block nodes end after their newline). */
function lastCharOffset(src: Source, node: Node): number {
  let end = node.range?.[1] ?? 0;
  while (end > 0 && /\s/.test(src.text[end - 1] ?? '')) end--;
  return end - 1;
}

function quotedName(message: string): string | undefined {
  return /: (?:Not found|Duplicate value): "((?:[^"\\]|\\.)*)"$/.exec(message)?.[1];
}

// --- add the missing volume -------------------------------------------------------------------

function addVolume(d: Diagnostic, src: Source): QuickFix | undefined {
  if (!d.path || !/^spec\.\w+\[\d+\]\.volumeMounts\[\d+\]\.name$/.test(d.path)) return undefined;
  const name = quotedName(d.message);
  if (!name || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) return undefined;
  const spec = src.doc.get('spec', true) as Node | undefined;
  if (!isMap(spec) || spec.flow) return undefined;
  const title = `Add volume "${name}" (emptyDir)`;
  const volumes = spec.get('volumes', true) as Node | undefined;
  if (volumes !== undefined) {
    if (!isSeq(volumes) || volumes.flow || volumes.items.length === 0 || !volumes.range) return undefined;
    const indent = ' '.repeat(position(src, volumes.range[0]).column - 1);
    const lines = `${indent}- name: ${name}\n${indent}  emptyDir: {}\n`;
    return { kind: 'add-volume', title, edits: [insertLinesAfter(src, lastCharOffset(src, volumes), lines)] };
  }
  const firstKey = spec.items[0]?.key as Node | undefined;
  if (!firstKey?.range) return undefined;
  const indent = ' '.repeat(position(src, firstKey.range[0]).column - 1);
  const lines = `${indent}volumes:\n${indent}- name: ${name}\n${indent}  emptyDir: {}\n`;
  return { kind: 'add-volume', title, edits: [insertLinesAfter(src, lastCharOffset(src, spec), lines)] };
}

// --- rename a duplicate container -------------------------------------------------------------

function containerNames(src: Source): Set<string> {
  const names = new Set<string>();
  for (const list of CONTAINER_LISTS) {
    const seq = src.doc.getIn(['spec', list], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (isMap(item)) names.add(String(item.get('name') ?? ''));
    }
  }
  return names;
}

function renameDuplicate(d: Diagnostic, src: Source): QuickFix | undefined {
  if (!d.path || !/^spec\.(containers|initContainers|ephemeralContainers)\[\d+\]\.name$/.test(d.path)) {
    return undefined;
  }
  const name = quotedName(d.message);
  if (!name) return undefined;
  const written = rangeText(src, d.range);
  const quote = written === `"${name}"` ? '"' : written === `'${name}'` ? "'" : written === name ? '' : null;
  if (quote === null) return undefined; // the text moved on since the diagnostic
  const taken = containerNames(src);
  let n = 2;
  while (taken.has(`${name}-${n}`)) n++;
  const renamed = `${name}-${n}`;
  return {
    kind: 'rename-duplicate',
    title: `Rename to "${renamed}"`,
    edits: [{ range: d.range, text: `${quote}${renamed}${quote}` }],
  };
}

// --- add the missing image --------------------------------------------------------------------

function addImage(d: Diagnostic, src: Source): QuickFix | undefined {
  const m = d.path
    ? /^spec\.(containers|initContainers|ephemeralContainers)\[(\d+)\]\.image$/.exec(d.path)
    : null;
  if (!m) return undefined;
  const container = src.doc.getIn(['spec', m[1], Number(m[2])], true);
  if (!isMap(container) || container.flow) return undefined;
  const title = `Add "image: ${QUICK_FIX_IMAGE}"`;
  const image = container.items.find((p) => isScalar(p.key) && p.key.value === 'image');
  if (image) {
    // `image: ""` or `image:`: fill the value in place when it is a plain scalar on the key's line.
    if (!isScalar(image.value) || !image.value.range || String(image.value.value ?? '') !== '')
      return undefined;
    const [start, end] = image.value.range;
    if (start === end) return undefined;
    const a = position(src, start);
    const b = position(src, end);
    const range = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
    return { kind: 'add-image', title, edits: [{ range, text: QUICK_FIX_IMAGE }] };
  }
  const anchor = container.items.find((p) => isScalar(p.key) && p.key.value === 'name') ?? container.items[0];
  const key = anchor?.key as Node | undefined;
  const value = anchor?.value as Node | undefined;
  if (!key?.range || isMap(value) || isSeq(value)) return undefined;
  const indent = ' '.repeat(position(src, key.range[0]).column - 1);
  const after = value?.range ? lastCharOffset(src, value) : key.range[1] - 1;
  return {
    kind: 'add-image',
    title,
    edits: [insertLinesAfter(src, after, `${indent}image: ${QUICK_FIX_IMAGE}\n`)],
  };
}

// --- fix a misspelt field name ----------------------------------------------------------------

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean | SchemaNode;
}
const definitions = (decodeSchema as unknown as { definitions: Record<string, SchemaNode> }).definitions;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let cur = node;
  for (let i = 0; i < 8 && cur?.$ref; i++) cur = definitions[cur.$ref.replace('#/definitions/', '')];
  return cur;
}

/** Property names the schema allows at a path of segments below an object of `kind`. */
function propertiesAt(kind: string, segments: (string | number)[]): string[] | undefined {
  let node = resolve(definitions[kind]);
  for (const seg of segments) {
    if (!node) return undefined;
    if (typeof seg === 'number') node = resolve(node.items);
    else if (node.properties?.[seg]) node = resolve(node.properties[seg]);
    else return undefined; // a map key or an unknown parent: no fixed set of names
  }
  return node?.properties ? Object.keys(node.properties) : undefined;
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function fixTypo(d: Diagnostic, src: Source): QuickFix | undefined {
  const path = /^unknown field "(.+)"$/.exec(d.message)?.[1];
  if (!path) return undefined;
  const segments = parseFieldPath(path);
  const wrong = segments.pop();
  if (typeof wrong !== 'string' || rangeText(src, d.range) !== wrong) return undefined;
  const kind = src.doc.get('kind');
  if (typeof kind !== 'string') return undefined;
  const names = propertiesAt(kind, segments);
  if (!names) return undefined;
  const parent = segments.length === 0 ? src.doc.contents : src.doc.getIn(segments, true);
  const present = new Set(
    isMap(parent) ? parent.items.map((p) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : '')) : [],
  );
  let best: string[] = [];
  let bestDistance = MAX_TYPO_DISTANCE + 1;
  for (const name of names) {
    const distance = editDistance(wrong.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [[name], distance];
    else if (distance === bestDistance) best.push(name);
  }
  // Two equally close names, or a name already written in this mapping: not unambiguous.
  const only = best.length === 1 ? best[0] : undefined;
  if (!only || present.has(only) || wrong.length <= bestDistance) return undefined;
  return {
    kind: 'fix-typo',
    title: `Change "${wrong}" to "${only}"`,
    edits: [{ range: d.range, text: only }],
  };
}
