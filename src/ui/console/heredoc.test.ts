import { describe, expect, it } from 'vitest';
import { heredocOpen, splitConsoleInput } from './heredoc';

describe('splitConsoleInput', () => {
  it('runs one command per line', () => {
    expect(splitConsoleInput('kubectl get pods\n\nkubectl get svc\n')).toEqual([
      { command: 'kubectl get pods' },
      { command: 'kubectl get svc' },
    ]);
  });
  it('sends a heredoc body as stdin', () => {
    const text = "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Service\nEOF\nkubectl get svc";
    expect(splitConsoleInput(text)).toEqual([
      { command: 'kubectl apply -f -', stdin: 'apiVersion: v1\nkind: Service\n' },
      { command: 'kubectl get svc' },
    ]);
  });
  it('knows when a typed heredoc is still open', () => {
    expect(heredocOpen('kubectl apply -f - <<EOF\napiVersion: v1')).toBe(true);
    expect(heredocOpen('kubectl apply -f - <<EOF\napiVersion: v1\nEOF')).toBe(false);
    expect(heredocOpen('kubectl get pods')).toBe(false);
  });
});
