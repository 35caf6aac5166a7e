import { describe, expect, it } from 'vitest';
import { formatFieldError, formatInvalid, goQuote } from './field-error';
import {
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortName,
} from './names';
import { parseQuantity, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from './quantity';

describe('name checks', () => {
  it('DNS-1123 labels', () => {
    expect(isDNS1123Label('web-1')).toEqual([]);
    expect(isDNS1123Label('-web')).toHaveLength(1);
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
  it('subdomains allow dots, DNS-1035 needs a leading letter', () => {
    expect(isDNS1123Subdomain('my.pod')).toEqual([]);
    expect(isDNS1035Label('1abc')[0]).toMatch(/^a DNS-1035 label must consist/);
    expect(isDNS1035Label('abc-1')).toEqual([]);
  });
  it('port names', () => {
    expect(isValidPortName('http')).toEqual([]);
    expect(isValidPortName('-a--b')).toEqual([
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
  });
  it('config keys', () => {
    expect(isConfigMapKey('app.properties')).toEqual([]);
    expect(isConfigMapKey('..x')).toEqual(["must not start with '..'"]);
  });
  it('qualified names', () => {
    expect(isQualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty']);
  });
});

describe('quantities', () => {
  it.each([
    ['100m', 0.1],
    ['1', 1],
    ['64Mi', 64 * 1024 * 1024],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('%s', (q, v) => expect(parseQuantity(q).value).toBeCloseTo(v));
  it('errors', () => {
    expect(parseQuantity('1Gb').error).toBe(QUANTITY_FORMAT_ERROR);
    expect(parseQuantity('').error).toBe(QUANTITY_FORMAT_ERROR);
    expect(parseQuantity('1mi').error).toBe(QUANTITY_SUFFIX_ERROR);
  });
});

describe('field error formatting', () => {
  it('renders each type as apimachinery does', () => {
    expect(formatFieldError({ path: 'a', type: 'Required' })).toBe('a: Required value');
    expect(formatFieldError({ path: 'a', type: 'Required', detail: 'why' })).toBe('a: Required value: why');
    expect(formatFieldError({ path: 'a', type: 'Invalid', value: 5, detail: 'd' })).toBe(
      'a: Invalid value: 5: d',
    );
    expect(formatFieldError({ path: 'a', type: 'Invalid', value: 'x', detail: 'd' })).toBe(
      'a: Invalid value: "x": d',
    );
    expect(formatFieldError({ path: 'a', type: 'NotFound', value: 'v' })).toBe('a: Not found: "v"');
    expect(formatFieldError({ path: 'a', type: 'Duplicate', value: 'v' })).toBe('a: Duplicate value: "v"');
    expect(formatFieldError({ path: 'a', type: 'Forbidden', detail: 'no' })).toBe('a: Forbidden: no');
    expect(formatFieldError({ path: 'a', type: 'NotSupported', value: 'b', supported: ['A', 'B'] })).toBe(
      'a: Unsupported value: "b": supported values: "A", "B"',
    );
  });
  it('formatInvalid: one error, several, warnings ignored', () => {
    const e = { path: 'spec.x', type: 'Required' as const };
    expect(formatInvalid('Pod', 'p', [e])).toBe('The Pod "p" is invalid: spec.x: Required value');
    expect(formatInvalid('Pod', 'p', [e, e])).toBe(
      'The Pod "p" is invalid: \n* spec.x: Required value\n* spec.x: Required value\n',
    );
    expect(formatInvalid('Pod', 'p', [e, { ...e, warning: true }])).toBe(
      'The Pod "p" is invalid: spec.x: Required value',
    );
  });
  it("goQuote escapes like Go's %q", () => {
    expect(goQuote('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\x01"');
  });
});
