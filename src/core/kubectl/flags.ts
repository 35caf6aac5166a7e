// Which flags each verb accepts, so an unknown one fails the way cobra fails it, before anything runs.
// (Each command parses its own flags; this table only decides what is known.)
import type { CommandOutput } from './context';
import { fail } from './context';

export interface FlagSpec {
  /** Long names of flags that take no value. */
  bool: string[];
  /** Long names of flags that take a value. */
  value: string[];
  /** One-letter shorthands -> long name. */
  short: Record<string, string>;
}

/** kubectl's global options the playground accepts on every verb. */
const GLOBAL: FlagSpec = {
  bool: ['help'],
  value: ['namespace', 'context', 'kubeconfig', 'cluster', 'user', 'request-timeout', 'v'],
  short: { n: 'namespace', h: 'help', v: 'v' },
};

const spec = (bool: string[], value: string[], short: Record<string, string> = {}): FlagSpec => ({
  bool,
  value,
  short,
});

export const VERB_FLAGS: Record<string, FlagSpec> = {
  apply: spec(
    ['force', 'prune', 'recursive', 'server-side'],
    ['filename', 'dry-run', 'output', 'field-manager'],
    {
      f: 'filename',
      o: 'output',
      R: 'recursive',
    },
  ),
  create: spec(
    ['save-config', 'recursive'],
    ['filename', 'dry-run', 'output', 'tcp', 'from-literal', 'from-file', 'type', 'node-port', 'clusterip'],
    { f: 'filename', o: 'output', R: 'recursive' },
  ),
  delete: spec(
    ['force', 'now', 'all', 'ignore-not-found', 'wait'],
    ['grace-period', 'filename', 'selector'],
    {
      f: 'filename',
      l: 'selector',
    },
  ),
  get: spec(
    ['watch', 'watch-only', 'show-labels', 'all-namespaces', 'no-headers', 'show-kind'],
    ['output', 'selector', 'sort-by', 'label-columns'],
    { w: 'watch', o: 'output', l: 'selector', A: 'all-namespaces', L: 'label-columns' },
  ),
  describe: spec(['show-events', 'all-namespaces'], ['selector', 'chunk-size'], {
    l: 'selector',
    A: 'all-namespaces',
  }),
  logs: spec(
    ['follow', 'previous', 'timestamps', 'all-containers', 'prefix', 'ignore-errors'],
    ['container', 'tail', 'since', 'limit-bytes', 'selector'],
    { f: 'follow', p: 'previous', c: 'container', l: 'selector' },
  ),
  exec: spec(['stdin', 'tty', 'quiet'], ['container', 'filename'], {
    i: 'stdin',
    t: 'tty',
    q: 'quiet',
    c: 'container',
    f: 'filename',
  }),
  run: spec(
    ['stdin', 'tty', 'rm', 'command', 'attach', 'quiet'],
    ['image', 'restart', 'env', 'labels', 'port', 'dry-run', 'output', 'image-pull-policy'],
    { i: 'stdin', t: 'tty', l: 'labels', o: 'output', q: 'quiet' },
  ),
  label: spec(['overwrite', 'all', 'list'], ['selector', 'dry-run', 'output'], {
    l: 'selector',
    o: 'output',
  }),
  explain: spec(['recursive'], ['api-version', 'output'], {}),
  version: spec(['client'], ['output'], { o: 'output' }),
};

/** cobra's message for the first flag a verb does not know, or null when all are known. */
export function unknownFlag(verb: string, words: string[]): CommandOutput | null {
  const own = VERB_FLAGS[verb];
  if (!own) return null;
  const long = new Set([...own.bool, ...own.value, ...GLOBAL.bool, ...GLOBAL.value]);
  const short = { ...GLOBAL.short, ...own.short };
  const valueTaking = new Set([...own.value, ...GLOBAL.value]);
  const usage = `See 'kubectl ${verb} --help' for usage.\n`;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') break;
    if (w.startsWith('--')) {
      const name = w.slice(2).split('=')[0];
      if (!long.has(name)) return fail(`error: unknown flag: --${name}\n${usage}`);
      if (!w.includes('=') && valueTaking.has(name)) i++;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const letter = w[j];
        const name = short[letter];
        if (!name) return fail(`error: unknown shorthand flag: '${letter}' in ${w}\n${usage}`);
        // A value-taking shorthand eats the rest of the word, or the next word.
        if (valueTaking.has(name)) {
          if (j === w.length - 1) i++;
          break;
        }
      }
    }
  }
  return null;
}

/** Splits global options given before the verb (`kubectl -n kube-system get pods`). */
export function leadingGlobals(argv: string[]): { globals: string[]; rest: string[] } {
  const globals: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) {
    const w = argv[i];
    const name = w.startsWith('--') ? w.slice(2).split('=')[0] : GLOBAL.short[w.slice(1, 2)];
    globals.push(w);
    i++;
    const takesValue = name !== undefined && GLOBAL.value.includes(name);
    const inline = w.includes('=') || (!w.startsWith('--') && w.length > 2);
    if (takesValue && !inline && i < argv.length) globals.push(argv[i++]);
  }
  return { globals, rest: argv.slice(i) };
}
