// The examples gallery, in the order it is shown: the course's own two first.
import type { Example } from '../types';
import { COURSE_EXAMPLES } from './course';
import { FAILURE_EXAMPLES } from './failures';
import { INIT_EXAMPLES } from './init';
import { PATTERN_EXAMPLES } from './patterns';
import { SIDECAR_EXAMPLES } from './sidecars';

export const EXAMPLES: readonly Example[] = [
  ...COURSE_EXAMPLES,
  ...PATTERN_EXAMPLES,
  ...INIT_EXAMPLES,
  ...SIDECAR_EXAMPLES,
  ...FAILURE_EXAMPLES,
];

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
