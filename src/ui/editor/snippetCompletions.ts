// Which snippets the editor's completion offers on a line, and the text each inserts. Pure, tested in
// Node. Completion inserts at the cursor, so only one-piece snippets are offered there: list items
// for an indented line (the learner is inside `containers:` or `initContainers:`), the Service on a
// line of its own at column 0. The Insert menu places every snippet, patterns included.
import type { Snippet } from '../../core/manifest/snippets';

export interface SnippetCompletion {
  label: string;
  detail: string;
  text: string;
}

export function snippetCompletions(snippets: readonly Snippet[], linePrefix: string): SnippetCompletion[] {
  const indented = /^\s+[\w-]*$/.test(linePrefix);
  const topLevel = /^[\w-]*$/.test(linePrefix);
  const out: SnippetCompletion[] = [];
  for (const s of snippets) {
    const parts = Object.entries(s.parts);
    if (indented && parts.length === 1 && !s.document) {
      const [field, text] = parts[0] as [string, string];
      out.push({ label: `podlab-${s.id}`, detail: `spec.${field}`, text });
    } else if (topLevel && parts.length === 0 && s.document) {
      out.push({ label: `podlab-${s.id}`, detail: '---', text: `---\n${s.document}` });
    }
  }
  return out;
}
