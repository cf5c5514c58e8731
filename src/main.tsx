import './config/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appConfig } from '@/config/env';
import { App } from './app/app';
import { useLocaleStore } from './i18n/i18n';
import { loadCatalogue } from './i18n/runtime';
import { startBackend } from './app/providers';
import './app/base.css';
import './app/styles.css';

if (appConfig.mode !== 'invalid') startBackend(appConfig);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// The language the app shows is loaded before it shows anything (the other one, when chosen),
// with the survey page's messages in it, for the builder's preview.
const locale = useLocaleStore.getState().locale;
void Promise.all([loadCatalogue(locale), loadCatalogue(`respond-${locale}`)]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
