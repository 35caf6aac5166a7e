// Which tags exist for each catalog image: a version tree (`1.36`, `1.36.1`...) crossed with the
// image's variant suffixes (`-musl`, `-alpine`...), plus named tags. An image with an unknown tag
// does not exist (ErrImagePull), exactly like an unknown repository.

export interface TagRules {
  /** Version prefix -> highest patch: `{'1.36': 1}` gives `1.36`, `1.36.0`, `1.36.1`. */
  versions: Record<string, number>;
  /** Named tags (`latest`, `stable`, `alpine`...). */
  named: string[];
  /** Variant suffixes that combine with every version and with the named tags listed in `named`. */
  suffixes: string[];
  /** The full version a floating tag points to, per version prefix (`1.27` -> `1.27.5`). */
  latest: string;
}

export function tagExists(rules: TagRules, tag: string): boolean {
  if (rules.named.includes(tag)) return true;
  for (const suffix of ['', ...rules.suffixes]) {
    if (suffix && !tag.endsWith(suffix)) continue;
    const base = suffix ? tag.slice(0, -suffix.length) : tag;
    if (suffix && rules.named.includes(base)) return true;
    if (versionKnown(rules, base)) return true;
  }
  return false;
}

function versionKnown(rules: TagRules, v: string): boolean {
  const bare = v.startsWith('v') ? v.slice(1) : v;
  for (const [prefix, maxPatch] of Object.entries(rules.versions)) {
    if (bare === prefix || prefix.startsWith(bare + '.')) return true;
    if (bare.startsWith(prefix + '.')) {
      const rest = bare.slice(prefix.length + 1);
      if (/^[0-9]+$/.test(rest) && Number(rest) <= maxPatch) return true;
    }
  }
  return false;
}

/** The version an existing tag runs: its own when it is a full version, else the newest below it. */
export function versionOf(rules: TagRules, tag: string): string {
  const m = /^v?([0-9]+(?:\.[0-9]+)*)/.exec(tag);
  if (!m) return rules.latest;
  const v = m[1];
  let best: string | null = null;
  for (const [prefix, maxPatch] of Object.entries(rules.versions)) {
    if (v.startsWith(prefix + '.') && v.split('.').length > prefix.split('.').length) return v;
    if (prefix === v || prefix.startsWith(v + '.')) {
      const full = `${prefix}.${maxPatch}`;
      if (best === null || compareVersions(full, best) > 0) best = full;
    }
  }
  return best ?? rules.latest;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** `{from: 28, to: 37}` minors of `1.`: a compact way to write a version tree. */
export function minors(major: string, patches: Record<number, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [minor, max] of Object.entries(patches)) out[`${major}.${minor}`] = max;
  return out;
}
