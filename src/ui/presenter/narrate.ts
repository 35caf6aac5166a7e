// Captions for presenter mode: each thing that happens in the trace, told in plain words
// ("init-mydb started because init-myservice completed"). Pure: trace + language in, captions out.
// Kubernetes' own words (reasons, phases, event messages) are quoted as Kubernetes prints them.
import type { ContainerStatus, PodSnapshot, ServiceRecord, Trace, KubeEvent } from '../../core/trace/types';
import type { MessageKey } from '../i18n/en';
import { translate, type Lang, type Params } from '../i18n/translate';

export interface Caption {
  t: number;
  text: string;
}

type Say = (key: MessageKey, params?: Params) => string;

/** The delay in a CrashLoopBackOff message ("back-off 20s restarting failed container=..."). */
export function backOffDelay(message: string | null): string | null {
  return /^back-off (\S+)/.exec(message ?? '')?.[1] ?? null;
}

/** Why a container started for the first time: the one before it is done (or, for a sidecar, up). */
function startCause(say: Say, name: string, isInit: boolean, pod: PodSnapshot | undefined): string {
  const inits = pod?.initContainerStatuses ?? [];
  if (!isInit) {
    return inits.some((c) => c.kind === 'init')
      ? say('narrate.startedAfterInit', { name })
      : say('narrate.started', { name });
  }
  const i = inits.findIndex((c) => c.name === name);
  const before = i > 0 ? inits[i - 1] : null;
  if (!before) return say('narrate.started', { name });
  return before.kind === 'sidecar'
    ? say('narrate.startedAfterSidecar', { name, previous: before.name })
    : say('narrate.startedAfter', { name, previous: before.name });
}

// Starts and restarts come from the kubelet's Started events: a container can run and finish
// between two status updates (an init container that completes in a second), and the events still
// show it ran.
function containerChanges(say: Say, prev: ContainerStatus | undefined, s: ContainerStatus): string[] {
  const out: string[] = [];
  const restarted = prev !== undefined && s.restartCount > prev.restartCount;
  const stateChanged = !prev || prev.state !== s.state || prev.reason !== s.reason || restarted;
  if (stateChanged && s.state === 'terminated') {
    const code = s.exitCode ?? 0;
    out.push(
      code === 0 && s.reason === 'Completed'
        ? say('narrate.completed', { name: s.name })
        : say('narrate.exited', { name: s.name, reason: s.reason ?? 'Error', code }),
    );
  } else if (stateChanged && s.state === 'waiting') {
    const reason = s.reason ?? 'Waiting';
    const delay = reason === 'CrashLoopBackOff' ? backOffDelay(s.message) : null;
    // Every init container waits in PodInitializing at first: only the app containers' wait is news.
    if (!(reason === 'PodInitializing' && s.kind !== 'app'))
      out.push(
        delay
          ? say('narrate.waitingBackOff', { name: s.name, reason, delay })
          : say('narrate.waiting', { name: s.name, reason }),
      );
  }
  // A completed init container counts as ready; that is not worth saying.
  if (s.kind !== 'init' && (prev?.ready ?? false) !== s.ready) {
    out.push(say(s.ready ? 'narrate.ready' : 'narrate.notReady', { name: s.name }));
  }
  return out;
}

function podChanges(say: Say, prev: PodSnapshot | undefined, pod: PodSnapshot): string[] {
  const out: string[] = [];
  if (!prev) out.push(say('narrate.podCreated', { pod: pod.name }));
  if (pod.nodeName && !prev?.nodeName)
    out.push(say('narrate.scheduled', { pod: pod.name, node: pod.nodeName }));
  const before = new Map(
    [...(prev?.initContainerStatuses ?? []), ...(prev?.containerStatuses ?? [])].map((c) => [c.name, c]),
  );
  for (const s of [...pod.initContainerStatuses, ...pod.containerStatuses]) {
    out.push(...containerChanges(say, before.get(s.name), s));
  }
  if (prev && prev.phase !== pod.phase) out.push(say('narrate.phase', { pod: pod.name, phase: pod.phase }));
  if (pod.deletionTimestamp !== null && prev?.deletionTimestamp == null && !pod.deleted)
    out.push(say('narrate.terminating', { pod: pod.name }));
  if (pod.deleted && !prev?.deleted) out.push(say('narrate.deleted', { pod: pod.name }));
  return out;
}

function serviceCaptions(say: Say, services: ServiceRecord[] | undefined): Caption[] {
  const out: Caption[] = [];
  for (const svc of services ?? []) {
    if (svc.createdAt > 0)
      out.push({ t: svc.createdAt, text: say('narrate.serviceCreated', { name: svc.name }) });
    if (svc.deletedAt !== null)
      out.push({ t: svc.deletedAt, text: say('narrate.serviceDeleted', { name: svc.name }) });
  }
  return out;
}

/** Starts (with their cause), restarts, probe failures and kills, from the kubelet's events. */
function eventCaptions(say: Say, events: KubeEvent[], pods: Map<string, PodSnapshot>): Caption[] {
  const out: Caption[] = [];
  const starts = new Map<string, number>();
  for (const e of events) {
    const path = /^spec\.(initContainers|containers)\{(.+)\}$/.exec(e.fieldPath ?? '');
    const name = path?.[2] ?? e.object;
    const podName = e.object.replace(/^pod\//, '');
    if (e.reason === 'Started' && path) {
      const key = `${podName}/${name}`;
      const count = starts.get(key) ?? 0;
      starts.set(key, count + 1);
      const text =
        count === 0
          ? startCause(say, name, path[1] === 'initContainers', pods.get(podName))
          : say('narrate.restarted', { name, count });
      out.push({ t: e.t, text });
    } else if (e.reason === 'Unhealthy') {
      out.push({ t: e.t, text: say('narrate.unhealthy', { name, message: e.message }) });
    } else if (e.reason === 'Killing') {
      out.push({ t: e.t, text: say('narrate.killing', { name, message: e.message }) });
    }
  }
  return out;
}

/** Every caption of the trace, in time order. */
export function narrate(trace: Trace, lang: Lang, podName?: string): Caption[] {
  const say: Say = (key, params) => translate(lang, key, params);
  const captions: Caption[] = [];
  const last = new Map<string, PodSnapshot>();
  for (const snap of trace.snapshots) {
    if (podName !== undefined && snap.name !== podName) continue;
    for (const text of podChanges(say, last.get(snap.name), snap)) captions.push({ t: snap.t, text });
    last.set(snap.name, snap);
  }
  const events = trace.events.filter((e) => podName === undefined || e.object === `pod/${podName}`);
  captions.push(...serviceCaptions(say, trace.services), ...eventCaptions(say, events, last));
  // Stable: at equal times, status changes first ("completed"), then Services, then events ("started").
  return captions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.t - b.c.t || a.i - b.i)
    .map(({ c }) => c);
}

/** The captions of the latest moment at or before t (what the presenter is talking about now). */
export function captionsAt(captions: Caption[], t: number): { at: number | null; lines: string[] } {
  let at: number | null = null;
  for (const c of captions) {
    if (c.t > t) break;
    at = c.t;
  }
  if (at === null) return { at: null, lines: [] };
  return { at, lines: captions.filter((c) => c.t === at).map((c) => c.text) };
}
