// Volumes: directory trees that live as long as the pod (emptyDir, configMap, secret...), shared by
// every container that mounts them and kept across container restarts.
import { byteLength, newDir, populate, type DirNode, type FsNode } from './tree';

/** Default cap for a volume's total size when the pod sets no sizeLimit: 64 MiB. Real emptyDirs are
 * bounded by the node's disk; a browser tab is bounded by memory. */
export const DEFAULT_VOLUME_LIMIT_BYTES = 64 * 1024 * 1024;

export interface Volume {
  name: string;
  root: DirNode;
  sizeLimitBytes: number;
  /** `emptyDir.medium: Memory`: a tmpfs (its bytes count as the container's memory). */
  medium?: 'Memory';
}

export interface Mount {
  mountPath: string;
  volume: Volume;
  readOnly: boolean;
  subPath?: string;
}

export function createVolume(
  name: string,
  files?: Record<string, string>,
  opts?: { sizeLimitBytes?: number; medium?: 'Memory'; modes?: Record<string, number> },
): Volume {
  const root = newDir();
  if (files) populate(root, files);
  for (const [path, mode] of Object.entries(opts?.modes ?? {})) {
    const node = path
      .split('/')
      .filter((s) => s)
      .reduce<FsNode | undefined>((n, part) => (n?.kind === 'dir' ? n.entries.get(part) : undefined), root);
    if (node) node.mode = mode;
  }
  const volume: Volume = { name, root, sizeLimitBytes: opts?.sizeLimitBytes ?? DEFAULT_VOLUME_LIMIT_BYTES };
  if (opts?.medium) volume.medium = opts.medium;
  return volume;
}

/** Every file of the volume, sorted by path; paths are relative to the volume root (`sub/a.txt`). */
export function listFiles(volume: Volume): { path: string; size: number; content: string }[] {
  const out: { path: string; size: number; content: string }[] = [];
  const walk = (node: FsNode, prefix: string): void => {
    if (node.kind === 'file') {
      out.push({ path: prefix, size: byteLength(node.content), content: node.content });
      return;
    }
    for (const name of [...node.entries.keys()].sort())
      walk(node.entries.get(name)!, prefix ? `${prefix}/${name}` : name);
  };
  walk(volume.root, '');
  return out;
}
