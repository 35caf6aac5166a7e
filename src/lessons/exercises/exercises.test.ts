// Every exercise through the real parse + simulate: its solution passes its own check, its starting
// manifest does not (and says why), and its "predict first" answer is one of the offered options.
import { describe, expect, it } from 'vitest';
import { predictionAnswer } from '../predict';
import { checkExercise, runManifest } from '../run';
import { EXERCISES } from './index';

const failing = (r: ReturnType<typeof checkExercise>) =>
  r.findings.filter((f) => !f.ok).map((f) => f.text.en);

describe('exercises', () => {
  it('are at least twelve, with unique ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  for (const ex of EXERCISES) {
    describe(ex.id, () => {
      it('solution passes its check', () => {
        const result = checkExercise(ex, ex.solution);
        expect(failing(result)).toEqual([]);
        expect(result.pass).toBe(true);
      });

      ex.alternatives?.forEach((alternative, i) => {
        it(`alternative solution ${i + 1} passes too`, () => {
          expect(failing(checkExercise(ex, alternative))).toEqual([]);
        });
      });

      it('starting manifest fails its check, with a reason in both languages', () => {
        const result = checkExercise(ex, ex.start);
        expect(result.pass).toBe(false);
        const reasons = result.findings.filter((f) => !f.ok);
        expect(reasons.length).toBeGreaterThan(0);
        for (const r of reasons) {
          expect(r.text.en.trim()).not.toBe('');
          expect(r.text.ko.trim()).not.toBe('');
        }
      });

      it('has texts and hints in both languages', () => {
        for (const text of [ex.title, ex.goal, ex.explanation, ...ex.hints]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.ko.trim()).not.toBe('');
        }
        expect(ex.hints.length).toBeGreaterThan(0);
      });

      if (ex.prediction) {
        const prediction = ex.prediction;
        it('prediction answer (read from the simulation) is one of its options', () => {
          const run = runManifest(ex.start);
          expect(run.trace).not.toBeNull();
          const answer = predictionAnswer(run.trace!, prediction);
          expect(prediction.options).toContain(answer.status);
          expect(new Set(prediction.options).size).toBe(prediction.options.length);
        });
      }
    });
  }

  it('include predict-first moments, CKA-style tasks and misconceptions', () => {
    expect(EXERCISES.filter((e) => e.prediction).length).toBeGreaterThanOrEqual(5);
    expect(EXERCISES.some((e) => e.id.startsWith('cka-') && e.kind === 'build')).toBe(true);
    expect(EXERCISES.some((e) => e.id.startsWith('cka-') && e.kind === 'fix')).toBe(true);
    expect(EXERCISES.some((e) => e.kind === 'misconception')).toBe(true);
  });
});

describe('misconception: a failed init container does not restart the pod', () => {
  it('under Never the pod ends Failed with Init:Error and no restart', () => {
    const ex = EXERCISES.find((e) => e.id === 'init-fail-policy')!;
    const run = runManifest(ex.start);
    const last = run.trace!.snapshots.at(-1)!;
    expect(last.phase).toBe('Failed');
    expect(last.initContainerStatuses[0].restartCount).toBe(0);
  });
});
