// The headless `simulate` command: FILE.yaml + --at commands -> the trace, as JSON or as text.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { simulateCommands } from '../core/simulate';
import { parseCliArgs, USAGE } from './args';
import { toHuman, toJson } from './output';

function main(argv: string[]): number {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    if (args.error === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    process.stderr.write(`simulate: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`simulate: cannot read ${args.file}: ${(e as Error).message}\n`);
    return 2;
  }
  // Files the --at commands may name (`kubectl apply -f services.yaml`) are read on demand.
  const files: Record<string, string> = new Proxy({ [args.file]: text } as Record<string, string>, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      if (!(name in target)) {
        try {
          target[name] = fs.readFileSync(path.resolve(name), 'utf8');
        } catch {
          return undefined;
        }
      }
      return target[name];
    },
  });
  const shown = path.basename(args.file);
  files[shown] = text;
  const inputs = [
    { t: 0, command: `kubectl apply -f ${shown}` },
    ...args.at.map((a) => ({ t: Math.round(a.t * 1000), command: a.command })),
  ];
  const trace = simulateCommands(inputs, { until: Math.round(args.until * 1000), seed: args.seed, files });
  const mainPod = firstPodName(text);
  process.stdout.write(args.json ? JSON.stringify(toJson(trace, mainPod)) + '\n' : toHuman(trace));
  return 0;
}

function firstPodName(text: string): string | null {
  try {
    for (const d of parseAllDocuments(text)) {
      const o = d.toJS({ maxAliasCount: 100 }) as { kind?: string; metadata?: { name?: string } } | null;
      if (o?.kind === 'Pod' && o.metadata?.name) return o.metadata.name;
    }
  } catch {
    return null;
  }
  return null;
}

process.exitCode = main(process.argv.slice(2));
