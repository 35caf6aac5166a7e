// The manifest entry point: YAML stream → Kubernetes objects (defaulted) + diagnostics at source ranges.
// Never throws, whatever the input.
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { checkDocument } from './document';
import { lineExceedingNesting, MAX_NESTING } from './depth-guard';
import { findDuplicateKeys } from './duplicate-keys';
import type { Diagnostic, ParseResult, RejectedDocument } from './types';
import { offsetsToRange } from './yaml-source';
import { describeYamlError } from './yaml-errors';

export interface ParseOptions {
  /** Refuse input larger than this many UTF-8 bytes (default 2 MB). */
  maxBytes?: number;
  /** The name kubectl prints as the source (`"STDIN"` or the file name). */
  source?: string;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Alias expansions allowed per document: plenty for real manifests, fatal for "billion laughs". */
const MAX_ALIAS_COUNT = 200;

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const WHOLE_FIRST_LINE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

// go-yaml v2 (used by kubectl via sigs.k8s.io/yaml) is YAML 1.1: `yes`/`on` are booleans and 0755 is
// octal. Timestamps, sets and binary stay plain strings for us (the API expects JSON values).
const DROPPED_TAGS = new Set(
  ['timestamp', 'binary', 'set', 'omap', 'pairs'].map((t) => `tag:yaml.org,2002:${t}`),
);

function parseStream(text: string, lc: LineCounter): Document[] {
  const docs = parseAllDocuments(text, {
    lineCounter: lc,
    version: '1.1',
    prettyErrors: false,
    uniqueKeys: false, // see duplicate-keys.ts
    customTags: (tags) =>
      tags.filter((t) => !(typeof t === 'object' && 'tag' in t && DROPPED_TAGS.has(t.tag))),
  });
  return Array.isArray(docs) ? docs : [];
}

export function parseManifests(text: string, opts: ParseOptions = {}): ParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const source = opts.source ?? 'STDIN';
  const result: ParseResult = { objects: [], diagnostics: [], rejected: [] };
  try {
    if (typeof text !== 'string') text = String(text ?? '');
    const bytes = utf8Length(text);
    if (bytes > maxBytes) {
      result.diagnostics.push({
        severity: 'error',
        code: 'yaml/too-large',
        message: `the manifest is ${bytes} bytes; PodLab refuses anything over ${maxBytes} bytes`,
        docIndex: 0,
        range: WHOLE_FIRST_LINE,
      });
      return result;
    }
    const deepLine = lineExceedingNesting(text);
    if (deepLine > 0) {
      result.diagnostics.push({
        severity: 'error',
        code: 'yaml/too-deep',
        message: `nesting deeper than ${MAX_NESTING} levels: PodLab refuses manifests this deep`,
        docIndex: 0,
        range: { startLine: deepLine, startColumn: 1, endLine: deepLine, endColumn: 2 },
      });
      return result;
    }
    const lc = new LineCounter();
    const docs = parseStream(text, lc);
    docs.forEach((doc, docIndex) => {
      const yamlDiags: Diagnostic[] = [];
      const seen = new Set<string>();
      for (const err of doc.errors) {
        const p = describeYamlError(err, text);
        const [start, end] = p.pos ?? err.pos;
        const d: Diagnostic = {
          severity: 'error',
          code: p.code,
          message: p.message,
          docIndex,
          range: offsetsToRange(lc, start, end, text),
        };
        const key = JSON.stringify([d.code, d.range.startLine, d.message]);
        if (!seen.has(key)) yamlDiags.push(d);
        seen.add(key);
      }
      for (const dup of doc.errors.length === 0 ? findDuplicateKeys(doc) : []) {
        yamlDiags.push({
          severity: 'error',
          code: 'yaml/duplicate-key',
          message: `duplicate key ${JSON.stringify(dup.key)}: a key may appear only once in a mapping`,
          docIndex,
          range: offsetsToRange(lc, dup.range[0], dup.range[1], text),
        });
      }
      const hasErrors = yamlDiags.length > 0;
      for (const w of doc.warnings) {
        yamlDiags.push({
          severity: 'warning',
          code: 'yaml/warning',
          message: w.message.split('\n')[0],
          docIndex,
          range: offsetsToRange(lc, w.pos[0], w.pos[1], text),
        });
      }
      result.diagnostics.push(...yamlDiags);
      if (hasErrors) {
        result.rejected?.push(yamlRejection(docIndex, yamlDiags));
        return;
      }
      const outcome = checkDocument(doc, { lc, text }, docIndex, { source, maxAliasCount: MAX_ALIAS_COUNT });
      result.diagnostics.push(...outcome.diagnostics);
      if (outcome.object) result.objects.push(outcome.object);
      if (outcome.rejected) result.rejected?.push(outcome.rejected);
    });
  } catch (e) {
    // Stack exhaustion on absurd nesting, or a bug: one diagnostic instead of a crashed editor.
    result.objects = [];
    result.diagnostics.push({
      severity: 'error',
      code: 'yaml/too-complex',
      message: `the manifest could not be read: ${e instanceof Error ? e.message : String(e)}`,
      docIndex: 0,
      range: WHOLE_FIRST_LINE,
    });
  }
  return result;
}

function yamlRejection(docIndex: number, diags: Diagnostic[]): RejectedDocument {
  return {
    docIndex,
    stage: 'yaml',
    kind: '',
    apiVersion: '',
    name: '',
    namespace: '',
    messages: diags
      .filter((d) => d.severity === 'error')
      .map((d) => `line ${d.range.startLine}: ${d.message}`),
  };
}
