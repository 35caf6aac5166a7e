// Programs of catalog images beyond busybox and the servers in ../servers.ts, by file basename.
import type { Applet } from '../../shell/applet';
import { runArgv } from '../../shell/commands';
import { curl, curlEntrypoint } from './curl';
import { apache, mysqld, postgres } from './databases';
import { fluentBit } from './fluent-bit';
import { git } from './git';
import { haproxy } from './haproxy';
import { node, python } from './scripts';

export const IMAGE_PROGRAMS: Record<string, Applet> = {
  curl,
  'entrypoint.sh': (ctx) => curlEntrypoint(ctx, runArgv),
  'fluent-bit': fluentBit,
  git,
  haproxy,
  'httpd-foreground': apache,
  mysqld,
  node,
  postgres,
  python,
  python3: python,
};
