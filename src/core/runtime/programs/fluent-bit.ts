// Fluent Bit, the log shipper of the sidecar pattern: [INPUT] tail (a path glob on a shared volume)
// or cpu, [OUTPUT] stdout, in its classic config format. Each flush prints the new records the way
// the stdout output plugin does: `[0] tail.0: [[<sec>.<nsec>, {}], {"log"=>"..."}]`.
import { out, type Applet, type AppletCtx } from '../../shell/applet';
import { matchPattern } from '../../shell/pattern';
import { strftime } from '../../shell/applets/clock';
import { now } from '../servers';

const STOP = ['TERM', 'INT'];

interface Section {
  name: string;
  props: Map<string, string>;
}

export function parseFluentConfig(text: string): Section[] {
  const sections: Section[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const head = /^\[([A-Za-z_]+)\]$/.exec(line);
    if (head) {
      sections.push({ name: head[1].toUpperCase(), props: new Map() });
      continue;
    }
    const [k, ...v] = line.split(/\s+/);
    sections.at(-1)?.props.set(k.toLowerCase(), v.join(' '));
  }
  return sections;
}

/** Files matching a glob like `/var/log/*.log` (the glob may only be in the last component). */
function globFiles(ctx: AppletCtx, pattern: string): string[] {
  const dir = pattern.slice(0, pattern.lastIndexOf('/')) || '/';
  const base = pattern.slice(pattern.lastIndexOf('/') + 1);
  const fs = ctx.kernel.fs;
  if (fs.stat(dir)?.kind !== 'dir') return [];
  return fs
    .readdir(dir)
    .filter((n) => matchPattern(base, n) && fs.stat(`${dir}/${n}`)?.kind === 'file')
    .map((n) => `${dir === '/' ? '' : dir}/${n}`);
}

const escape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export const fluentBit: Applet = function* (ctx) {
  const args = ctx.argv.slice(1);
  const VERSION = ctx.env.find(([k]) => k === 'FLUENT_BIT_VERSION')?.[1] ?? '4.1.1';
  const log = (level: string, what: string, msg: string): string =>
    `[${strftime('%Y/%m/%d %H:%M:%S', now(ctx))}] [${level.padStart(5)}] [${what}] ${msg}\n`;
  if (args[0] === '--version' || args[0] === '-V') {
    yield* out(ctx, `Fluent Bit v${VERSION}\nGit commit: 7d16ac0d5f3a69e2f62a4d8a7ba4dc4ec2a2dc80\n`);
    return 0;
  }
  const i = args.indexOf('-c');
  const file = i >= 0 ? args[i + 1] : null;
  yield* ctx.stderr.write(
    `Fluent Bit v${VERSION}\n* Copyright (C) 2015-2025 The Fluent Bit Authors\n* Fluent Bit is a CNCF graduated project under the Fluent organization\n* https://fluentbit.io\n\n`,
  );
  if (file && !ctx.kernel.fs.exists(file)) {
    yield* ctx.stderr.write(log('error', 'config', `could not open configuration file ${file}`));
    return 1;
  }
  const sections = file ? parseFluentConfig(ctx.kernel.fs.readFile(file)) : [];
  const service = sections.find((s) => s.name === 'SERVICE');
  const flushMs = Math.max(100, Number(service?.props.get('flush') ?? '1') * 1000);
  const inputs = sections.filter((s) => s.name === 'INPUT');
  const outputs = sections.filter((s) => s.name === 'OUTPUT');
  const toStdout = outputs.some((o) => o.props.get('name') === 'stdout');
  yield* ctx.stderr.write(
    log('info', 'fluent bit', `version=${VERSION}, commit=7d16ac0d5f, pid=1`) +
      log('info', 'storage', 'ver=1.5.3, type=memory, sync=normal, checksum=off, max_chunks_up=128') +
      log('info', 'simd', 'SSE2') +
      log('info', 'cmetrics', 'version=1.0.5') +
      inputs
        .map((s, n) =>
          log('info', `input:${s.props.get('name')}:${s.props.get('name')}.${n}`, 'initializing'),
        )
        .join('') +
      outputs
        .map((s, n) =>
          log('info', `output:${s.props.get('name')}:${s.props.get('name')}.${n}`, 'worker #0 started'),
        )
        .join('') +
      log('info', 'sp', 'stream processor started'),
  );
  // Per tailed file, the offset already shipped. Files present at startup are read from their end
  // (read_from_head false); files found later from their start.
  const offsets = new Map<string, number>();
  const tails = inputs.map((s, n) => ({
    section: s,
    tag: s.props.get('tag') ?? `${s.props.get('name')}.${n}`,
  }));
  for (const t of tails)
    if (t.section.props.get('name') === 'tail' && t.section.props.get('read_from_head') !== 'true')
      for (const f of globFiles(ctx, t.section.props.get('path') ?? ''))
        offsets.set(f, ctx.kernel.fs.readFile(f).length);
  ctx.proc.setDisposition((sig) => (STOP.includes(sig) ? 'trap' : 'default'));
  for (;;) {
    yield { k: 'sleep', ms: flushMs };
    const sig = ctx.proc.pending.shift();
    if (sig) {
      yield* ctx.stderr.write(
        `[${strftime('%Y/%m/%d %H:%M:%S', now(ctx))}] [engine] caught signal (SIG${sig})\n` +
          log('warn', 'engine', 'service will shutdown in max 5 seconds') +
          log('info', 'engine', 'service has stopped (0 pending tasks)'),
      );
      return 0;
    }
    const t = now(ctx);
    const stamp = `${Math.floor(t / 1000)}.${String(t % 1000).padStart(3, '0')}000000`;
    let text = '';
    for (const { section, tag } of tails) {
      const kind = section.props.get('name');
      const records: string[] = [];
      if (kind === 'cpu') records.push('{"cpu_p"=>0.500000, "user_p"=>0.250000, "system_p"=>0.250000}');
      if (kind === 'tail')
        for (const f of globFiles(ctx, section.props.get('path') ?? '')) {
          const content = ctx.kernel.fs.readFile(f);
          const from = Math.min(offsets.get(f) ?? 0, content.length);
          const end = content.lastIndexOf('\n') + 1;
          if (end <= from) continue;
          ctx.kernel.fileActivity('file-read', f);
          for (const line of content.slice(from, end - 1).split('\n'))
            records.push(`{"log"=>"${escape(line)}"}`);
          offsets.set(f, end);
        }
      if (records.length > 0 && toStdout)
        text += records.map((r, n) => `[${n}] ${tag}: [[${stamp}, {}], ${r}]\n`).join('');
    }
    if (text) yield* out(ctx, text);
  }
};
