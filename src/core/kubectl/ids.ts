// Container and image IDs as the runtime reports them: 64 hex digits, stable for a given input.
// A container ID changes with every run (a restart is a new container); an image digest depends on
// the image reference only (repository and tag), like a registry's.

/** 64 hex digits derived from a string (FNV-1a, four lanes): deterministic, no randomness. */
function hex64(seed: string): string {
  let out = '';
  for (let lane = 0; lane < 8; lane++) {
    let h = 0x811c9dc5 ^ lane;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export function containerId(podUid: string, container: string, run: number): string {
  return `containerd://${hex64(`${podUid}/${container}/${run}`)}`;
}

/** The image's fully qualified repository, as `Image ID` and `imageID` show it. */
export function imageRepository(image: string): string {
  const name = image.split('@')[0].replace(/:[^/:]*$/, '');
  const first = name.split('/')[0];
  if (!name.includes('/')) return `docker.io/library/${name}`;
  if (first.includes('.') || first.includes(':') || first === 'localhost') return name;
  return `docker.io/${name}`;
}

export function imageId(image: string): string {
  const tagged = image.includes(':') || image.includes('@') ? image : `${image}:latest`;
  return `${imageRepository(image)}@sha256:${hex64(tagged)}`;
}
