import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { appConfig } from '@/config/env';
import { useLocale } from '@/i18n/i18n';
import { ConfigErrorPage } from './components/config-error-page';
import { ErrorBoundary } from './components/error-boundary';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

const router = createAppRouter();

export function App() {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  if (appConfig.mode === 'invalid') return <ConfigErrorPage problems={appConfig.problems} />;
  return (
    <ErrorBoundary>
      <AppProviders config={appConfig}>
        <RouterProvider router={router} />
      </AppProviders>
    </ErrorBoundary>
  );
}
