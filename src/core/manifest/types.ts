// Types shared by the manifest layer (parse, defaults, validation) and its consumers.
import type { Pod, Service, ConfigMap, Secret } from 'kubernetes-types/core/v1';

export type { Pod, Service, ConfigMap, Secret };
export type { Container, Probe, Volume, VolumeMount } from 'kubernetes-types/core/v1';

/** 1-based lines and columns, end exclusive, as Monaco's IRange expects. */
export interface SourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable code, e.g. `yaml/bad-indentation`, `api/required`, `api/unknown-field`, `api/unknown-kind`. */
  code: string;
  /** The text as the API server / kubectl would print it for this one problem. */
  message: string;
  /** Field path as Kubernetes prints it, e.g. `spec.containers[0].image`; absent for YAML syntax errors. */
  path?: string;
  /** Index of the YAML document in the stream (0-based). */
  docIndex: number;
  range: SourceRange;
}

export type KnownKind = 'Pod' | 'Service' | 'ConfigMap' | 'Secret';

/** One Kubernetes object from the stream, defaulted, with where it came from. */
export interface ManifestObject {
  kind: KnownKind;
  name: string;
  namespace: string;
  docIndex: number;
  /** The object with API defaults applied (section 1 of the semantics spec). */
  object: Pod | Service | ConfigMap | Secret;
  /** Range of the whole document. */
  range: SourceRange;
  /** Range of the value at a Kubernetes field path (`spec.containers[1].image`), or undefined. */
  rangeOf(path: string): SourceRange | undefined;
  /** API warnings kubectl prints as `Warning: <text>` (e.g. duplicate containerPort), without the prefix. */
  warnings?: string[];
}

/** Why a document of the stream was not applied: what `kubectl apply` needs to print the error. */
export interface RejectedDocument {
  docIndex: number;
  /** yaml: syntax; kind: no such kind/version; decode: unknown fields or wrong types; invalid: API validation. */
  stage: 'yaml' | 'kind' | 'decode' | 'invalid';
  kind: string;
  apiVersion: string;
  name: string;
  namespace: string;
  /**
   * yaml: the problems; kind: the full kubectl mapping error; decode: the decoder's problems in the
   * order the API server reports them (type errors first, then unknown fields); invalid: formatted field errors.
   */
  messages: string[];
}

export interface ParseResult {
  /** Only objects that are valid enough to be applied (no error diagnostics in their document). */
  objects: ManifestObject[];
  diagnostics: Diagnostic[];
  /** Documents that were refused, in stream order (optional for backward compatibility). */
  rejected?: RejectedDocument[];
}
