import './config/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appConfig } from '@/config/env';
import { App } from './app/app';
import { startBackend } from './app/providers';
import './app/base.css';
import './app/styles.css';

if (appConfig.mode !== 'invalid') startBackend(appConfig);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
