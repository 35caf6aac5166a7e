import { describe, expect, it } from 'vitest';
import { status } from '../test-fixtures/seed.fixture';
import { stateClass, stateText } from './containerState';

describe('stateText', () => {
  it('prints the state and reason as Kubernetes names them', () => {
    expect(stateText(status('a', 'app', { state: 'running', reason: null }))).toBe('Running');
    expect(stateText(status('a', 'app', {}))).toBe('Waiting: PodInitializing');
    expect(stateText(status('a', 'app', { state: 'waiting', reason: 'CrashLoopBackOff' }))).toBe(
      'Waiting: CrashLoopBackOff',
    );
    expect(stateText(status('a', 'init', { state: 'terminated', reason: 'Completed', exitCode: 0 }))).toBe(
      'Terminated: Completed (0)',
    );
    expect(stateText(status('a', 'app', { state: 'terminated', reason: 'Error', exitCode: 1 }))).toBe(
      'Terminated: Error (1)',
    );
  });

  it('copes with missing reasons', () => {
    expect(stateText(status('a', 'app', { state: 'waiting', reason: null }))).toBe('Waiting');
    expect(stateText(status('a', 'app', { state: 'terminated', reason: null, exitCode: 143 }))).toBe(
      'Terminated (143)',
    );
  });
});

describe('stateClass', () => {
  it('colours by what the state means for a learner', () => {
    expect(stateClass(undefined)).toBe('none');
    expect(stateClass(status('a', 'app', {}))).toBe('waiting');
    expect(stateClass(status('a', 'app', { state: 'waiting', reason: 'CrashLoopBackOff' }))).toBe('failed');
    expect(stateClass(status('a', 'app', { state: 'running', reason: null }))).toBe('running');
    expect(stateClass(status('a', 'app', { state: 'running', reason: null, ready: true }))).toBe('ready');
    expect(stateClass(status('a', 'app', { state: 'terminated', exitCode: 0 }))).toBe('completed');
    expect(stateClass(status('a', 'app', { state: 'terminated', exitCode: 137 }))).toBe('failed');
  });
});
