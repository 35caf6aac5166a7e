// A pasted `kubectl apply -f - <<EOF ... EOF`: the first line is the command, the body its stdin.
// Also says when a typed heredoc is still open, so Enter adds a line instead of running it.
export interface ConsoleCommand {
  command: string;
  stdin?: string;
}

const OPEN = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/;

/** The heredoc delimiter a first line opens, or null. */
export function heredocDelimiter(firstLine: string): string | null {
  return OPEN.exec(firstLine)?.[2] ?? null;
}

/** True when the text opens a heredoc whose closing delimiter line has not come yet. */
export function heredocOpen(text: string): boolean {
  const [first, ...rest] = text.split('\n');
  const delim = heredocDelimiter(first);
  return delim !== null && !rest.some((l) => l.trim() === delim);
}

/** Splits text into the commands it holds (one per line; a heredoc body travels with its command). */
export function splitConsoleInput(text: string): ConsoleCommand[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ConsoleCommand[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const delim = heredocDelimiter(line);
    if (!delim) {
      out.push({ command: line.trim() });
      continue;
    }
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== delim; j++) body.push(lines[j]);
    out.push({ command: line.replace(OPEN, '').trim(), stdin: body.length ? body.join('\n') + '\n' : '' });
    i = j;
  }
  return out;
}
