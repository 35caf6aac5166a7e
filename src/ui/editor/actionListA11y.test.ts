import { describe, expect, it } from 'vitest';
import { fixActionListRoles } from './actionListA11y';

/** The few DOM calls the fix makes, over a hand-made tree (the unit tests run in Node). */
function row(attrs: Record<string, string>) {
  const a = new Map(Object.entries(attrs));
  return {
    attrs: a,
    setAttribute: (k: string, v: string) => void a.set(k, v),
    removeAttribute: (k: string) => void a.delete(k),
  };
}

describe('fixActionListRoles', () => {
  it('turns the action list group headers into presentation without list attributes', () => {
    const header = row({
      role: 'separator',
      'aria-setsize': '5',
      'aria-posinset': '1',
      class: 'group-header',
    });
    const root = { querySelectorAll: (sel: string) => (sel.includes('separator') ? [header] : []) };
    fixActionListRoles(root as unknown as ParentNode);
    expect(Object.fromEntries(header.attrs)).toEqual({ role: 'presentation', class: 'group-header' });
  });
});
