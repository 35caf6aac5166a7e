// Go's text/tabwriter as kubectl uses it (minwidth 0, padding 2 for describe, 3 for get tables):
// each column is as wide as its widest cell plus the padding; the last column is not padded.
export function tabulate(rows: string[][], padding: number, indent = ''): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map(
      (r) =>
        indent +
        r
          .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] + padding)))
          .join('')
          .replace(/\s+$/, ''),
    )
    .join('\n');
}
