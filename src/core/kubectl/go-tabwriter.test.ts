import { describe, expect, it } from 'vitest';
import { goTabwriter } from './go-tabwriter';

describe('goTabwriter', () => {
  it('aligns a block of lines and restarts after a line without the column', () => {
    const text = 'Name:\tp\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1\n';
    expect(goTabwriter(text, 2)).toBe(
      'Name:             p\nService Account:  default\nIPs:\n  IP:  10.0.0.1\n',
    );
  });
  it('aligns nested columns within their own block', () => {
    const text = '  Type\tReason\tMessage\n  ----\t------\t-------\n  Normal\tScheduled\tok\n';
    expect(goTabwriter(text, 2)).toBe(
      '  Type    Reason     Message\n  ----    ------     -------\n  Normal  Scheduled  ok\n',
    );
  });
});
