// Splits a command line the way a POSIX shell would for simple commands: quotes, backslashes,
// no expansion. `kubectl exec p -- sh -c 'echo hi'` -> ['kubectl','exec','p','--','sh','-c','echo hi'].
export function splitCommandLine(line: string): { argv: string[]; error: string | null } {
  const argv: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) current += line[++i];
      else current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) argv.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return { argv, error: `unexpected EOF while looking for matching \`${quote}'` };
  if (inWord) argv.push(current);
  return { argv, error: null };
}

export interface ParsedFlags {
  /** Positional arguments (before `--`). */
  args: string[];
  /** Everything after `--`. */
  rest: string[];
  flags: Map<string, string[]>;
}

/**
 * Parses kubectl-style flags. `boolFlags` never take a separate value; other flags take the next
 * word unless given as --flag=value. Short flags may be bundled for booleans (-it).
 */
export function parseFlags(
  words: string[],
  boolFlags: Set<string>,
  shortAliases: Record<string, string>,
): ParsedFlags {
  const out: ParsedFlags = { args: [], rest: [], flags: new Map() };
  const add = (name: string, value: string) => out.flags.set(name, [...(out.flags.get(name) ?? []), value]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      out.rest = words.slice(i + 1);
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      if (eq >= 0) add(name, w.slice(eq + 1));
      else if (boolFlags.has(name)) add(name, 'true');
      else add(name, i + 1 < words.length ? words[++i] : '');
      continue;
    }
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      const letters = w.slice(1);
      const eq = letters.indexOf('=');
      if (eq >= 0) {
        add(shortAliases[letters.slice(0, eq)] ?? letters.slice(0, eq), letters.slice(eq + 1));
        continue;
      }
      const first = shortAliases[letters[0]] ?? letters[0];
      if (!boolFlags.has(first)) {
        add(first, letters.length > 1 ? letters.slice(1) : i + 1 < words.length ? words[++i] : '');
        continue;
      }
      for (const l of letters) add(shortAliases[l] ?? l, 'true');
      continue;
    }
    out.args.push(w);
  }
  return out;
}
