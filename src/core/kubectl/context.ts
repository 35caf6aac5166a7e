// What a kubectl command runs against, and what it answers.
import type { Cluster } from '../cluster/cluster';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** kubectl keeps waiting after printing (delete waits for the object to be gone): call resolve
   * when it returns. */
  waitFor?: (resolve: () => void) => void;
}

export interface KubectlContext {
  cluster: Cluster;
  /** Files a command may read with -f (the CLI's file, the console's editor buffer). */
  files: Record<string, string>;
  /** Standard input (`kubectl apply -f -`, a pasted heredoc). */
  stdin: string | null;
}

export type Done = (out: CommandOutput) => void;

export const ok = (stdout: string): CommandOutput => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1): CommandOutput => ({ stdout: '', stderr, exitCode });

/** kubectl's resource type aliases for the kinds the playground knows. */
export function resourceType(word: string): 'pods' | 'services' | 'configmaps' | 'secrets' | 'events' | null {
  const w = word.toLowerCase();
  if (['pod', 'pods', 'po'].includes(w)) return 'pods';
  if (['service', 'services', 'svc'].includes(w)) return 'services';
  if (['configmap', 'configmaps', 'cm'].includes(w)) return 'configmaps';
  if (['secret', 'secrets'].includes(w)) return 'secrets';
  if (['event', 'events', 'ev'].includes(w)) return 'events';
  return null;
}

export const singular = {
  pods: 'pod',
  services: 'service',
  configmaps: 'configmap',
  secrets: 'secret',
  events: 'event',
} as const;

// The trace's ServiceRecord keeps no labels; kubectl describe shows them, so the commands that
// create objects remember them here, per cluster.
const labelsByCluster = new WeakMap<Cluster, Map<string, Record<string, string>>>();

export function rememberLabels(
  c: Cluster,
  type: 'services' | 'configmaps' | 'secrets',
  ns: string,
  name: string,
  labels: Record<string, string> | undefined,
): void {
  let m = labelsByCluster.get(c);
  if (!m) labelsByCluster.set(c, (m = new Map()));
  m.set(`${type}/${ns}/${name}`, { ...(labels ?? {}) });
}

export function objectLabels(
  c: Cluster,
  type: 'services' | 'configmaps' | 'secrets',
  ns: string,
  name: string,
): Record<string, string> {
  return labelsByCluster.get(c)?.get(`${type}/${ns}/${name}`) ?? {};
}

/** The name the editor's text goes by (the t=0 action is `kubectl apply -f pod.yaml`). */
export const EDITOR_FILE = 'pod.yaml';
