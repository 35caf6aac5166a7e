// Share links: the whole scenario lives in the URL's fragment, compressed with lz-string, so opening
// the link reproduces what the sender saw and no server ever sees it. Two forms:
//   #code/<lz(manifest text)>        the TypeScript playground's convention: a manifest, nothing else
//   #scenario/<lz(JSON Scenario)>    manifest + console inputs with their times, seed, time, panel
// A link is a stranger's data: every field is validated, sizes are bounded, nothing is evaluated.
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressBounded } from './lzBounded';

export interface ScenarioInput {
  t: number;
  command: string;
  stdin?: string;
}

export interface Scenario {
  text: string;
  inputs: ScenarioInput[];
  seed: number;
  /** Player time (virtual ms). */
  t: number;
  /** The output tab that was open (`watch`, `logs`, `events`, ...), if any. */
  panel: string | null;
}

export type LinkError = 'corrupt' | 'tooLarge' | 'invalid';

export type LinkRead =
  | { kind: 'none' }
  | { kind: 'scenario'; form: 'code' | 'scenario'; scenario: Scenario }
  | { kind: 'error'; reason: LinkError };

/** Largest decompressed link we accept (characters ≈ bytes of YAML). */
export const MAX_LINK_CHARS = 1_000_000;
/** A compressed fragment longer than this cannot hold an acceptable scenario anyway. */
const MAX_COMPRESSED_CHARS = 3_000_000;
const MAX_INPUTS = 1000;
const MAX_TIME = 24 * 3600 * 1000;
const PANEL_ID = /^[a-z][a-z0-9-]{0,31}$/;

export const CODE_PREFIX = '#code/';
export const SCENARIO_PREFIX = '#scenario/';

export function codeFragment(text: string): string {
  return CODE_PREFIX + compressToEncodedURIComponent(text);
}

export function scenarioFragment(s: Scenario): string {
  const inputs = s.inputs.map((i) =>
    i.stdin === undefined ? { t: i.t, command: i.command } : { t: i.t, command: i.command, stdin: i.stdin },
  );
  const data = { v: 1, text: s.text, inputs, seed: s.seed, t: s.t, panel: s.panel };
  return SCENARIO_PREFIX + compressToEncodedURIComponent(JSON.stringify(data));
}

/** The link that shares `s`: the short `#code/` form when the manifest is all there is to share. */
export function shareFragment(s: Scenario, defaultSeed: number): string {
  const onlyText = s.inputs.length === 0 && s.seed === defaultSeed && s.t === 0 && s.panel === null;
  return onlyText ? codeFragment(s.text) : scenarioFragment(s);
}

/** Read a location hash (`#code/...`, `#scenario/...`); anything else is not a link of ours. */
export function readLinkHash(hash: string, defaultSeed: number): LinkRead {
  const form = hash.startsWith(CODE_PREFIX) ? 'code' : hash.startsWith(SCENARIO_PREFIX) ? 'scenario' : null;
  if (!form) return { kind: 'none' };
  let payload = hash.slice(form === 'code' ? CODE_PREFIX.length : SCENARIO_PREFIX.length);
  if (payload.length > MAX_COMPRESSED_CHARS) return { kind: 'error', reason: 'tooLarge' };
  // Some chat apps percent-encode the `$` of lz-string's alphabet.
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return { kind: 'error', reason: 'corrupt' };
    }
  }
  const limit = form === 'code' ? MAX_LINK_CHARS : MAX_LINK_CHARS + 64 * 1024; // room for the JSON around it
  const unpacked = decompressBounded(payload, limit);
  if (!unpacked.ok) return { kind: 'error', reason: unpacked.reason };
  if (form === 'code') {
    if (unpacked.text.length > MAX_LINK_CHARS) return { kind: 'error', reason: 'tooLarge' };
    return {
      kind: 'scenario',
      form,
      scenario: { text: unpacked.text, inputs: [], seed: defaultSeed, t: 0, panel: null },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(unpacked.text);
  } catch {
    return { kind: 'error', reason: 'corrupt' };
  }
  const scenario = validateScenario(json);
  if (scenario === 'tooLarge') return { kind: 'error', reason: 'tooLarge' };
  return scenario ? { kind: 'scenario', form, scenario } : { kind: 'error', reason: 'invalid' };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_TIME;

/** The scenario in `json`, or null when any field is missing or has the wrong shape. */
export function validateScenario(json: unknown): Scenario | null | 'tooLarge' {
  if (!isRecord(json) || json.v !== 1) return null;
  const { text, inputs, seed, t, panel } = json;
  if (typeof text !== 'string') return null;
  if (!Array.isArray(inputs) || inputs.length > MAX_INPUTS) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
  if (!isTime(t)) return null;
  if (panel !== null && (typeof panel !== 'string' || !PANEL_ID.test(panel))) return null;
  const checked: ScenarioInput[] = [];
  let size = text.length;
  for (const input of inputs) {
    if (!isRecord(input) || !isTime(input.t) || typeof input.command !== 'string') return null;
    if (input.stdin !== undefined && typeof input.stdin !== 'string') return null;
    size += input.command.length + (input.stdin?.length ?? 0);
    checked.push(
      input.stdin === undefined
        ? { t: input.t, command: input.command }
        : { t: input.t, command: input.command, stdin: input.stdin },
    );
  }
  if (size > MAX_LINK_CHARS) return 'tooLarge';
  return { text, inputs: checked, seed, t, panel };
}
