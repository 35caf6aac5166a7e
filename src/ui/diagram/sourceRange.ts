// Which lines of the manifest a diagram node comes from (highlighted in the editor on click).
import type { ManifestObject, Pod, SourceRange } from '../../core/manifest/types';
import { containerRows } from './containerCap';

export function sourceRangeOf(objects: readonly ManifestObject[], nodeId: string): SourceRange | null {
  const colon = nodeId.indexOf(':');
  const kind = colon < 0 ? nodeId : nodeId.slice(0, colon);
  const name = nodeId.slice(colon + 1);
  const pod = objects.find((o) => o.kind === 'Pod');
  const spec = (pod?.object as Pod | undefined)?.spec;
  switch (kind) {
    case 'pod':
      return pod?.range ?? null;
    case 'container':
    case 'lane': {
      if (!pod || !spec) return null;
      const i = (spec.initContainers ?? []).findIndex((c) => c.name === name);
      if (i >= 0) return pod.rangeOf(`spec.initContainers[${i}]`) ?? null;
      const j = spec.containers.findIndex((c) => c.name === name);
      return j >= 0 ? (pod.rangeOf(`spec.containers[${j}]`) ?? null) : null;
    }
    case 'more': {
      // A row's summary: the lines of the containers it stands for.
      if (!pod || !spec) return null;
      const inits = spec.initContainers ?? [];
      const rows = containerRows(inits, spec.containers);
      const [list, from, to] =
        name === 'init'
          ? ['initContainers', rows.inits.length, inits.length - 1]
          : ['containers', rows.apps.length, spec.containers.length - 1];
      const first = pod.rangeOf(`spec.${list}[${from}]`);
      const last = pod.rangeOf(`spec.${list}[${to}]`);
      if (!first || !last || from > to) return null;
      return { ...first, endLine: last.endLine, endColumn: last.endColumn };
    }
    case 'volume': {
      const i = (spec?.volumes ?? []).findIndex((v) => v.name === name);
      return pod && i >= 0 ? (pod.rangeOf(`spec.volumes[${i}]`) ?? null) : null;
    }
    case 'service':
      return objects.find((o) => o.kind === 'Service' && o.name === name)?.range ?? null;
    default:
      return null;
  }
}

const contains = (r: SourceRange | undefined | null, line: number) =>
  !!r && line >= r.startLine && (line < r.endLine || (line === r.endLine && r.endColumn > 1));

/** The diagram node whose source holds `line` (the most specific one), or null. */
export function nodeAtLine(objects: readonly ManifestObject[], line: number): string | null {
  for (const o of objects) {
    if (!contains(o.range, line)) continue;
    if (o.kind === 'Service') return `service:${o.name}`;
    if (o.kind !== 'Pod') return null;
    const spec = (o.object as Pod).spec;
    const parts: [string, string][] = [
      ...(spec?.initContainers ?? []).map((c, i): [string, string] => [
        `spec.initContainers[${i}]`,
        `container:${c.name}`,
      ]),
      ...(spec?.containers ?? []).map((c, i): [string, string] => [
        `spec.containers[${i}]`,
        `container:${c.name}`,
      ]),
      ...(spec?.volumes ?? []).map((v, i): [string, string] => [`spec.volumes[${i}]`, `volume:${v.name}`]),
    ];
    for (const [path, id] of parts) if (contains(o.rangeOf(path), line)) return id;
    return 'pod';
  }
  return null;
}
