import { describe, expect, it } from 'vitest';
import { idleRunner, MAX_REPEAT_MS, MAX_REPEAT_TEXT, REPEATS, warmUpItems } from './idleWarmUp';

/** A runner whose idle tasks run when the test says so. */
function harness() {
  const ran: string[] = [];
  const tasks: (() => void)[] = [];
  const runner = idleRunner<string>(
    (r) => ran.push(r),
    (t) => tasks.push(t),
  );
  const idle = () => {
    while (tasks.length) tasks.shift()!();
  };
  return { ran, tasks, runner, idle };
}

describe('idle warm-up work', () => {
  it('runs its items one per idle task', () => {
    const { ran, tasks, runner, idle } = harness();
    runner.start(['a', 'b', 'c']);
    expect(ran).toEqual([]); // nothing runs in the request's own task
    tasks.shift()!();
    expect(ran).toEqual(['a']);
    idle();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('stops as soon as a request arrives', () => {
    const { ran, tasks, runner, idle } = harness();
    runner.start(['a', 'b', 'c']);
    tasks.shift()!();
    runner.interrupt();
    idle();
    expect(ran).toEqual(['a']);
  });

  it('repeats the learner’s text, then analyses the examples', () => {
    const request = { text: 'kind: Pod', inputs: ['kubectl get pod'] };
    const items = warmUpItems(request, 20, ['ex1', 'ex2'], (text) => ({ text, inputs: [] }));
    expect(items.map((i) => i.text)).toEqual([...Array(REPEATS).fill('kind: Pod'), 'ex1', 'ex2']);
    expect(items[0]).toBe(request);
    expect(items.at(-1)).toEqual({ text: 'ex2', inputs: [] });
  });

  it('does not repeat a big text or a slow analysis, only the examples', () => {
    const example = (text: string) => ({ text });
    const big = { text: 'x'.repeat(MAX_REPEAT_TEXT + 1) };
    expect(warmUpItems(big, 20, ['ex'], example).map((i) => i.text)).toEqual(['ex']);
    const slow = warmUpItems({ text: 'kind: Pod' }, MAX_REPEAT_MS + 1, ['ex'], example);
    expect(slow.map((i) => i.text)).toEqual(['ex']);
  });
});
