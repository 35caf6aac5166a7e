import { StrictMode } from 'react';
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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
