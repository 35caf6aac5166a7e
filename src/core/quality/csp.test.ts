import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp';

describe('Content-Security-Policy', () => {
  const directive = (name: string) => CSP_DIRECTIVES.find(([n]) => n === name)?.[1];

  it('allows scripts and workers from the app itself only', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(directive('worker-src')).toBe("'self'");
    expect(directive('object-src')).toBe("'none'");
  });

  it('has no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directive('script-src')).not.toMatch(/unsafe-inline/);
  });

  it('leaves out directives a <meta> policy may not carry', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});
