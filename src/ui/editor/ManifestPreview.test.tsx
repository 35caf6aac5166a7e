import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ManifestPreview, PREVIEW_MAX_LINE_CHARS, PREVIEW_MAX_LINES } from './ManifestPreview';

describe('ManifestPreview', () => {
  it('renders each line with its number', () => {
    const html = renderToStaticMarkup(
      <ManifestPreview value={'apiVersion: v1\nkind: Pod'} diagnostics={[]} />,
    );
    expect(html).toContain('<pre');
    expect(html).toContain('>1</span>');
    expect(html).toContain('>2</span>');
    expect(html).toContain('apiVersion: v1');
    expect(html).toContain('kind: Pod');
  });

  it('escapes the text (a manifest is not HTML)', () => {
    const html = renderToStaticMarkup(<ManifestPreview value={'command: ["<script>"]'} diagnostics={[]} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks a line with a diagnostic and puts the exact message in its title', () => {
    const html = renderToStaticMarkup(
      <ManifestPreview
        value={'a: 1\nb: 2'}
        diagnostics={[
          {
            severity: 'error',
            code: 'api/unknown-field',
            message: 'unknown field "spec.containers[0].imagePullPolicyy"',
            docIndex: 0,
            range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 },
          },
        ]}
      />,
    );
    expect(html).toContain('podlab-preview-error');
    expect(html).toContain('title="unknown field &quot;spec.containers[0].imagePullPolicyy&quot;"');
  });

  it('is marked busy (the real editor is on its way) and has a test id', () => {
    const html = renderToStaticMarkup(<ManifestPreview value="" diagnostics={[]} />);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('data-testid="manifest-preview"');
  });

  it('takes an accessible name from the caller (translated UIs)', () => {
    const html = renderToStaticMarkup(<ManifestPreview value="" diagnostics={[]} ariaLabel="매니페스트" />);
    expect(html).toContain('aria-label="매니페스트"');
    expect(renderToStaticMarkup(<ManifestPreview value="" diagnostics={[]} />)).toContain(
      'aria-label="Manifest (the editor is loading)"',
    );
  });

  it('renders at most PREVIEW_MAX_LINES lines of a huge text, and says how many more there are', () => {
    const value = Array.from({ length: PREVIEW_MAX_LINES + 500 }, (_, i) => `k${i}: v`).join('\n');
    const html = renderToStaticMarkup(
      <ManifestPreview value={value} diagnostics={[]} moreLines={(n) => `${n} more`} />,
    );
    expect(html.match(/data-line=/g)).toHaveLength(PREVIEW_MAX_LINES);
    expect(html).toContain('>500 more</span>');
  });

  it('cuts a very long line short and says how many characters are not shown', () => {
    const value = `a: 1\nbig: "${'x'.repeat(5_000_000)}"\nc: 3`;
    const html = renderToStaticMarkup(
      <ManifestPreview value={value} diagnostics={[]} moreChars={(n) => ` +${n} chars`} />,
    );
    expect(html.length).toBeLessThan(PREVIEW_MAX_LINE_CHARS + 2000);
    expect(html).toContain(`>big: &quot;${'x'.repeat(PREVIEW_MAX_LINE_CHARS - 6)}</code>`);
    expect(html).toContain(`> +${5_000_002 + 5 - PREVIEW_MAX_LINE_CHARS} chars</span>`);
    expect(html).toContain('c: 3');
  });

  it("highlights the selected node's lines (a range ending at column 1 stops before its line)", () => {
    const html = renderToStaticMarkup(
      <ManifestPreview
        value={'a: 1\nb: 2\nc: 3\nd: 4'}
        diagnostics={[]}
        highlight={{ startLine: 2, startColumn: 1, endLine: 4, endColumn: 1 }}
      />,
    );
    const lit = [...html.matchAll(/data-line="(\d)" class="[^"]*podlab-preview-highlight/g)].map((m) => m[1]);
    expect(lit).toEqual(['2', '3']);
  });
});
