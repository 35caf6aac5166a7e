// The Content-Security-Policy PodLab runs under: scripts and workers only from the app's own origin,
// never inline, never eval, nothing remote. Styles may be inline because React Flow and Monaco position
// things with style attributes; that cannot run code. `frame-ancestors` is left out on purpose: a
// <meta> policy may not carry it, and embed mode is meant to be framed.
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['worker-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The <meta> tag the production build puts first in <head> (dev keeps Vite's inline HMR preamble). */
export const CSP_META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
