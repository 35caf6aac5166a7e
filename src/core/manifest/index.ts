// Public API of the manifest layer.
export { parseManifests, DEFAULT_MAX_BYTES, type ParseOptions } from './parse';
export {
  applyPodDefaults,
  applyServiceDefaults,
  applyConfigMapDefaults,
  applySecretDefaults,
  defaultPullPolicy,
  imageTag,
} from './defaults';
export { validatePod, podWarnings } from './validate';
export { validateService, validateConfigMap, validateSecret } from './validate-objects';
export {
  formatFieldError,
  formatInvalid,
  formatInvalidLines,
  withNewline,
  type FieldError,
  type FieldErrorType,
} from './field-error';
export { applyMessages, type ApplyOptions, type ApplyOutput, type ApplyLine } from './apply';
export { parseQuantity } from './quantity';
export type * from './types';
