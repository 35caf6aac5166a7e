// EnsureImageExists: pull policy, the node's image cache, pull events and the image pull back-off
// (semantics spec section 9.3).
import type { Millis } from '../trace/types';
import { imageInfo } from '../runtime';
import { formatGoDuration } from '../kubectl/duration';
import { INITIAL_BACKOFF, MAX_BACKOFF } from './backoff';
import type { ContainerSpec } from './pod-spec';
import type { PodWorker } from './pod-worker';

type Emit = (type: 'Normal' | 'Warning', reason: string, message: string) => void;

/** `busybox` -> docker.io/library/busybox:latest, as containerd names it in errors. */
export function normalizeImage(image: string): { full: string; repo: string; tag: string | null } {
  let name = image;
  let tag: string | null = null;
  const at = name.indexOf('@');
  if (at >= 0) name = name.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const first = name.split('/')[0];
  const hasRegistry =
    name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const repo = hasRegistry ? name : name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
  return { full: `${repo}:${tag ?? 'latest'}`, repo, tag };
}

/** Images with an explicit tag are assumed to be on the node already (the scenarios' assumption). */
function presentOnNode(image: string): boolean {
  const { tag } = normalizeImage(image);
  return tag !== null && tag !== 'latest';
}

export class ImagePuller {
  private pulled = new Set<string>();
  private backoff = new Map<string, { backoff: Millis; lastUpdate: Millis }>();

  constructor(private pod: PodWorker) {}

  /** Resolves true when the image is ready; false (with events and a waiting reason) when not. */
  *ensure(c: ContainerSpec, emit: Emit): Generator<Millis, boolean> {
    const pod = this.pod;
    const image = c.image;
    const info = imageInfo(image);
    const present = info.exists && (presentOnNode(image) || this.pulled.has(image));
    if (c.imagePullPolicy !== 'Always' && present) {
      emit('Normal', 'Pulled', `Container image "${image}" already present on machine`);
      return true;
    }
    if (c.imagePullPolicy === 'Never') {
      const message = `Container image "${image}" is not present with pull policy of Never`;
      emit('Warning', 'ErrImageNeverPull', message);
      pod.reasonCache.set(c.name, { reason: 'ErrImageNeverPull', message });
      return false;
    }
    const entry = this.backoff.get(image);
    const error = this.pullError(image);
    if (entry && pod.now - entry.lastUpdate < entry.backoff) {
      emit('Normal', 'BackOff', `Back-off pulling image "${image}"`);
      emit('Warning', 'Failed', 'Error: ImagePullBackOff');
      pod.reasonCache.set(c.name, {
        reason: 'ImagePullBackOff',
        message: `Back-off pulling image "${image}": ErrImagePull: ${error}`,
      });
      return false;
    }
    emit('Normal', 'Pulling', `Pulling image "${image}"`);
    const duration = pod.env.prng.int(600, 2400);
    yield duration;
    if (!info.exists) {
      emit('Warning', 'Failed', `Failed to pull image "${image}": ${error}`);
      emit('Warning', 'Failed', 'Error: ErrImagePull');
      pod.reasonCache.set(c.name, { reason: 'ErrImagePull', message: error });
      const expired = entry && pod.now - entry.lastUpdate > 2 * MAX_BACKOFF;
      this.backoff.set(image, {
        backoff: !entry || expired ? INITIAL_BACKOFF : Math.min(2 * entry.backoff, MAX_BACKOFF),
        lastUpdate: pod.now,
      });
      return false;
    }
    const d = formatGoDuration(duration);
    emit(
      'Normal',
      'Pulled',
      `Successfully pulled image "${image}" in ${d} (${d} including waiting). Image size: ${info.sizeBytes} bytes.`,
    );
    this.pulled.add(image);
    return true;
  }

  private pullError(image: string): string {
    const { full, repo } = normalizeImage(image);
    const repoKnown =
      imageInfo(`${repo}:latest`).exists || imageInfo(repo.replace(/^docker\.io\/(library\/)?/, '')).exists;
    if (repoKnown) {
      return `rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`;
    }
    return `rpc error: code = Unknown desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
}
