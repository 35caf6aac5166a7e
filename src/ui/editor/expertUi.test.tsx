import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SNIPPETS } from '../../core/manifest/snippets';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { EditorTools } from './EditorTools';
import { ProblemHelp, withCode } from './ProblemHelp';

describe('EditorTools', () => {
  it('lists every snippet under its translated title, and a Format button', () => {
    const html = renderToStaticMarkup(<EditorTools text="" onInsert={() => {}} />);
    for (const s of SNIPPETS) {
      const key = `snippet.${s.id}` as keyof typeof en;
      expect(en[key], s.id).toBeTruthy();
      expect(ko[key], s.id).toBeTruthy();
      expect(html).toContain(`value="${s.id}"`);
    }
    expect(html).toContain('data-testid="format-document"');
  });
});

describe('ProblemHelp', () => {
  it('shows a "Why?" toggle for a known code and nothing for an unknown one', () => {
    expect(renderToStaticMarkup(<ProblemHelp code="api/not-found" />)).toContain('aria-expanded="false"');
    expect(renderToStaticMarkup(<ProblemHelp code="no/such-code" />)).toBe('');
  });

  it('renders backquoted parts as code', () => {
    const html = renderToStaticMarkup(<p>{withCode('add `image: busybox` to <it>')}</p>);
    expect(html).toBe('<p>add <code>image: busybox</code> to &lt;it&gt;</p>');
  });
});
