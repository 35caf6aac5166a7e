import { describe, expect, it } from 'vitest';
import { complete, type CompletionData } from './complete';

const data: CompletionData = {
  pods: ['myapp-pod', 'web'],
  containers: { 'myapp-pod': ['init-myservice', 'init-mydb', 'myapp-container'] },
  services: ['kubernetes', 'myservice'],
  configmaps: [],
  secrets: [],
};

describe('complete', () => {
  it('completes verbs, resource types and names', () => {
    expect(complete('kubectl ge', data)).toEqual({ line: 'kubectl get ', options: [] });
    expect(complete('kubectl get po', data).line).toBe('kubectl get pods ');
    expect(complete('kubectl get pods my', data).line).toBe('kubectl get pods myapp-pod ');
    expect(complete('kubectl describe svc my', data).line).toBe('kubectl describe svc myservice ');
    expect(complete('k', data).line).toBe('kubectl ');
  });
  it('completes container names after -c, to the common prefix first', () => {
    expect(complete('kubectl logs myapp-pod -c init-', data)).toEqual({
      line: 'kubectl logs myapp-pod -c init-my',
      options: [],
    });
    expect(complete('kubectl logs myapp-pod -c init-my', data)).toEqual({
      line: 'kubectl logs myapp-pod -c init-my',
      options: ['init-myservice', 'init-mydb'],
    });
  });
  it('completes flags and -o values', () => {
    expect(complete('kubectl logs myapp-pod --prev', data).line).toBe('kubectl logs myapp-pod --previous ');
    expect(complete('kubectl get pods -o ya', data).line).toBe('kubectl get pods -o yaml ');
    expect(complete('kubectl get pods --output=w', data).line).toBe('kubectl get pods --output=wide ');
  });
  it('leaves a line alone when nothing matches', () => {
    expect(complete('kubectl get pods zz', data)).toEqual({ line: 'kubectl get pods zz', options: [] });
  });
});
