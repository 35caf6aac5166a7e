// The playground: editor on the left, the simulation of what Kubernetes does with it on the right.
import { Header } from './layout/Header';
import { EditorPane } from './layout/EditorPane';
import { SimulationPane } from './layout/SimulationPane';
import { useLang } from './i18n';
import { useEffect } from 'react';

export function App() {
  const lang = useLang((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <EditorPane />
        <SimulationPane />
      </main>
    </div>
  );
}
