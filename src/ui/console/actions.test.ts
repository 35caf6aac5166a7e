import { describe, expect, it } from 'vitest';
import type { Trace } from '../../core/trace/types';
import { actionFor } from './actions';

const action = (t: number, command: string, stdout: string) => ({
  t,
  command,
  stdout,
  stderr: '',
  exitCode: 0,
});

describe('actionFor', () => {
  it('matches inputs to actions by time, command and rank, past the editor apply', () => {
    const inputs = [
      { t: 0, command: 'kubectl apply -f pod.yaml' },
      { t: 5000, command: 'kubectl get pods' },
      { t: 5000, command: 'kubectl get pods' },
    ];
    const trace = {
      actions: [
        action(0, 'kubectl apply -f pod.yaml', 'pod/p created\n'),
        action(0, 'kubectl apply -f pod.yaml', 'pod/p unchanged\n'),
        action(5000, 'kubectl get pods', 'first'),
        action(5000, 'kubectl get pods', 'second'),
      ],
    } as unknown as Trace;
    expect(actionFor(trace, inputs, inputs[0])?.stdout).toBe('pod/p unchanged\n');
    expect(actionFor(trace, inputs, inputs[2])?.stdout).toBe('second');
    expect(actionFor(trace, inputs, { t: 1, command: 'x' })).toBeNull();
  });
});
