// What the kubelet writes into configMap, secret and projected volumes: the keys (or only the listed
// `items`, at their paths) with their file modes (item mode, else the volume's defaultMode, else 0644).
import { DEFAULT_FILE_MODE } from './tree';

export interface KeyToPath {
  key: string;
  path: string;
  mode?: number;
}

export interface Projection {
  files: Record<string, string>;
  modes: Record<string, number>;
}

export function project(
  data: Record<string, string>,
  items: KeyToPath[] | undefined,
  defaultMode: number | undefined,
  into: Projection = { files: {}, modes: {} },
): Projection {
  const chosen: KeyToPath[] =
    items && items.length > 0 ? items : Object.keys(data).map((key) => ({ key, path: key }));
  for (const item of chosen) {
    if (!(item.key in data)) continue;
    into.files[item.path] = data[item.key];
    into.modes[item.path] = item.mode ?? defaultMode ?? DEFAULT_FILE_MODE;
  }
  return into;
}
