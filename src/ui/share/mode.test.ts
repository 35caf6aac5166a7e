import { describe, expect, it } from 'vitest';
import { viewFromSearch } from './mode';

describe('viewFromSearch', () => {
  it('reads the mode from the query string', () => {
    expect(viewFromSearch('')).toEqual({ mode: 'app', editable: true });
    expect(viewFromSearch('?present')).toEqual({ mode: 'present', editable: true });
    expect(viewFromSearch('?embed')).toEqual({ mode: 'embed', editable: false });
    expect(viewFromSearch('?embed&editable')).toEqual({ mode: 'embed', editable: true });
    expect(viewFromSearch('?lang=ko&embed=1')).toEqual({ mode: 'embed', editable: false });
  });
});
