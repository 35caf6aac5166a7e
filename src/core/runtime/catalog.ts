// The image catalog: repositories that exist in the simulated registry, their real tags, default
// ENTRYPOINT/CMD, environment, size, and the files their root filesystem starts with.
import type { Signal } from './types';
import { minors, type TagRules } from './tags';

export interface ImageSpec {
  /** Repository as users write it (`busybox`, `nginx`, `registry.k8s.io/pause`). */
  repo: string;
  tags: TagRules;
  /** Environment variable that carries the tag's full version (`NGINX_VERSION`). */
  versionEnv?: string;
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
  /** The image's WORKDIR. */
  workdir?: string;
}

const NGINX_HTML =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n';
const NGINX_CONF =
  'server {\n    listen       80;\n    server_name  localhost;\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n';

const LIBC = ['-musl', '-glibc', '-uclibc'];
const DEBIAN = ['-bookworm', '-bullseye', '-trixie'];

export const CATALOG: ImageSpec[] = [
  {
    repo: 'busybox',
    tags: {
      versions: {
        ...minors('1', { 28: 4, 29: 3, 30: 1, 31: 1, 32: 1, 33: 1, 34: 1, 35: 0, 36: 1, 37: 0 }),
      },
      named: ['latest', 'stable', 'unstable', 'musl', 'glibc', 'uclibc'],
      suffixes: LIBC,
      latest: '1.37.0',
    },
    entrypoint: [],
    cmd: ['sh'],
    env: [],
    sizeBytes: 2_166_000,
    programs: [],
    shell: true,
  },
  {
    repo: 'alpine',
    tags: {
      versions: minors('3', {
        ...{ 10: 9, 11: 13, 12: 12, 13: 12, 14: 10, 15: 11, 16: 9, 17: 10, 18: 12, 19: 8 },
        ...{ 20: 7, 21: 4, 22: 2 },
      }),
      named: ['latest', 'edge'],
      suffixes: [],
      latest: '3.22.2',
    },
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: [],
    sizeBytes: 3_653_000,
    programs: [],
    shell: true,
  },
  {
    repo: 'nginx',
    tags: {
      versions: minors('1', { 20: 2, 21: 6, 22: 1, 23: 4, 24: 0, 25: 5, 26: 3, 27: 5, 28: 0, 29: 3 }),
      named: ['latest', 'stable', 'mainline', 'alpine', 'alpine-slim', 'perl', 'otel', 'bookworm'],
      suffixes: ['-alpine', '-alpine-slim', '-alpine-perl', '-alpine-otel', '-perl', '-otel', ...DEBIAN],
      latest: '1.29.3',
    },
    versionEnv: 'NGINX_VERSION',
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env: [['NGINX_VERSION', '1.29.3']],
    sizeBytes: 72_188_000,
    stopSignal: 'QUIT',
    programs: ['/docker-entrypoint.sh', '/usr/sbin/nginx'],
    shell: true,
    files: {
      '/usr/share/nginx/html/index.html': NGINX_HTML,
      '/usr/share/nginx/html/50x.html':
        '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n</html>\n',
      '/etc/nginx/conf.d/default.conf': NGINX_CONF,
    },
  },
  {
    repo: 'redis',
    tags: {
      versions: {
        ...minors('6', { 0: 20, 2: 20 }),
        ...minors('7', { 0: 15, 2: 11, 4: 6 }),
        ...minors('8', { 0: 5, 2: 3 }),
      },
      named: ['latest', 'alpine', 'bookworm'],
      suffixes: ['-alpine', ...DEBIAN],
      latest: '8.2.3',
    },
    versionEnv: 'REDIS_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [['REDIS_VERSION', '8.2.3']],
    sizeBytes: 45_128_000,
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/bin/redis-server'],
    shell: true,
    workdir: '/data',
  },
  {
    repo: 'httpd',
    tags: {
      versions: { '2.4': 65 },
      named: ['latest', 'alpine', 'bookworm', 'trixie'],
      suffixes: ['-alpine', ...DEBIAN],
      latest: '2.4.65',
    },
    versionEnv: 'HTTPD_VERSION',
    entrypoint: [],
    cmd: ['httpd-foreground'],
    env: [
      ['HTTPD_PREFIX', '/usr/local/apache2'],
      ['HTTPD_VERSION', '2.4.65'],
    ],
    sizeBytes: 45_270_000,
    programs: ['/usr/local/bin/httpd-foreground'],
    shell: true,
    workdir: '/usr/local/apache2',
    files: { '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n' },
  },
  {
    repo: 'postgres',
    tags: {
      versions: { '13': 22, '14': 19, '15': 14, '16': 10, '17': 6, '18': 0 },
      named: ['latest', 'alpine', 'bookworm', 'trixie'],
      suffixes: ['-alpine', ...DEBIAN],
      latest: '18.0',
    },
    versionEnv: 'PG_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    env: [
      ['PG_VERSION', '18.0'],
      ['PGDATA', '/var/lib/postgresql/data'],
    ],
    sizeBytes: 158_300_000,
    stopSignal: 'INT',
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/bin/postgres'],
    shell: true,
  },
  {
    repo: 'mysql',
    tags: {
      versions: { '8.0': 43, '8.4': 6, '9.0': 1, '9.1': 0, '9.2': 0, '9.3': 0, '9.4': 0 },
      named: ['latest', 'lts', 'innovation', 'oracle'],
      suffixes: ['-oracle', '-debian'],
      latest: '9.4.0',
    },
    versionEnv: 'MYSQL_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: [['MYSQL_VERSION', '9.4.0']],
    sizeBytes: 233_500_000,
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/sbin/mysqld'],
    shell: true,
  },
  {
    repo: 'curlimages/curl',
    tags: {
      versions: minors('8', {
        5: 0,
        6: 0,
        7: 1,
        8: 0,
        9: 1,
        10: 1,
        11: 1,
        12: 1,
        13: 0,
        14: 1,
        15: 0,
        16: 0,
      }),
      named: ['latest'],
      suffixes: [],
      latest: '8.16.0',
    },
    versionEnv: 'CURL_VERSION',
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    env: [['CURL_VERSION', '8.16.0']],
    sizeBytes: 11_950_000,
    programs: ['/entrypoint.sh', '/usr/bin/curl'],
    shell: true,
  },
  {
    repo: 'alpine/git',
    tags: {
      versions: minors('2', { 36: 3, 40: 1, 43: 0, 45: 2, 47: 2, 49: 1 }),
      named: ['latest', 'edge'],
      suffixes: [],
      latest: '2.49.1',
    },
    entrypoint: ['git'],
    cmd: ['--help'],
    env: [],
    sizeBytes: 38_900_000,
    programs: ['/usr/bin/git'],
    shell: true,
    workdir: '/git',
  },
  {
    repo: 'fluent/fluent-bit',
    tags: {
      versions: {
        ...minors('2', { 0: 14, 1: 10, 2: 3 }),
        ...minors('3', { 0: 7, 1: 10, 2: 10 }),
        ...minors('4', { 0: 12, 1: 1 }),
      },
      named: ['latest', 'latest-debug'],
      suffixes: ['-debug'],
      latest: '4.1.1',
    },
    versionEnv: 'FLUENT_BIT_VERSION',
    entrypoint: ['/fluent-bit/bin/fluent-bit'],
    cmd: ['-c', '/fluent-bit/etc/fluent-bit.conf'],
    env: [['FLUENT_BIT_VERSION', '4.1.1']],
    sizeBytes: 36_200_000,
    programs: ['/fluent-bit/bin/fluent-bit'],
    // A distroless image: no shell, so `kubectl exec ... -- sh` fails (the -debug tags have one).
    shell: false,
    files: {
      '/fluent-bit/etc/fluent-bit.conf':
        '[SERVICE]\n    flush        1\n    log_level    info\n\n[INPUT]\n    name cpu\n    tag  cpu.local\n    interval_sec 1\n\n[OUTPUT]\n    name  stdout\n    match *\n',
    },
  },
  {
    repo: 'haproxy',
    tags: {
      versions: { ...minors('2', { 4: 29, 6: 22, 8: 15 }), ...minors('3', { 0: 11, 1: 8, 2: 4 }) },
      named: ['latest', 'lts', 'alpine', 'lts-alpine', 'bookworm'],
      suffixes: ['-alpine', ...DEBIAN],
      latest: '3.2.4',
    },
    versionEnv: 'HAPROXY_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg'],
    env: [['HAPROXY_VERSION', '3.2.4']],
    sizeBytes: 39_400_000,
    stopSignal: 'USR1',
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/sbin/haproxy'],
    shell: true,
  },
  {
    repo: 'python',
    tags: {
      versions: { '3.9': 23, '3.10': 18, '3.11': 13, '3.12': 11, '3.13': 7, '3.14': 0 },
      named: ['latest', 'slim', 'alpine', 'bookworm', 'slim-bookworm', '3', '3-slim', '3-alpine'],
      suffixes: ['-slim', '-alpine', '-slim-bookworm', ...DEBIAN],
      latest: '3.14.0',
    },
    versionEnv: 'PYTHON_VERSION',
    entrypoint: [],
    cmd: ['python3'],
    env: [['PYTHON_VERSION', '3.14.0']],
    sizeBytes: 48_800_000,
    programs: ['/usr/local/bin/python3', '/usr/local/bin/python'],
    shell: true,
  },
  {
    repo: 'node',
    tags: {
      versions: { '18': 20, '20': 19, '22': 21, '24': 11 },
      named: ['latest', 'lts', 'current', 'alpine', 'slim', 'lts-alpine', 'lts-slim'],
      suffixes: ['-alpine', '-slim', ...DEBIAN],
      latest: '24.11.0',
    },
    versionEnv: 'NODE_VERSION',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['node'],
    env: [['NODE_VERSION', '24.11.0']],
    sizeBytes: 56_100_000,
    programs: ['/usr/local/bin/docker-entrypoint.sh', '/usr/local/bin/node'],
    shell: true,
  },
  {
    repo: 'registry.k8s.io/pause',
    tags: {
      versions: minors('3', { 1: 0, 2: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0 }),
      named: ['latest'],
      suffixes: [],
      latest: '3.10',
    },
    entrypoint: ['/pause'],
    cmd: [],
    env: [],
    sizeBytes: 320_368,
    programs: ['/pause'],
    shell: false,
  },
];
