// Where Monaco finds its web workers: bundled by Vite (`?worker`), never fetched from a CDN.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker?worker';

/** One bundled worker per label: monaco-yaml's for `yaml`, the plain editor worker otherwise. */
export function createMonacoWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => createMonacoWorker(label),
};
