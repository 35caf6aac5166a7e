// What a lesson is made of. Content is plain data plus pure check functions over a simulation result,
// so the same lesson runs in Vitest, in the browser and (one day) headless for instructors.
import type { Diagnostic, ManifestObject } from '../core/manifest/types';
import type { SimInput } from '../core/simulate';
import type { Millis, Trace } from '../core/trace/types';

/** A text in every UI language. Kubernetes output inside it (statuses, reasons) stays untranslated. */
export interface Localized {
  en: string;
  ko: string;
}

export type LessonLang = keyof Localized;

/** The result of parsing and simulating a manifest, as a check sees it. */
export interface LessonRun {
  diagnostics: Diagnostic[];
  objects: ManifestObject[];
  /** null when the manifest has errors (the API server would refuse it). */
  trace: Trace | null;
}

/** One thing a check looked at, with the reason it is (or is not) satisfied. */
export interface Finding {
  ok: boolean;
  text: Localized;
}

export type Check = (run: LessonRun & { trace: Trace }) => Finding[];

export interface CheckResult {
  pass: boolean;
  findings: Finding[];
}

/**
 * "Predict first": before stepping, the learner picks what STATUS the pod shows next after virtual
 * time `at`. The answer is read from the simulation of the starting manifest, never typed by hand.
 */
export interface Prediction {
  at: Millis;
  question: Localized;
  /** STATUS strings exactly as kubectl prints them. */
  options: string[];
  /** Shown after the answer: what this teaches. */
  reveal: Localized;
}

export type ExerciseKind = 'build' | 'fix' | 'predict' | 'misconception';

export interface Exercise {
  id: string;
  kind: ExerciseKind;
  title: Localized;
  goal: Localized;
  explanation: Localized;
  start: string;
  solution: string;
  /** Other correct answers the hints suggest (tested to pass too). */
  alternatives?: string[];
  hints: Localized[];
  check: Check;
  prediction?: Prediction;
  /** kubectl commands the check's simulation adds (e.g. an exec that reads a served file). */
  checkInputs?: SimInput[];
  /** Virtual time the check simulates (default: the playground's ten minutes). */
  until?: Millis;
}

export type ExampleTopic = 'course' | 'patterns' | 'init' | 'sidecars' | 'failures';

export interface Example {
  id: string;
  topic: ExampleTopic;
  title: Localized;
  /** One paragraph: what to watch for. */
  watch: Localized;
  manifest: string;
}
