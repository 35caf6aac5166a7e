// A ParseResult as plain data, so it can cross from the simulation worker to the page (structured
// clone cannot carry `rangeOf`, a closure over the YAML document). The worker resolves the source
// ranges the page asks for ahead of time; the page turns them back into a `rangeOf` lookup.
import type { ManifestObject, ParseResult, Pod, SourceRange } from './types';

export type PlainObject = Omit<ManifestObject, 'rangeOf'> & {
  /** Source ranges by Kubernetes field path, for the paths `rangedPaths` lists. */
  ranges: Record<string, SourceRange>;
};

export interface PlainParseResult extends Omit<ParseResult, 'objects'> {
  objects: PlainObject[];
}

/**
 * The field paths whose source the page needs: one per container, init container and volume of a
 * Pod (the diagram's nodes; clicking one highlights its lines, and the editor's cursor line selects
 * the node it is in).
 */
export function rangedPaths(o: Pick<ManifestObject, 'kind' | 'object'>): string[] {
  if (o.kind !== 'Pod') return [];
  const spec = (o.object as Pod).spec;
  const each = (field: string, list: readonly unknown[] | undefined) =>
    (list ?? []).map((_, i) => `spec.${field}[${i}]`);
  return [
    ...each('initContainers', spec?.initContainers),
    ...each('containers', spec?.containers),
    ...each('volumes', spec?.volumes),
  ];
}

export function toPlainParse(parse: ParseResult): PlainParseResult {
  return {
    ...parse,
    objects: parse.objects.map(({ rangeOf, ...rest }) => {
      const ranges: Record<string, SourceRange> = {};
      for (const path of rangedPaths(rest)) {
        const r = rangeOf(path);
        if (r) ranges[path] = r;
      }
      return { ...rest, ranges };
    }),
  };
}

export function fromPlainParse(plain: PlainParseResult): ParseResult {
  return {
    ...plain,
    objects: plain.objects.map(({ ranges, ...rest }) => ({
      ...rest,
      rangeOf: (path: string) => ranges[path],
    })),
  };
}
