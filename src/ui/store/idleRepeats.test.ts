import { describe, expect, it } from 'vitest';
import { idleRepeater, MAX_REPEAT_MS, MAX_REPEAT_TEXT, REPEATS } from './idleRepeats';

/** A repeater whose idle tasks run when the test says so. */
function harness() {
  const ran: string[] = [];
  const tasks: (() => void)[] = [];
  const repeater = idleRepeater<string>(
    (r) => ran.push(r),
    (t) => tasks.push(t),
  );
  const idle = () => {
    while (tasks.length) tasks.shift()!();
  };
  return { ran, tasks, repeater, idle };
}

describe('idle repeats of the warm-up request', () => {
  it('repeats a cheap request a few times while nothing else arrives', () => {
    const { ran, repeater, idle } = harness();
    repeater.after('a', 100, 20);
    expect(ran).toEqual([]); // nothing runs in the request's own task
    idle();
    expect(ran).toEqual(Array(REPEATS).fill('a'));
  });

  it('stops repeating as soon as a new request arrives', () => {
    const { ran, tasks, repeater, idle } = harness();
    repeater.after('a', 100, 20);
    tasks.shift()!();
    repeater.interrupt();
    repeater.after('b', 100, 20);
    idle();
    expect(ran).toEqual(['a', ...Array(REPEATS).fill('b')]);
  });

  it('never repeats big texts or slow analyses', () => {
    const { ran, repeater, idle } = harness();
    repeater.after('big', MAX_REPEAT_TEXT + 1, 20);
    repeater.after('slow', 100, MAX_REPEAT_MS + 1);
    idle();
    expect(ran).toEqual([]);
  });
});
