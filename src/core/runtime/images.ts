// The image catalog: which images "exist" in the simulated registry, their default ENTRYPOINT/CMD,
// environment, size, and the root filesystem a container of that image starts with.
import { APPLET_MARKER, DEFAULT_PATH } from '../shell/commands';
import { APPLETS } from '../shell/applets/registry';
import type { ContainerWorld, Signal } from './types';
import { resolvConf } from './dns';
import { newDir, populate, type DirNode } from '../vfs/tree';
import { SERVER_PROGRAMS } from './servers';

export interface ImageSpec {
  /** Repository as users write it (`busybox`, `nginx`, `registry.k8s.io/pause`). */
  repo: string;
  entrypoint: string[];
  cmd: string[];
  env: [string, string][];
  /** Approximate size in bytes as containerd reports it in the `Pulled` event. */
  sizeBytes: number;
  /** Programs besides the busybox applets; a file's basename names its program in APPLETS. */
  programs: string[];
  /** The image's STOPSIGNAL (what the kubelet sends instead of TERM), when not TERM. */
  stopSignal?: Signal;
  /** Whether /bin holds the busybox applets (a shell and coreutils for `kubectl exec`). */
  shell: boolean;
  files?: Record<string, string>;
}

const NGINX_VERSION = '1.27.3';

const CATALOG: ImageSpec[] = [
  { repo: 'busybox', entrypoint: [], cmd: ['sh'], env: [], sizeBytes: 2_166_000, programs: [], shell: true },
  {
    repo: 'alpine',
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: [],
    sizeBytes: 3_653_000,
    programs: [],
    shell: true,
  },
  {
    repo: 'nginx',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [['NGINX_VERSION', NGINX_VERSION]],
    sizeBytes: 72_188_000,
    stopSignal: 'QUIT',
    programs: ['/docker-entrypoint.sh', '/usr/sbin/nginx'],
    shell: true,
    files: {
      '/usr/share/nginx/html/index.html':
        '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n',
      '/etc/nginx/conf.d/default.conf':
        'server {\n    listen       80;\n    server_name  localhost;\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
    },
  },
  {
    repo: 'redis',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [['REDIS_VERSION', '7.4.1']],
    sizeBytes: 45_128_000,
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/bin/redis-server'],
    shell: true,
  },
  {
    repo: 'registry.k8s.io/pause',
    entrypoint: ['/pause'],
    cmd: [],
    env: [],
    sizeBytes: 320_368,
    programs: ['/pause'],
    shell: false,
  },
];

const REGISTRY_PREFIXES = ['docker.io/library/', 'docker.io/', 'index.docker.io/library/', 'library/'];
const TAG_RE = /^(latest|stable|mainline|alpine|stable-alpine|mainline-alpine|[0-9][0-9A-Za-z._-]*)$/;

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

export function findImage(image: string): ImageSpec | null {
  const { repo, tag } = parseImage(image);
  const spec = CATALOG.find((s) => s.repo === repo);
  if (!spec || !TAG_RE.test(tag)) return null;
  return spec;
}

// Image programs are applets too: register them once.
for (const [name, program] of Object.entries(SERVER_PROGRAMS)) APPLETS[name] = program;

/** A fresh root filesystem for one container start. */
export function buildRoot(spec: ImageSpec | null, world: ContainerWorld): DirNode {
  const root = newDir();
  const files: Record<string, string> = {
    '/etc/hostname': world.hostname + '\n',
    '/etc/hosts':
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' +
      `${world.podIP}\t${world.hostname}\n`,
    '/etc/resolv.conf': resolvConf(world.namespace),
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    '/etc/group': 'root:x:0:\nwheel:x:10:root\nnobody:x:65534:\n',
    '/proc/1/cmdline': '',
    '/dev/null': '',
  };
  if (!spec || spec.shell) {
    for (const name of Object.keys(APPLETS)) {
      if (name in SERVER_PROGRAMS) continue;
      files[`/bin/${name}`] = APPLET_MARKER;
    }
  }
  for (const path of spec?.programs ?? []) files[path] = APPLET_MARKER;
  Object.assign(files, spec?.files ?? {});
  populate(root, files);
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
