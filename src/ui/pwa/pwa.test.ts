import { describe, expect, it } from 'vitest';
import { precacheList } from './precachePlugin';
import { serviceWorkerSource } from './serviceWorkerSource';

describe('precacheList', () => {
  it('lists the bundle and public files once, without source maps or the worker itself', () => {
    expect(
      precacheList(
        ['index.html', 'assets/index-abc.js', 'assets/index-abc.js.map', 'sw.js', 'assets/editor-def.js'],
        ['favicon.ico', 'icons/icon.svg', 'index.html'],
      ),
    ).toEqual(['assets/editor-def.js', 'assets/index-abc.js', 'favicon.ico', 'icons/icon.svg', 'index.html']);
  });
});

describe('serviceWorkerSource', () => {
  it('is valid JavaScript holding the version and the file list', () => {
    const src = serviceWorkerSource('v1', ['index.html', 'assets/a.js']);
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain('const CACHE = "podlab-v1";');
    expect(src).toContain('const FILES = ["index.html","assets/a.js"];');
  });
});
