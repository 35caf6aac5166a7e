// Source positions for YAML nodes: offsets → Monaco ranges, and Kubernetes field paths → nodes.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourceRange } from './types';
import { parseFieldPath, type PathSegment } from './field-path';

/** Where a stream's offsets come from: its line counter and (to trim trailing blanks) its text. */
export interface SourceText {
  lc: LineCounter;
  text: string;
}

export function offsetsToRange(lc: LineCounter, start: number, end: number, text?: string): SourceRange {
  // Block collections end after their last newline; stop the range at the last visible character.
  if (text !== undefined) while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  // Monaco hides empty ranges: mark at least one character.
  if (end <= start) end = start + 1;
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
}

export function nodeRange(src: SourceText, node: Node | null | undefined): SourceRange | undefined {
  if (!node || !node.range) return undefined;
  return offsetsToRange(src.lc, node.range[0], node.range[1], src.text);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

function findPair(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && keyText(item.key) === key) return item;
  }
  return undefined;
}

export interface PathLookup {
  /** The deepest node found along the path (the document root at worst). */
  node: Node | null;
  /** The key node of the last segment when it is a mapping key that exists. */
  key?: Node;
  /** True when every segment was found. */
  complete: boolean;
}

/** Walks a Kubernetes field path through the YAML AST, stopping at the first missing segment. */
export function lookupPath(doc: Document, path: string | PathSegment[]): PathLookup {
  const segments = typeof path === 'string' ? parseFieldPath(path) : path;
  let node = doc.contents as Node | null;
  let key: Node | undefined;
  for (const seg of segments) {
    key = undefined;
    if (typeof seg === 'number' && isSeq(node)) {
      const next = node.items[seg] as Node | undefined;
      if (next === undefined) return { node, complete: false };
      node = next;
      continue;
    }
    const pair = findPair(node, String(seg));
    if (!pair) return { node, complete: false };
    key = pair.key as Node;
    // `image:` with nothing after it: point at the key rather than its enclosing mapping.
    if (pair.value === null || pair.value === undefined) return { node: key, key, complete: true };
    node = pair.value as Node;
  }
  return { node, key, complete: true };
}

/** Range of the value at `path` (or of the nearest existing ancestor when it is missing). */
export function rangeOfPath(
  doc: Document,
  src: SourceText,
  path: string | PathSegment[],
): SourceRange | undefined {
  return nodeRange(src, lookupPath(doc, path).node);
}

/** Range of the key of the last segment (unknown fields are reported on their key). */
export function keyRangeOfPath(doc: Document, src: SourceText, path: PathSegment[]): SourceRange | undefined {
  const found = lookupPath(doc, path);
  return nodeRange(src, found.key ?? found.node);
}

/**
 * Range for a field error: the value at its path, but inside a map (labels, selectors, data) the
 * entry whose key or value is the bad value, since upstream reports those on the map itself.
 */
export function rangeOfError(
  doc: Document,
  src: SourceText,
  path: string,
  value: unknown,
): SourceRange | undefined {
  const found = lookupPath(doc, path);
  if (found.complete && isMap(found.node) && (typeof value === 'string' || typeof value === 'number')) {
    for (const item of found.node.items) {
      if (!isPair(item)) continue;
      if (keyText(item.key) === String(value)) return nodeRange(src, item.key as Node);
      if (isScalar(item.value) && String(item.value.value) === String(value))
        return nodeRange(src, item.value);
    }
  }
  return nodeRange(src, found.node);
}
