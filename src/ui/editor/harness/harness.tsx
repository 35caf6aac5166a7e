// Dev-only page that renders the editor alone, for working on it without the app (not in the build):
//   npx vite --config src/ui/editor/harness/vite.harness.config.ts
// In devtools: harness.setDiagnostics([...]), harness.setHighlight({...}), harness.revealLine(3),
// harness.setReadOnly(true). The e2e test (e2e/editor.spec.ts) runs against the real app at '/'.
import { StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Diagnostic, SourceRange } from '../../../core/manifest/types';
import { ManifestEditor, ManifestPreview, revealLine } from '../index';

const START = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "echo hello; sleep 3600"]
`;

interface HarnessApi {
  setDiagnostics(diagnostics: Diagnostic[]): void;
  setValue(value: string): void;
  setHighlight(range: SourceRange | null): void;
  setReadOnly(readOnly: boolean): void;
  revealLine(line: number): void;
  changes: string[];
  cursorLines: number[];
}

declare global {
  interface Window {
    harness?: HarnessApi;
  }
}

// `?two` mounts a second, read-only editor beside the first (two models at once).
const second = new URLSearchParams(window.location.search).has('two');

function Harness() {
  const [value, setValue] = useState(START);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [highlight, setHighlight] = useState<SourceRange | null>(null);
  const [cursorLine, setCursorLine] = useState(1);
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => {
    window.harness = {
      setDiagnostics,
      setValue,
      setHighlight,
      setReadOnly,
      revealLine,
      changes: [],
      cursorLines: [],
    };
  }, []);
  return (
    <>
      <div style={{ height: '3rem', font: '14px sans-serif', padding: '0.5rem' }}>
        Editor harness: cursor line <output data-testid="cursor-line">{cursorLine}</output>
      </div>
      <div className="box">
        <Suspense fallback={<ManifestPreview value={value} diagnostics={diagnostics} />}>
          <ManifestEditor
            value={value}
            onChange={(text) => {
              window.harness?.changes.push(text);
              setValue(text);
            }}
            diagnostics={diagnostics}
            highlight={highlight}
            onCursorLine={(line) => {
              window.harness?.cursorLines.push(line);
              setCursorLine(line);
            }}
            readOnly={readOnly}
            ariaLabel="Pod manifest"
          />
        </Suspense>
        {second && (
          <Suspense fallback={<ManifestPreview value={value} diagnostics={[]} />}>
            <ManifestEditor value={value} onChange={() => {}} diagnostics={[]} readOnly ariaLabel="Copy" />
          </Suspense>
        )}
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
