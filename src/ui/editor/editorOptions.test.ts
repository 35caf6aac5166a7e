import { describe, expect, it } from 'vitest';
import { EDITOR_FONT_SIZE, MODEL_OPTIONS, MODEL_URI, editorOptions, themeFor } from './editorOptions';

describe('editorOptions', () => {
  const options = editorOptions({ ariaLabel: 'Pod manifest', readOnly: false, theme: 'vs' });

  it('follows the playground rules: no wrap, no minimap, automatic layout', () => {
    expect(options.wordWrap).toBe('off');
    expect(options.minimap).toEqual({ enabled: false });
    expect(options.automaticLayout).toBe(true);
  });

  it('Tab inserts two spaces and pasted tabs do not change that (YAML forbids tabs)', () => {
    expect(options.tabSize).toBe(2);
    expect(options.insertSpaces).toBe(true);
    expect(options.detectIndentation).toBe(false);
    expect(MODEL_OPTIONS).toMatchObject({ tabSize: 2, insertSpaces: true });
  });

  it('uses a readable font size', () => {
    expect(options.fontSize).toBe(EDITOR_FONT_SIZE);
    expect(EDITOR_FONT_SIZE).toBeGreaterThanOrEqual(13);
  });

  it('passes the accessible name, read-only flag and theme through', () => {
    const ro = editorOptions({ ariaLabel: 'Solution', readOnly: true, theme: 'vs-dark' });
    expect(ro.ariaLabel).toBe('Solution');
    expect(ro.readOnly).toBe(true);
    expect(ro.theme).toBe('vs-dark');
    expect(options.readOnly).toBe(false);
  });

  it('suggests while typing so schema completion appears without Ctrl+Space', () => {
    expect(options.quickSuggestions).toMatchObject({ other: true });
  });
});

describe('themeFor', () => {
  it('maps prefers-color-scheme to Monaco built-in themes', () => {
    expect(themeFor(true)).toBe('vs-dark');
    expect(themeFor(false)).toBe('vs');
  });
});

describe('MODEL_URI', () => {
  it('is the file the schema fileMatch targets', () => {
    expect(MODEL_URI).toBe('file:///pod.yaml');
  });
});
