// The guided exercises, in the order the lesson list shows them (easy and foundational first).
import type { Exercise } from '../types';
import { badImage } from './bad-image';
import { ckaFixInvalid } from './cka-fix-invalid';
import { ckaWritePod } from './cka-write-pod';
import { crashloopTypo } from './crashloop-typo';
import { gitCloneBusybox } from './git-clone-busybox';
import { initConfigKey } from './init-config-key';
import { initFailPolicy } from './init-fail-policy';
import { initWaitServices } from './init-wait-services';
import { nativeSidecarOrder } from './native-sidecar-order';
import { portConflict } from './port-conflict';
import { probeLiveness } from './probe-liveness';
import { probeReadiness } from './probe-readiness';
import { sidecarJobCompletes } from './sidecar-job-completes';
import { sidecarLogShipper } from './sidecar-log-shipper';

export const EXERCISES: readonly Exercise[] = [
  initWaitServices,
  gitCloneBusybox,
  initFailPolicy,
  initConfigKey,
  crashloopTypo,
  badImage,
  sidecarLogShipper,
  nativeSidecarOrder,
  sidecarJobCompletes,
  probeReadiness,
  probeLiveness,
  portConflict,
  ckaWritePod,
  ckaFixInvalid,
];

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
