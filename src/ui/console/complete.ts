// Tab completion for the console, like kubectl's shell completion: verbs, flags, resource types,
// object names at the player's time, container names after -c.
import { VERB_FLAGS } from '../../core/kubectl/flags';

export interface CompletionData {
  pods: string[];
  containers: Record<string, string[]>;
  services: string[];
  configmaps: string[];
  secrets: string[];
}

export interface Completion {
  /** The line with the completed word. */
  line: string;
  /** Candidates to list when the word could not be completed further (more than one match). */
  options: string[];
}

export const VERBS = [
  'apply',
  'create',
  'delete',
  'describe',
  'exec',
  'explain',
  'get',
  'label',
  'logs',
  'run',
  'version',
];
const TYPES = ['pods', 'services', 'configmaps', 'secrets', 'events', 'all'];
const OUTPUTS = ['json', 'name', 'wide', 'yaml'];

function namesOf(type: string, d: CompletionData): string[] {
  const t = type.toLowerCase();
  if (['pod', 'pods', 'po'].includes(t)) return d.pods;
  if (['svc', 'service', 'services'].includes(t)) return d.services;
  if (['cm', 'configmap', 'configmaps'].includes(t)) return d.configmaps;
  if (['secret', 'secrets'].includes(t)) return d.secrets;
  return [];
}

function flagsOf(verb: string): string[] {
  const spec = VERB_FLAGS[verb];
  if (!spec) return [];
  return [...spec.bool, ...spec.value, 'namespace', 'help'].map((f) => `--${f}`).sort();
}

/** Words a position can take, given the words before it. */
function candidates(words: string[], current: string, d: CompletionData): string[] {
  const [, verb, ...args] = words;
  if (words.length === 1) return VERBS;
  const prev = words.at(-1) ?? '';
  if (current.startsWith('-')) return flagsOf(verb ?? '');
  if (prev === '-o' || prev === '--output') return OUTPUTS;
  if (prev === '-n' || prev === '--namespace') return ['default'];
  const positional = args.filter(
    (w, i) => !w.startsWith('-') && !['-c', '--container', '-o', '-n'].includes(args[i - 1] ?? ''),
  );
  if (prev === '-c' || prev === '--container') {
    const pod = positional[0]?.replace(/^(pod|pods|po)\//, '');
    return pod ? (d.containers[pod] ?? []) : Object.values(d.containers).flat();
  }
  switch (verb) {
    case 'get':
    case 'describe':
    case 'delete':
    case 'label':
      return positional.length === 0 ? TYPES : namesOf(positional[0], d);
    case 'logs':
    case 'exec':
      return positional.length === 0 ? d.pods : [];
    case 'create':
      if (positional.length === 0) return ['configmap', 'secret', 'service'];
      if (positional.length === 1 && positional[0] === 'service') return ['clusterip', 'nodeport'];
      if (positional.length === 1 && positional[0] === 'secret') return ['generic'];
      return [];
    case 'explain':
      return positional.length === 0 ? ['pods', 'services', 'configmaps', 'secrets'] : [];
    default:
      return [];
  }
}

const commonPrefix = (xs: string[]) =>
  xs.reduce((p, x) => {
    let i = 0;
    while (i < p.length && i < x.length && p[i] === x[i]) i++;
    return p.slice(0, i);
  });

export function complete(line: string, d: CompletionData): Completion {
  const endsWithSpace = /\s$/.test(line) || line === '';
  const words = line.trim() ? line.trim().split(/\s+/) : [];
  if (words.length === 0) return { line: 'kubectl ', options: [] };
  const current = endsWithSpace ? '' : words.pop()!;
  if (words.length === 0) {
    // The program name itself.
    return 'kubectl'.startsWith(current) ? { line: 'kubectl ', options: [] } : { line, options: [] };
  }
  const eq = current.indexOf('=');
  if (current.startsWith('--') && eq > 0) {
    const flag = current.slice(0, eq);
    if (flag === '--output') {
      const partial = current.slice(eq + 1);
      const matches = OUTPUTS.filter((o) => o.startsWith(partial));
      const head = line.slice(0, line.length - current.length);
      if (matches.length === 1) return { line: `${head}${flag}=${matches[0]} `, options: [] };
      return { line, options: matches };
    }
    return { line, options: [] };
  }
  const matches = [...new Set(candidates(words, current, d))].filter((c) => c.startsWith(current));
  const head = line.slice(0, line.length - current.length);
  if (matches.length === 0) return { line, options: [] };
  if (matches.length === 1) return { line: `${head}${matches[0]} `, options: [] };
  const prefix = commonPrefix(matches);
  if (prefix.length > current.length) return { line: head + prefix, options: [] };
  return { line, options: matches };
}
