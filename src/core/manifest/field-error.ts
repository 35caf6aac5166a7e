// Field errors exactly as k8s.io/apimachinery/pkg/util/validation/field renders them, and the text
// kubectl prints for an Invalid status (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr).

export type FieldErrorType =
  'Required' | 'Invalid' | 'NotFound' | 'Duplicate' | 'NotSupported' | 'Forbidden' | 'TooLong';

export interface FieldError {
  /** Kubernetes field path, e.g. `spec.containers[0].image`. */
  path: string;
  type: FieldErrorType;
  /** The bad value; `undefined` means "not printed" (Go's omitValue). */
  value?: unknown;
  detail?: string;
  /** NotSupported only: the allowed values, printed as `supported values: "A", "B"`. */
  supported?: string[];
  /** Warnings (e.g. duplicate containerPort) are reported but do not reject the object. */
  warning?: boolean;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  NotFound: 'Not found',
  Duplicate: 'Duplicate value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  TooLong: 'Too long',
};

/** Go's %q for a string: double quotes, backslash escapes for quotes, backslashes and control chars. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** How field.Error prints a bad value: strings quoted, numbers and booleans bare. */
function formatValue(value: unknown): string {
  if (value === null) return '"null"';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  // Values whose Go rendering (%#v of a struct) was prepared by the caller.
  if (typeof value === 'object' && 'goSyntax' in value)
    return String((value as { goSyntax: unknown }).goSyntax);
  if (Array.isArray(value)) return `[]${value.map((v) => formatValue(v)).join(' ')}`;
  return JSON.stringify(value) ?? String(value);
}

/** The part after `<path>: ` (field.Error.ErrorBody). */
export function formatFieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  const valuePrinted = e.type !== 'Required' && e.type !== 'Forbidden' && e.type !== 'TooLong';
  if (valuePrinted && e.value !== undefined) s += `: ${formatValue(e.value)}`;
  let detail = e.detail;
  if (e.type === 'NotSupported' && e.supported && e.supported.length > 0) {
    detail = `supported values: ${e.supported.map(goQuote).join(', ')}`;
  }
  if (detail) s += `: ${detail}`;
  return s;
}

/** `spec.containers[0].image: Required value` */
export function formatFieldError(e: FieldError): string {
  if (e.warning) return `${e.path}: ${e.detail ?? ''}`;
  return `${e.path}: ${formatFieldErrorBody(e)}`;
}

/**
 * What kubectl prints on stderr for an Invalid status (MultilineError): one error →
 * `The Pod "x" is invalid: <error>` (no newline: kubectl's fatal() adds it, see withNewline); several →
 * a header with a trailing space, then one `* <error>` line each, the last one ending in a newline.
 */
export function formatInvalid(kind: string, name: string, errors: FieldError[]): string {
  return formatInvalidLines(kind, name, errors.filter((e) => !e.warning).map(formatFieldError));
}

/** formatInvalid for errors that are already rendered as `<path>: <body>` lines. */
export function formatInvalidLines(kind: string, name: string, lines: string[]): string {
  const prefix = `The ${kind} ${goQuote(name)} is invalid: `;
  if (lines.length === 0) return prefix.trimEnd();
  if (lines.length === 1) return `${prefix}${lines[0]}`;
  return `${prefix}\n${lines.map((l) => `* ${l}\n`).join('')}`;
}

/** The apiserver's own status message (`Pod "x" is invalid: [a, b]`), which kubectl shows when several objects fail. */
export function formatInvalidStatusMessage(kind: string, name: string, lines: string[]): string {
  const body = lines.length === 1 ? lines[0] : `[${lines.join(', ')}]`;
  return `${kind} ${goQuote(name)} is invalid: ${body}`;
}

export const required = (path: string, detail?: string): FieldError => ({ path, type: 'Required', detail });
export const invalid = (path: string, value: unknown, detail?: string): FieldError => ({
  path,
  type: 'Invalid',
  value,
  detail,
});
export const notFound = (path: string, value: unknown): FieldError => ({ path, type: 'NotFound', value });
export const duplicate = (path: string, value: unknown): FieldError => ({ path, type: 'Duplicate', value });
export const forbidden = (path: string, detail: string): FieldError => ({ path, type: 'Forbidden', detail });
export const notSupported = (path: string, value: unknown, supported: string[]): FieldError => ({
  path,
  type: 'NotSupported',
  value,
  supported,
});

/** kubectl's fatal(): the message, plus a newline unless it already ends with one. */
export function withNewline(msg: string): string {
  return msg.endsWith('\n') ? msg : `${msg}\n`;
}
