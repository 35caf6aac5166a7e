// Go's text/tabwriter (the algorithm kubectl describe relies on): cells are tab-terminated; a
// column's width is computed per block of consecutive lines that have that column, so sections of
// `kubectl describe` align exactly as kubectl prints them.
const width = (s: string) => [...s].length;

export function goTabwriter(text: string, padding: number, minwidth = 0): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];
  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let s = '';
      cells.forEach((cell, j) => {
        if (j < cells.length - 1) s += cell + ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(cell)));
        else s += cell;
      });
      out.push(s);
    }
  };
  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      writeLines(line0, i);
      line0 = i;
      let w = minwidth;
      for (; i < line1; i++) {
        if (column >= lines[i].length - 1) break;
        w = Math.max(w, width(lines[i][column]) + padding);
      }
      widths.push(w);
      format(line0, i);
      widths.pop();
      line0 = i;
      i--; // the for loop's i++ resumes at the line that ended the block
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join('\n');
}
