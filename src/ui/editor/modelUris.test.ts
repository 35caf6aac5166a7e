import { afterEach, describe, expect, it } from 'vitest';
import { acquireModelUri, modelUriFor, releaseModelUri } from './modelUris';

const held: string[] = [];
afterEach(() => {
  while (held.length) releaseModelUri(held.pop()!);
});
function acquire(): string {
  const uri = acquireModelUri();
  held.push(uri);
  return uri;
}

describe('model URIs', () => {
  it('the first editor gets file:///pod.yaml (the schema and the e2e tests target it)', () => {
    expect(acquire()).toBe('file:///pod.yaml');
  });

  it('editors mounted together get distinct URIs with the same file name', () => {
    const uris = [acquire(), acquire(), acquire()];
    expect(uris).toEqual(['file:///pod.yaml', 'file:///2/pod.yaml', 'file:///3/pod.yaml']);
    for (const uri of uris) expect(uri.endsWith('/pod.yaml')).toBe(true);
  });

  it('a released URI is reused, lowest first', () => {
    const first = acquire();
    acquire();
    releaseModelUri(first);
    held.splice(held.indexOf(first), 1);
    expect(acquire()).toBe('file:///pod.yaml');
  });

  it('modelUriFor numbers from 1', () => {
    expect(modelUriFor(1)).toBe('file:///pod.yaml');
    expect(modelUriFor(2)).toBe('file:///2/pod.yaml');
  });
});
