// A cheap pre-scan for absurd nesting. The `yaml` package recurses per level; thousands of levels
// overflow the stack, and in V8 that can even end in a fatal out-of-memory instead of a catchable
// error. Real manifests nest a few dozen levels; we refuse anything deeper than MAX_NESTING.

export const MAX_NESTING = 200;

/**
 * An over-estimate of the nesting depth: block indentation levels, compact `- - x` sequences and
 * open flow brackets (quotes are ignored, so brackets inside strings count too). Stops early once
 * `limit` is exceeded and returns the line where that happened (1-based), or 0 when within limits.
 */
export function lineExceedingNesting(text: string, limit = MAX_NESTING): number {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let i = 0;
  while (i < text.length) {
    // Start of a line: indentation and compact sequence markers.
    let indent = 0;
    while (text[i] === ' ') {
      indent++;
      i++;
    }
    let depth = flow;
    if (flow === 0 && text[i] !== '\n' && text[i] !== '#' && i < text.length) {
      while (indents.length > 0 && indents[indents.length - 1] > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1] < indent) indents.push(indent);
      let compact = 0;
      while (text[i] === '-' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        compact++;
        i += 2;
        while (text[i] === ' ') i++;
      }
      depth = indents.length + compact;
    }
    // Rest of the line: flow brackets outside comments.
    let comment = false;
    while (i < text.length && text[i] !== '\n') {
      const ch = text[i];
      if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) comment = true;
      if (!comment) {
        if (ch === '[' || ch === '{') flow++;
        else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      }
      if (depth + flow > limit) return line;
      i++;
    }
    if (depth + flow > limit) return line;
    i++;
    line++;
  }
  return 0;
}
