import { describe, expect, it } from 'vitest';
import { shellLineCommand, shellSessionOf, withoutNotice } from './shell';

describe('exec shell sessions', () => {
  it('opens for exec -it ... -- sh only', () => {
    const s = shellSessionOf('kubectl exec -it web -c app -- sh');
    expect(s).toMatchObject({ target: ['web', '-c', 'app'], pod: 'web', container: 'app', prompt: '/ # ' });
    expect(shellSessionOf('kubectl exec web -- sh')).toBeNull();
    expect(shellSessionOf('kubectl exec -it web -- ls')).toBeNull();
    expect(shellSessionOf('kubectl get pods')).toBeNull();
  });
  it('runs each line as its own exec, quoted for sh -c', () => {
    const s = shellSessionOf('kubectl exec -it web -- /bin/sh')!;
    expect(shellLineCommand(s, "echo 'hi' > /tmp/x")).toBe(
      `kubectl exec web -- sh -c 'echo '\\''hi'\\'' > /tmp/x'`,
    );
  });
  it('drops the per-line defaulted-container notice', () => {
    expect(withoutNotice('Defaulted container "a" out of: a, b\nsh: x: not found\n')).toBe(
      'sh: x: not found\n',
    );
  });
});
