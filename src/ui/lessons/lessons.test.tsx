// Static render of the lesson list and views (server rendering reads each store's initial state; the
// interactive flow, progress and languages are covered by e2e/lessons.spec.ts).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../lessons/examples';
import { EXERCISES } from '../../lessons/exercises';
import { ExampleView } from './ExampleView';
import { ExerciseView } from './ExerciseView';
import { LessonList } from './LessonList';

describe('LessonList', () => {
  it('lists every exercise as not done, and every example by topic', () => {
    const html = renderToStaticMarkup(<LessonList />);
    expect(html).toContain(`0 of ${EXERCISES.length} done`);
    for (const e of EXERCISES) expect(html).toContain(`data-testid="exercise-${e.id}" data-done="false"`);
    for (const e of EXAMPLES) expect(html).toContain(`data-testid="example-${e.id}"`);
    expect(html).toContain('From the course');
  });
});

describe('ExerciseView', () => {
  it('shows the goal, the check and the hint button; no prediction away from the starting manifest', () => {
    const ex = EXERCISES.find((e) => e.id === 'crashloop-typo')!;
    const html = renderToStaticMarkup(<ExerciseView exercise={ex} />);
    expect(html).toContain(ex.goal.en);
    expect(html).toContain('data-testid="check"');
    expect(html).toContain('Show a hint');
    expect(html).not.toContain('Predict first');
  });
});

describe('ExampleView', () => {
  it('says what to watch for', () => {
    const html = renderToStaticMarkup(<ExampleView example={EXAMPLES[0]} />);
    expect(html).toContain('What to watch for');
    expect(html).toContain('sh: git: not found');
  });
});
