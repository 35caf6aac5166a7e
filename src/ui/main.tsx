import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installTestHook } from './store';
import './styles/app.css';
import { startShare } from './share/startup';
import { registerServiceWorker } from './pwa/register';

installTestHook(window as unknown as Parameters<typeof installTestHook>[0]);
startShare();
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  // A transition renders in small slices, yielding to the browser between them: the first screen
  // does not arrive as one long task that blocks input.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
