// Loads Monaco for PodLab: the editor core, only the YAML language, monaco-yaml with the bundled
// Kubernetes schema, and the two web workers. Only the lazy editor chunk imports this module, so none
// of it is in the first-load JS.
//
// We import `editor.api` (+ the editor features in `editor.all`) instead of the full `monaco-editor`
// entry, which would pull ~90 languages and the TypeScript worker. The full entry also carries the
// adapter that lets `monaco.editor.createWebWorker` take `{ moduleId, label, createData }` (the form
// monaco-yaml uses); without it monaco-yaml's worker silently falls back to the main thread and never
// validates. `installCreateWebWorkerAdapter` below is that adapter, as monaco-editor 0.54.0 has it.
import { createMonacoWorker } from './monacoEnvironment';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import { configureMonacoYaml, type JSONSchema, type MonacoYaml } from 'monaco-yaml';
import k8sSchema from '../../core/manifest/k8s-schema.json';
import { monacoYamlOptions } from './yamlSchema';

export { monaco };

type WorkerOptions = {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  host?: unknown;
  keepIdleModels?: boolean;
  worker?: Worker | Promise<Worker>;
};

function installCreateWebWorkerAdapter(): void {
  const createWebWorker = monaco.editor.createWebWorker as unknown as (opts: WorkerOptions) => unknown;
  const adapted = (opts: WorkerOptions): unknown => {
    if (opts.worker !== undefined) return createWebWorker(opts);
    const worker = createMonacoWorker(opts.label ?? 'monaco-editor-worker');
    // monaco-worker-manager's worker waits for one message, then reads `createData` from the next.
    worker.postMessage('ignore');
    worker.postMessage(opts.createData);
    return createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
  };
  (monaco.editor as unknown as { createWebWorker: typeof adapted }).createWebWorker = adapted;
}

let yaml: MonacoYaml | null = null;

/** Idempotent: the first editor mount sets Monaco up, later mounts reuse it. */
export function setUpMonaco(): typeof monaco {
  if (yaml) return monaco;
  installCreateWebWorkerAdapter();
  yaml = configureMonacoYaml(monaco, monacoYamlOptions(k8sSchema as JSONSchema));
  // Published like the TypeScript playground does, for devtools and the e2e tests. (Monaco's own
  // `MonacoEnvironment.globalAPI` flag is read while its modules evaluate, before we can set it.)
  (globalThis as { monaco?: typeof monaco }).monaco = monaco;
  return monaco;
}
