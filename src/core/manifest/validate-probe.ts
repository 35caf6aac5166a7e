// Probes, handlers and lifecycle hooks (validation.go validateProbe, validateHandler, validateLifecycle).
import { type FieldError, forbidden, invalid, notSupported, required } from './field-error';
import { IS_NEGATIVE_ERROR, isValidPortName, isValidPortNum } from './names';
import { asArray, asInt, asObj, asString, isObj, isSet, type Obj } from './validate-util';

/** intstr.IntOrString port: numbers must be 1-65535, strings must be IANA_SVC_NAMEs. */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'number') return isValidPortNum(port).map((m) => invalid(path, port, m));
  const s = asString(port);
  return isValidPortName(s).map((m) => invalid(path, s, m));
}

type HandlerKind = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';

function validateOneHandler(kind: HandlerKind, h: Obj, path: string, gracePeriod?: number): FieldError[] {
  switch (kind) {
    case 'exec':
      return asArray(h.command).length === 0 ? [required(`${path}.command`)] : [];
    case 'httpGet': {
      const errs: FieldError[] = [];
      if (asString(h.path) === '') errs.push(required(`${path}.path`));
      errs.push(...validatePortNumOrName(h.port, `${path}.port`));
      const scheme = asString(h.scheme);
      if (scheme !== 'HTTP' && scheme !== 'HTTPS')
        errs.push(notSupported(`${path}.scheme`, scheme, ['HTTP', 'HTTPS']));
      for (const header of asArray(h.httpHeaders)) {
        const name = asString(asObj(header).name);
        if (!/^[-A-Za-z0-9]+$/.test(name)) {
          errs.push(
            invalid(
              `${path}.httpHeaders`,
              name,
              "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
            ),
          );
        }
      }
      return errs;
    }
    case 'tcpSocket':
      return validatePortNumOrName(h.port, `${path}.port`);
    case 'grpc':
      return isValidPortNum(asInt(h.port)).map((m) => invalid(`${path}.port`, asInt(h.port), m));
    case 'sleep': {
      // PodLifecycleSleepActionAllowZero is on in 1.34: 0 is fine, more than the grace period is not.
      const seconds = asInt(h.seconds);
      if (gracePeriod === undefined || (seconds >= 0 && seconds <= gracePeriod)) return [];
      return [
        invalid(
          path,
          seconds,
          `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`,
        ),
      ];
    }
  }
}

/** Exactly one handler; `sleep` only exists for lifecycle hooks. */
export function validateHandler(
  handler: Obj,
  path: string,
  allowSleep: boolean,
  gracePeriod?: number,
): FieldError[] {
  const kinds: HandlerKind[] = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
  if (allowSleep) kinds.push('sleep');
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of kinds) {
    if (!isSet(handler[kind])) continue;
    if (count > 0) {
      errs.push(forbidden(`${path}.${kind}`, 'may not specify more than 1 handler type'));
      continue;
    }
    count++;
    errs.push(...validateOneHandler(kind, asObj(handler[kind]), `${path}.${kind}`, gracePeriod));
  }
  if (count === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

function nonNegative(value: unknown, path: string): FieldError[] {
  const n = asInt(value);
  return n < 0 ? [invalid(path, n, IS_NEGATIVE_ERROR)] : [];
}

function validateProbe(probe: Obj, path: string): FieldError[] {
  const errs = validateHandler(probe, path, false);
  for (const f of [
    'initialDelaySeconds',
    'timeoutSeconds',
    'periodSeconds',
    'successThreshold',
    'failureThreshold',
  ]) {
    errs.push(...nonNegative(probe[f], `${path}.${f}`));
  }
  if (isSet(probe.terminationGracePeriodSeconds) && asInt(probe.terminationGracePeriodSeconds) <= 0) {
    errs.push(
      invalid(
        `${path}.terminationGracePeriodSeconds`,
        asInt(probe.terminationGracePeriodSeconds),
        'must be greater than 0',
      ),
    );
  }
  return errs;
}

export function validateLivenessOrStartupProbe(probe: unknown, path: string): FieldError[] {
  if (!isObj(probe)) return [];
  const errs = validateProbe(probe, path);
  if (asInt(probe.successThreshold) !== 1) {
    errs.push(invalid(`${path}.successThreshold`, asInt(probe.successThreshold), 'must be 1'));
  }
  return errs;
}

export function validateReadinessProbe(probe: unknown, path: string): FieldError[] {
  if (!isObj(probe)) return [];
  const errs = validateProbe(probe, path);
  if (isSet(probe.terminationGracePeriodSeconds)) {
    errs.push(
      invalid(
        `${path}.terminationGracePeriodSeconds`,
        asInt(probe.terminationGracePeriodSeconds),
        'must not be set for readinessProbes',
      ),
    );
  }
  return errs;
}

/** `gracePeriod` is the pod's terminationGracePeriodSeconds (a sleep hook may not outlast it). */
export function validateLifecycle(lifecycle: unknown, path: string, gracePeriod?: number): FieldError[] {
  if (!isObj(lifecycle)) return [];
  const errs: FieldError[] = [];
  for (const hook of ['postStart', 'preStop'] as const) {
    const h = lifecycle[hook];
    if (isObj(h)) errs.push(...validateHandler(h, `${path}.${hook}`, true, gracePeriod));
  }
  return errs;
}
