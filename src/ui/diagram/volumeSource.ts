// How a volume's source reads on its node: `emptyDir`, `configMap: app-config`, `secret: db-pass`.
import type { Volume } from '../../core/manifest/types';

export function volumeSource(v: Volume): string {
  const [key, value] = Object.entries(v).find(([k]) => k !== 'name') ?? ['emptyDir', {}];
  const ref = value as { name?: string; secretName?: string; claimName?: string; path?: string } | null;
  const detail = ref?.name ?? ref?.secretName ?? ref?.claimName ?? ref?.path;
  return detail ? `${key}: ${detail}` : key;
}
