import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it('round-trips text, including UTF-8', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'password123', '비밀번호', 'line\nbreak']) {
      expect(decodeBase64(encodeBase64(s))).toBe(s);
    }
  });
  it('matches known encodings', () => {
    expect(encodeBase64('admin')).toBe('YWRtaW4=');
    expect(decodeBase64('cGFzc3dvcmQ=')).toBe('password');
  });
  it('refuses what is not base64', () => {
    expect(decodeBase64('not base64!')).toBeNull();
  });
});
