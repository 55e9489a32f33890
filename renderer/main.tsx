import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/fonts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, initApi } from './api/client';
import { App } from './app/App';
import { initI18n, resolveLanguage } from './i18n';

async function start(): Promise<void> {
  initApi();
  // Start in the saved language so the first screen does not flicker from English;
  // if settings cannot be read, the system language is the best guess.
  const settings = await api.invoke('settings.get', {}).catch(() => null);
  await initI18n(resolveLanguage(settings?.language ?? null, navigator.language));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
