// The playground: editor on the left, the simulation of what Kubernetes does with it on the right.
import { Header } from './layout/Header';
import { EditorPane } from './layout/EditorPane';
import { SimulationPane } from './layout/SimulationPane';
import { Console } from './console/Console';
import { LessonsPanel } from './lessons';
import { useLang } from './i18n';
import { lazy, Suspense, useEffect } from 'react';
import { ShareNotice } from './share/ShareNotice';
import { useShare } from './share/shareState';

// Presenter and embed modes are separate screens: their code loads only when a link asks for one.
const PresenterView = lazy(() =>
  import('./presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);
const EmbedView = lazy(() => import('./embed/EmbedView').then((m) => ({ default: m.EmbedView })));

export function App() {
  const lang = useLang((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const view = useShare((s) => s.view);
  if (view.mode === 'present')
    return (
      <Suspense fallback={null}>
        <PresenterView />
      </Suspense>
    );
  if (view.mode === 'embed')
    return (
      <Suspense fallback={null}>
        <EmbedView editable={view.editable} />
      </Suspense>
    );
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
