// The pure text edit that puts a snippet at the right place of a manifest: containers into
// spec.containers, init containers and native sidecars into spec.initContainers, volumes into
// spec.volumes, a Service as a new document.
import { LineCounter, isMap, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ListField, Snippet } from './snippets';

interface Insertion {
  offset: number;
  text: string;
}

function indentTo(items: string, indent: string): string {
  return items.replace(/^(?=.)/gm, indent);
}

/** Offset just after the line holding the last visible character of `node`, newline included. */
function afterNode(text: string, node: Node): number {
  let end = node.range?.[1] ?? text.length;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  const newline = text.indexOf('\n', end);
  return newline < 0 ? text.length : newline + 1;
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return ' '.repeat(offset - start);
}

function podDocument(docs: Document[]): Document | undefined {
  return docs.find((d) => {
    const contents = d.contents;
    return isMap(contents) && contents.get('kind') === 'Pod' && d.errors.length === 0;
  });
}

/** Names already used by containers of any kind and by volumes, which a snippet must not reuse. */
function takenNames(pod: Document): Set<string> {
  const taken = new Set<string>();
  for (const list of ['containers', 'initContainers', 'ephemeralContainers', 'volumes']) {
    const seq = pod.getIn(['spec', list], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) if (isMap(item)) taken.add(String(item.get('name') ?? ''));
  }
  return taken;
}

/** The snippet's parts with every `name:` that clashes renamed `<name>-2` (or the next free). */
function withFreeNames(parts: Snippet['parts'], taken: Set<string>): Snippet['parts'] {
  const all = Object.values(parts).join('\n');
  const names = [...all.matchAll(/^- name: ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? '');
  const renames = new Map<string, string>();
  for (const name of names) {
    if (!taken.has(name) || renames.has(name)) continue;
    let n = 2;
    while (taken.has(`${name}-${n}`) || names.includes(`${name}-${n}`)) n++;
    renames.set(name, `${name}-${n}`);
  }
  if (renames.size === 0) return parts;
  const out: Snippet['parts'] = {};
  for (const [field, items] of Object.entries(parts) as [ListField, string][]) {
    out[field] = items.replace(/^(\s*- name: )([a-z0-9-]+)$/gm, (m, head: string, name: string) =>
      renames.has(name) ? `${head}${renames.get(name)}` : m,
    );
  }
  return out;
}

/**
 * The text with the snippet inserted: list items appended to the first Pod's spec lists (created
 * when missing), a document appended to the stream. Undefined when there is no block-style Pod to
 * put pod parts into (flow style or YAML errors: the learner should fix those first).
 */
export function insertSnippet(text: string, snippet: Snippet): string | undefined {
  // Offsets below are in the text with a final newline, so every insertion is whole lines.
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const insertions: Insertion[] = [];
  if (Object.keys(snippet.parts).length > 0) {
    const docs = parseAllDocuments(base, {
      lineCounter: new LineCounter(),
      version: '1.1',
      uniqueKeys: false,
    });
    const pod = Array.isArray(docs) ? podDocument(docs) : undefined;
    const spec = pod?.get('spec', true);
    if (!pod || !isMap(spec) || spec.flow || !spec.range) return undefined;
    const firstKey = spec.items[0]?.key as Node | undefined;
    const specIndent = firstKey?.range ? lineIndent(base, firstKey.range[0]) : '  ';
    const parts = withFreeNames(snippet.parts, takenNames(pod));
    for (const [field, items] of Object.entries(parts) as [ListField, string][]) {
      const seq = spec.get(field, true) as Node | undefined;
      if (seq === undefined) {
        const block = `${specIndent}${field}:\n${indentTo(items, specIndent)}`;
        insertions.push({ offset: afterNode(base, spec), text: block });
      } else if (isSeq(seq) && !seq.flow && seq.range) {
        insertions.push({
          offset: afterNode(base, seq),
          text: indentTo(items, lineIndent(base, seq.range[0])),
        });
      } else {
        return undefined;
      }
    }
  }
  if (snippet.document) insertions.push({ offset: base.length, text: `---\n${snippet.document}` });
  // From the end backwards so earlier offsets stay valid (stable sort keeps same-offset order).
  let out = base;
  for (const ins of [...insertions].reverse().sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, ins.offset) + ins.text + out.slice(ins.offset);
  }
  return out;
}
