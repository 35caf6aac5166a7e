// Image references against the catalog (catalog.ts, tags.ts), and the root filesystem and
// environment a container of an image starts with.
import { APPLET_MARKER, DEFAULT_PATH } from '../shell/commands';
import { APPLETS } from '../shell/applets/registry';
import type { ContainerWorld } from './types';
import { CATALOG, type ImageSpec } from './catalog';
import { tagExists, versionOf } from './tags';
import { IMAGE_PROGRAMS } from './programs';
import { resolvConf } from './dns';
import { markShared, newDir, newFile, populate, type DirNode, type FsNode } from '../vfs/tree';
import { SERVER_PROGRAMS } from './servers';

const REGISTRY_PREFIXES = ['docker.io/library/', 'docker.io/', 'index.docker.io/library/', 'library/'];

/** Split `docker.io/library/busybox:1.36@sha256:...` into a catalog repo and a tag. */
export function parseImage(image: string): { repo: string; tag: string } {
  let ref = image.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  let tag = 'latest';
  if (colon > slash) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  for (const p of REGISTRY_PREFIXES) if (ref.startsWith(p)) ref = ref.slice(p.length);
  if (ref === 'k8s.gcr.io/pause') ref = 'registry.k8s.io/pause';
  return { repo: ref, tag };
}

/** findImage's answers: the catalog never changes, so each reference is looked up once (and the same
 * spec object comes back every time, which keys the root templates below). Shared: do not modify. */
const imageCache = new Map<string, ImageSpec | null>();

/** The catalog entry for an image reference, its version environment set from the tag; null when the
 * repository or the tag does not exist. */
export function findImage(image: string): ImageSpec | null {
  let spec = imageCache.get(image);
  if (spec === undefined) {
    if (imageCache.size >= 256) imageCache.clear();
    imageCache.set(image, (spec = lookupImage(image)));
  }
  return spec;
}

function lookupImage(image: string): ImageSpec | null {
  const { repo, tag } = parseImage(image);
  const spec = CATALOG.find((s) => s.repo === repo);
  if (!spec || !tagExists(spec.tags, tag)) return null;
  if (!spec.versionEnv) return spec;
  const version = versionOf(spec.tags, tag);
  const env = spec.env.map(([k, v]): [string, string] => [k, k === spec.versionEnv ? version : v]);
  return { ...spec, env };
}

// Image programs are applets too: register them once.
const PROGRAMS = { ...SERVER_PROGRAMS, ...IMAGE_PROGRAMS };
for (const [name, program] of Object.entries(PROGRAMS)) APPLETS[name] = program;

/** The files of a root that depend on the pod, in the template as these placeholders. */
const HOSTNAME_FILE = '\u0000podlab:/etc/hostname\u0000';
const HOSTS_FILE = '\u0000podlab:/etc/hosts\u0000';
const RESOLV_FILE = '\u0000podlab:/etc/resolv.conf\u0000';

/** Per image spec (null: an image that does not exist), its root with placeholders for the pod's own
 * files, shared by every container of that image (see markShared). Building a root file by file,
 * and later copying it whole, was most of a crash-looping pod's simulation time. */
const rootTemplates = new WeakMap<object, DirNode>();
const NO_IMAGE = {};
/** Template directories holding a placeholder somewhere below: the ones each root copies. */
const withPodFiles = new WeakSet<DirNode>();

/** A fresh root filesystem for one container start: the image's template, its directories that hold
 * the pod's hostname, hosts and resolv.conf copied with those filled in, the rest shared until a
 * container changes it (the Filesystem copies on write). */
export function buildRoot(spec: ImageSpec | null, world: ContainerWorld): DirNode {
  let template = rootTemplates.get(spec ?? NO_IMAGE);
  if (!template) {
    template = buildTemplate(spec);
    notePodFiles(template);
    markShared(template);
    rootTemplates.set(spec ?? NO_IMAGE, template);
  }
  const podFiles: Record<string, string> = {
    [HOSTNAME_FILE]: world.hostname + '\n',
    [HOSTS_FILE]:
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' +
      `${world.podIP}\t${world.hostname}\n`,
    [RESOLV_FILE]: resolvConf(world.namespace),
  };
  return copyPodDirs(template, podFiles);
}

