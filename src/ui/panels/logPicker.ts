// Which containers the logs picker lists. A select of 10,000 options is a 10,000-node DOM and a list
// nobody scrolls: past LOG_PICKER_MAX the picker lists the first matches of what the learner types.

/** Options a picker lists at most. */
export const LOG_PICKER_MAX = 100;

/**
 * The first `max` names containing `query` (all of them when there are no more than `max`), in spec
 * order, and the chosen one even when it is not among them (a select must show its value). `matches`
 * counts every name that contains `query`; `listed` how many of them are in `options`.
 */
export function pickerOptions<T extends { name: string }>(
  containers: readonly T[],
  query: string,
  chosen: string,
  max = LOG_PICKER_MAX,
): { options: T[]; matches: number; listed: number } {
  if (containers.length <= max)
    return { options: [...containers], matches: containers.length, listed: containers.length };
  const q = query.trim();
  const options: T[] = [];
  let matches = 0;
  let chosenListed = false;
  for (const c of containers) {
    if (q && !c.name.includes(q)) continue;
    matches++;
    if (options.length < max) {
      options.push(c);
      if (c.name === chosen) chosenListed = true;
    }
  }
  const listed = options.length;
  const current = chosenListed ? undefined : containers.find((c) => c.name === chosen);
  if (current) options.unshift(current);
  return { options, matches, listed };
}
