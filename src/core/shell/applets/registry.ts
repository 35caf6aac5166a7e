// Every applet by name. `sh` is added by shell/sh.ts (it needs the interpreter, which needs this).
import type { Applet } from '../applet';
import { awk } from './awk';
import * as b from './basic';
import * as f from './files';
import { nslookup } from './net';
import { httpd } from './httpd';
import { nc, wget } from './netclient';
import { netstat, ping } from './ping';
import { kill, ps } from './proc';
import { sed } from './sed';
import { test } from './test';
import * as t from './text';

export const APPLETS: Record<string, Applet> = {
  '[': test,
  awk,
  basename: b.basenameApplet,
  cat: f.cat,
  chmod: f.chmod,
  cp: f.cp,
  cut: t.cut,
  date: b.date,
  dirname: b.dirnameApplet,
  echo: b.echo,
  env: b.env,
  false: b.falseApplet,
  grep: t.grep,
  head: t.head,
  hostname: b.hostname,
  httpd,
  id: b.id,
  kill,
  ls: f.ls,
  mkdir: f.mkdir,
  mv: f.mv,
  nc,
  netstat,
  nslookup,
  printenv: b.printenv,
  printf: b.printf,
  ping,
  ps,
  rm: f.rm,
  rmdir: f.rmdir,
  sed,
  seq: b.seq,
  sleep: b.sleep,
  sort: t.sort,
  tail: t.tail,
  tee: f.tee,
  test,
  touch: f.touch,
  tr: t.tr,
  true: b.trueApplet,
  uname: b.uname,
  uniq: t.uniq,
  wc: t.wc,
  wget,
  whoami: b.whoami,
  yes: b.yes,
};
