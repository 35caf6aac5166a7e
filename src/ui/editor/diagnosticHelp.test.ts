import { describe, expect, it } from 'vitest';
import docs from '../../../docs/diagnostics.md?raw';
import { EXAMPLES, exampleById } from '../../lessons/examples';
import { exerciseById } from '../../lessons/exercises';
import { DIAGNOSTIC_HELP } from './diagnosticHelp';

const CORE_CODES = import.meta.glob('../../core/manifest/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every stable code the manifest layer can emit, read from its source. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const [file, source] of Object.entries(CORE_CODES)) {
    if (file.endsWith('.test.ts')) continue;
    for (const m of (source as string).matchAll(/'((?:api|yaml|podlab)\/[a-z-]+)'/g)) codes.add(m[1] ?? '');
  }
  // Built as `api/missing-${...}` in document.ts.
  codes.add('api/missing-kind');
  codes.add('api/missing-apiversion');
  return codes;
}

describe('DIAGNOSTIC_HELP', () => {
  it('explains every code the parser emits, in both languages', () => {
    for (const code of emittedCodes()) {
      const help = DIAGNOSTIC_HELP[code];
      expect(help, code).toBeDefined();
      for (const part of [help?.meaning, help?.rule, help?.fix]) {
        expect(part?.en, code).toBeTruthy();
        expect(part?.ko, code).toBeTruthy();
      }
    }
  });

  it('has one docs/diagnostics.md section per code, and no other', () => {
    const sections = [...docs.matchAll(/^## `([^`]+)`/gm)].map((m) => m[1]);
    expect(sections.sort()).toEqual(Object.keys(DIAGNOSTIC_HELP).sort());
  });

  it('links only to lessons that exist', () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
    for (const [code, help] of Object.entries(DIAGNOSTIC_HELP)) {
      if (!help.lesson) continue;
      const found =
        help.lesson.kind === 'exercise' ? exerciseById(help.lesson.id) : exampleById(help.lesson.id);
      expect(found, code).toBeDefined();
    }
  });
});
