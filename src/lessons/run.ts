// Parse and simulate a manifest the way the playground does, and run an exercise's check on it.
import { parseManifests } from '../core/manifest/parse';
import { simulate, type SimInput } from '../core/simulate';
import type { Millis } from '../core/trace/types';
import type { CheckResult, Exercise, LessonRun } from './types';

/** The playground simulates ten virtual minutes with seed 1: checks see the same run. */
export const LESSON_UNTIL: Millis = 600_000;
export const LESSON_SEED = 1;

export function runManifest(text: string, inputs: SimInput[] = [], until = LESSON_UNTIL): LessonRun {
  const parse = parseManifests(text);
  const errors = parse.diagnostics.some((d) => d.severity === 'error');
  if (errors) return { diagnostics: parse.diagnostics, objects: parse.objects, trace: null };
  const trace = simulate(parse.objects, inputs, { until, seed: LESSON_SEED });
  return { diagnostics: parse.diagnostics, objects: parse.objects, trace };
}

export function checkExercise(exercise: Exercise, text: string): CheckResult {
  const run = runManifest(text, exercise.checkInputs, exercise.until);
  if (!run.trace) {
    const first = run.diagnostics.find((d) => d.severity === 'error');
    const message = first?.message ?? '';
    return {
      pass: false,
      findings: [
        {
          ok: false,
          text: {
            en: `The API server rejects the manifest: ${message}`,
            ko: `API 서버가 매니페스트를 거부합니다: ${message}`,
          },
        },
      ],
    };
  }
  const findings = exercise.check({ ...run, trace: run.trace });
  return { pass: findings.length > 0 && findings.every((f) => f.ok), findings };
}
