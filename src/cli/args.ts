// Argument parsing of the headless `simulate` command (contract: shared/spec/simulate-cli.md).
export interface CliArgs {
  file: string;
  until: number; // seconds
  at: { t: number; command: string }[];
  json: boolean;
  seed: number;
}

export const USAGE =
  "usage: simulate FILE.yaml [--until SECONDS] [--at 'SECONDS=COMMAND']... [--json] [--seed N]";

export function parseCliArgs(argv: string[]): CliArgs | { error: string } {
  let file: string | null = null;
  let until = 600;
  let json = false;
  let seed = 1;
  const at: CliArgs['at'] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (a.startsWith(`--${name}=`)) return a.slice(eq + 1);
      if (i + 1 >= argv.length) return null;
      return argv[++i];
    };
    if (a === '--json') json = true;
    else if (a === '--until' || a.startsWith('--until=')) {
      const v = value('until');
      const n = Number(v);
      if (v === null || !Number.isFinite(n) || n < 0)
        return { error: `--until needs a number of seconds, got ${v ?? 'nothing'}` };
      until = n;
    } else if (a === '--seed' || a.startsWith('--seed=')) {
      const v = value('seed');
      const n = Number(v);
      if (v === null || !Number.isInteger(n))
        return { error: `--seed needs an integer, got ${v ?? 'nothing'}` };
      seed = n;
    } else if (a === '--at' || a.startsWith('--at=')) {
      const v = value('at');
      const m = v === null ? null : /^\s*(\d+(?:\.\d+)?)\s*=(.*)$/s.exec(v);
      if (!m || !m[2].trim()) return { error: `--at needs 'SECONDS=COMMAND', got ${v ?? 'nothing'}` };
      at.push({ t: Number(m[1]), command: m[2].trim() });
    } else if (a === '--help' || a === '-h') return { error: 'help' };
    else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (file === null) file = a;
    else return { error: `unexpected argument ${a}` };
  }
  if (file === null) return { error: 'no FILE.yaml given' };
  return { file, until, at, json, seed };
}
