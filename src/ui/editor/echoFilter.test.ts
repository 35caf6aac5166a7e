import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EchoFilter } from './echoFilter';

describe('EchoFilter', () => {
  it('a value equal to the model is never external', () => {
    const filter = new EchoFilter();
    expect(filter.isExternal('abc', 'abc')).toBe(false);
  });

  it('a value the editor never emitted is external', () => {
    const filter = new EchoFilter();
    filter.emitted('a');
    expect(filter.isExternal('lesson text', 'a')).toBe(true);
  });

  it('a stale echo of our own edit does not overwrite newer typing', () => {
    const filter = new EchoFilter();
    filter.emitted('a');
    filter.emitted('ab');
    filter.emitted('abc');
    // The caller renders with "a" while the model already holds "abc".
    expect(filter.isExternal('a', 'abc')).toBe(false);
    expect(filter.isExternal('ab', 'abc')).toBe(false);
    expect(filter.isExternal('abc', 'abc')).toBe(false);
  });

  it('forgets acknowledged texts: the same text coming back later as a reset is external', () => {
    const filter = new EchoFilter();
    filter.emitted('a');
    filter.emitted('ab');
    expect(filter.isExternal('ab', 'ab')).toBe(false);
    filter.emitted('abc');
    // "a" was acknowledged before; when the caller sends it now it is a deliberate replacement.
    expect(filter.isExternal('a', 'abc')).toBe(true);
  });

  it('after an external replacement, older emitted texts no longer count as echoes', () => {
    const filter = new EchoFilter();
    filter.emitted('x1');
    expect(filter.isExternal('reset', 'x1')).toBe(true);
    expect(filter.isExternal('x1', 'reset')).toBe(true);
  });

  it('remembers a bounded number of emitted texts', () => {
    const filter = new EchoFilter();
    for (let i = 0; i < 1000; i++) filter.emitted(`t${i}`);
    expect(filter.isExternal('t999', 'model')).toBe(false);
    expect(filter.isExternal('t0', 'model')).toBe(true);
  });

  it('undo that repeats a text does not make a later echo look external', () => {
    const filter = new EchoFilter();
    for (const text of ['a', 'ab', 'a', 'ab2']) filter.emitted(text);
    for (const echo of ['a', 'ab', 'a']) expect(filter.isExternal(echo, 'ab2')).toBe(false);
  });

  it('property: the caller echoing any in-order selection of the emitted texts is never external', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (edits, keep) => {
          const filter = new EchoFilter();
          for (const text of edits) filter.emitted(text);
          const model = edits[edits.length - 1];
          // The caller skips some texts (debounce) and only reports a prop change when it changes.
          let previous: string | null = null;
          for (let i = 0; i < edits.length; i++) {
            if (!(keep[i] ?? true) || edits[i] === previous) continue;
            previous = edits[i];
            if (filter.isExternal(edits[i], model)) return false;
          }
          return true;
        },
      ),
    );
  });
});
