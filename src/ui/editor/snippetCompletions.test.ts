import { describe, expect, it } from 'vitest';
import { SNIPPETS } from '../../core/manifest/snippets';
import { snippetCompletions } from './snippetCompletions';

const labels = (line: string) => snippetCompletions(SNIPPETS, line).map((c) => c.label);

describe('snippetCompletions', () => {
  it('offers one-piece list items on an indented line', () => {
    expect(labels('  ')).toEqual([
      'podlab-container',
      'podlab-init-container',
      'podlab-native-sidecar',
      'podlab-ambassador',
      'podlab-probes',
    ]);
    expect(snippetCompletions(SNIPPETS, '  con')[0]).toMatchObject({ detail: 'spec.containers' });
  });

  it('offers the Service as a new document at column 0, and nothing after a key', () => {
    expect(labels('')).toEqual(['podlab-service']);
    expect(snippetCompletions(SNIPPETS, 'ser')[0]?.text).toMatch(/^---\napiVersion: v1\nkind: Service\n/);
    expect(labels('  image: ')).toEqual([]);
  });
});
