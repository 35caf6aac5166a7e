// Duplicate mapping keys, found in one pass. The `yaml` package's own check (uniqueKeys) compares
// every key with every other one, which takes seconds on a large ConfigMap; this is linear.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export interface DuplicateKey {
  key: string;
  /** Offsets of the repeated key. */
  range: [number, number];
}

export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key as Node | null;
        // Only scalar keys can be compared cheaply; `<<` merge keys may repeat.
        if (isScalar(key) && key.value !== '<<') {
          const text = String(key.value);
          if (seen.has(text) && key.range) out.push({ key: text, range: [key.range[0], key.range[1]] });
          seen.add(text);
        }
        stack.push(item.value);
      }
    }
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
