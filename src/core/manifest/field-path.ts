// Kubernetes field paths (`spec.containers[1].image`, `data[my.key]`) as segments, and back.

export type PathSegment = string | number;

/** `spec.containers[1].image` → ['spec', 'containers', 1, 'image']; `data[a.b]` → ['data', 'a.b']. */
export function parseFieldPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = 0;
  let name = '';
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      if (name) out.push(name);
      name = '';
      i++;
    } else if (ch === '[') {
      if (name) out.push(name);
      name = '';
      const close = path.indexOf(']', i + 1);
      const inner = close < 0 ? path.slice(i + 1) : path.slice(i + 1, close);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = close < 0 ? path.length : close + 1;
    } else {
      name += ch;
      i++;
    }
  }
  if (name) out.push(name);
  return out;
}

/**
 * Segments → Kubernetes path text. Numbers are list indices; `mapKeyAt` marks string segments that
 * are map keys (printed `[key]`, as field.Path.Key does).
 */
export function formatFieldPath(segments: PathSegment[], mapKeyAt: ReadonlySet<number> = new Set()): string {
  let out = '';
  segments.forEach((seg, i) => {
    if (typeof seg === 'number' || mapKeyAt.has(i)) out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  });
  return out;
}
