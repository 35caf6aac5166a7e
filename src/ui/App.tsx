// The playground: editor on the left, the simulation of what Kubernetes does with it on the right.
import { Header } from './layout/Header';
import { EditorPane } from './layout/EditorPane';
import { SimulationPane } from './layout/SimulationPane';
import { Console } from './console/Console';
import { LessonsPanel } from './lessons';
import { useLang } from './i18n';
import { useEffect } from 'react';
import { ShareNotice } from './share/ShareDialogs';
import { useShare } from './share/shareState';
import { PresenterView } from './presenter/PresenterView';
import { EmbedView } from './embed/EmbedView';

export function App() {
  const lang = useLang((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const view = useShare((s) => s.view);
  if (view.mode === 'present') return <PresenterView />;
  if (view.mode === 'embed') return <EmbedView editable={view.editable} />;
  return (
    <div className="app">
      <Header />
      <ShareNotice />
      <main className="workspace workspace-lessons">
        <LessonsPanel />
        <EditorPane />
        <SimulationPane />
      </main>
      <Console />
    </div>
  );
}
