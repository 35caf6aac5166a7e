// One Monaco model per mounted editor. The first (the playground) gets `file:///pod.yaml`; another
// editor mounted at the same time (e.g. a read-only solution in a lesson) gets
// `file:///2/pod.yaml`, ... : the same file name, so the schema's `**/pod.yaml` match still applies,
// and no editor disposes another one's model.
import { MODEL_URI } from './editorOptions';

const inUse = new Set<string>();

export function modelUriFor(index: number): string {
  return index <= 1 ? MODEL_URI : `file:///${index}/pod.yaml`;
}

/** The first free model URI; give it back with `releaseModelUri` when the editor unmounts. */
export function acquireModelUri(): string {
  for (let index = 1; ; index++) {
    const uri = modelUriFor(index);
    if (!inUse.has(uri)) {
      inUse.add(uri);
      return uri;
    }
  }
}

export function releaseModelUri(uri: string): void {
  inUse.delete(uri);
}
