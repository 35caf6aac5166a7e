// kubectl label pod NAME k=v [k2-] [--overwrite]: kubectl's messages for added, removed and rejected labels.
import { parseFlags } from './argv';
import { fail, ok, resourceType, type CommandOutput, type KubectlContext } from './context';

export function labelCommand(words: string[], ctx: KubectlContext): CommandOutput {
  const p = parseFlags(words, new Set(['overwrite', 'all', 'list']), { n: 'namespace', l: 'selector' });
  let [typeWord, ...rest] = p.args;
  if (!typeWord)
    return fail(
      "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl label -h' for help and examples\n",
    );
  if (typeWord.includes('/')) [typeWord, ...rest] = [typeWord.split('/')[0], typeWord.split('/')[1], ...rest];
  const type = resourceType(typeWord);
  if (!type) return fail(`error: the server doesn't have a resource type "${typeWord}"\n`);
  const name = rest.find((w) => !w.includes('=') && !w.endsWith('-'));
  const changes = rest.filter((w) => w !== name);
  if (changes.length === 0)
    return fail(
      "error: at least one label update is required\nSee 'kubectl label -h' for help and examples\n",
    );
  if (type !== 'pods') return fail(`error: the playground only labels pods\n`);
  if (!name)
    return fail(
      "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl label -h' for help and examples\n",
    );
  const pod = ctx.cluster.pods.get(name);
  if (!pod || pod.removed) return fail(`Error from server (NotFound): pods "${name}" not found\n`);
  const meta = (pod.pod.metadata ??= {});
  const labels = { ...(meta.labels ?? {}) };
  let changed = false;
  let added = false;
  for (const c of changes) {
    if (c.endsWith('-') && !c.includes('=')) {
      const key = c.slice(0, -1);
      if (key in labels) {
        delete labels[key];
        changed = true;
      }
      continue;
    }
    const [key, value] = [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)];
    if (key in labels && labels[key] !== value && !p.flags.has('overwrite'))
      return fail(`error: '${key}' already has a value (${labels[key]}), and --overwrite is false\n`);
    if (labels[key] !== value) {
      labels[key] = value;
      changed = true;
      added = true;
    }
  }
  meta.labels = labels;
  return ok(`pod/${name} ${!changed ? 'not labeled' : added ? 'labeled' : 'unlabeled'}\n`);
}