function isPlaceholder(content: string): boolean {
  return content === HOSTNAME_FILE || content === HOSTS_FILE || content === RESOLV_FILE;
}

/** Records which directories of a template hold placeholders; true when `dir` does. */
function notePodFiles(dir: DirNode): boolean {
  let found = false;
  for (const child of dir.entries.values())
    if (child.kind === 'dir' ? notePodFiles(child) : isPlaceholder(child.content)) found = true;
  if (found) withPodFiles.add(dir);
  return found;
}

/** The root of a container: `dir` (always a private copy), and below it private copies of the
 * directories and files that hold the pod's own files; everything else is the template's. */
function copyPodDirs(dir: DirNode, podFiles: Record<string, string>): DirNode {
  const out = newDir();
  for (const [name, child] of dir.entries) {
    if (child.kind === 'dir')
      out.entries.set(name, withPodFiles.has(child) ? copyPodDirs(child, podFiles) : child);
    else if (!isPlaceholder(child.content)) out.entries.set(name, child);
    else {
      const file = newFile(podFiles[child.content]);
      if (child.mode !== undefined) file.mode = child.mode;
      out.entries.set(name, file);
    }
  }
  if (dir.mode !== undefined) out.mode = dir.mode;
  return out;
}

/** The root of an image, as it was built for every container start before templates. */
function buildTemplate(spec: ImageSpec | null): DirNode {
  const root = newDir();
  const files: Record<string, string> = {
    '/etc/hostname': HOSTNAME_FILE,
    '/etc/hosts': HOSTS_FILE,
    '/etc/resolv.conf': RESOLV_FILE,
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    '/etc/group': 'root:x:0:\nwheel:x:10:root\nnobody:x:65534:\n',
    '/proc/1/cmdline': '',
    '/dev/null': '',
  };
  if (!spec || spec.shell) {
    for (const name of Object.keys(APPLETS)) {
      if (name in PROGRAMS) continue;
      files[`/bin/${name}`] = APPLET_MARKER;
    }
  }
  for (const path of spec?.programs ?? []) files[path] = APPLET_MARKER;
  Object.assign(files, spec?.files ?? {});
  if (spec?.workdir) files[`${spec.workdir}/.keep`] = '';
  populate(root, files);
  // Programs are executables: `ls -l /bin` shows -rwxr-xr-x.
  for (const [path, content] of Object.entries(files)) {
    if (content !== APPLET_MARKER) continue;
    let node: FsNode | undefined = root;
    for (const part of path.split('/').filter((s) => s))
      node = node?.kind === 'dir' ? node.entries.get(part) : undefined;
    if (node) node.mode = 0o755;
  }
  if (spec?.workdir) {
    let node: DirNode = root;
    for (const part of spec.workdir.split('/').filter((s) => s)) node = node.entries.get(part) as DirNode;
    node.entries.delete('.keep');
  }
  for (const dir of ['/tmp', '/root', '/home', '/var/log', '/usr/bin', '/usr/local/bin', '/sbin'])
    populate(root, { [`${dir}/.keep`]: '' });
  // Directories only: drop the placeholders.
  for (const dir of ['/tmp', '/root', '/home', '/var/log', '/usr/bin', '/usr/local/bin', '/sbin']) {
    let node: DirNode = root;
    for (const part of dir.split('/').filter((s) => s)) node = node.entries.get(part) as DirNode;
    node.entries.delete('.keep');
  }
  return root;
}

export type { ImageSpec };

export function imageEnv(spec: ImageSpec | null, world: ContainerWorld): [string, string][] {
  const env: [string, string][] = [
    ['PATH', DEFAULT_PATH],
    ['HOSTNAME', world.hostname],
  ];
  for (const kv of spec?.env ?? []) env.push(kv);
  for (const [k, v] of world.env) {
    const i = env.findIndex(([ek]) => ek === k);
    if (i >= 0) env[i] = [k, v];
    else env.push([k, v]);
  }
  if (!env.some(([k]) => k === 'HOME')) env.push(['HOME', '/root']);
  return env;
}
