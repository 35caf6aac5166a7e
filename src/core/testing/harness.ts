// A small headless harness for tests: YAML in, trace out, with helpers to read it like kubectl.
import { parseManifests } from '../manifest/parse';
import { podRow } from '../kubectl/print-pod';
import { simulate, type SimInput } from '../simulate';
import type { ContainerStatus, PodSnapshot, Trace } from '../trace/types';
import { frameAt } from '../trace/frame';

export function run(yaml: string, opts: { until?: number; at?: [number, string][] } = {}): Run {
  const parsed = parseManifests(yaml);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`manifest has errors: ${errors.map((e) => e.message).join('; ')}`);
  const inputs: SimInput[] = (opts.at ?? []).map(([s, command]) => ({ t: s * 1000, command }));
  return new Run(simulate(parsed.objects, inputs, { until: (opts.until ?? 600) * 1000 }));
}

export class Run {
  constructor(readonly trace: Trace) {}

  /** The pod as `kubectl get pod` shows it at virtual second s. */
  row(s: number) {
    const pod = this.pod(s);
    if (!pod) return null;
    const r = podRow(pod, s * 1000);
    return `${r.ready} ${r.status} ${r.restarts.split(' ')[0]}`;
  }

  pod(s: number): PodSnapshot | null {
    return frameAt(this.trace, s * 1000).pod;
  }

  container(s: number, name: string): ContainerStatus {
    const pod = this.pod(s);
    const c = [...(pod?.initContainerStatuses ?? []), ...(pod?.containerStatuses ?? [])].find(
      (x) => x.name === name,
    );
    if (!c) throw new Error(`no container ${name} at ${s}s`);
    return c;
  }

  /** Distinct consecutive `READY STATUS RESTARTS` rows of `kubectl get pod -w`. */
  rows(): string[] {
    const out: string[] = [];
    for (const w of this.trace.watch) {
      const r = `${w.ready} ${w.status} ${w.restarts.split(' ')[0]}`;
      if (out.at(-1) !== r) out.push(r);
    }
    return out;
  }

  events(reason?: string) {
    return this.trace.events.filter((e) => !reason || e.reason === reason);
  }

  /** Virtual seconds at which a container was started (its `Started` events). */
  starts(container: string): number[] {
    return this.trace.events
      .filter((e) => e.reason === 'Started' && e.fieldPath?.endsWith(`{${container}}`))
      .map((e) => e.t / 1000);
  }

  logs(container: string, pod?: string): string[] {
    const name = pod ?? this.trace.snapshots[0]?.name ?? '';
    return (this.trace.logs[name]?.[container] ?? []).map((l) => l.line);
  }
}
