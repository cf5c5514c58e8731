import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouteError } from './components/route-error';
import { AppLayout } from './layouts/app-layout';
import NotFound from './routes/not-found';

// Every page is its own chunk: the public survey page must not pay for the creator's app.
export const routes: RouteObject[] = [
  {
    path: '/s/:slug',
    errorElement: <RouteError />,
    lazy: () => import('./routes/respond').then((m) => ({ Component: m.default })),
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/plan/niche" replace /> },
      {
        path: 'plan',
        lazy: () => import('./layouts/wizard-layout').then((m) => ({ Component: m.WizardLayout })),
        children: [
          { index: true, element: <Navigate to="/plan/niche" replace /> },
          { path: 'niche', lazy: () => import('./routes/niche').then((m) => ({ Component: m.default })) },
          { path: 'survey', lazy: () => import('./routes/survey').then((m) => ({ Component: m.default })) },
          { path: 'platform', lazy: () => import('./routes/platform').then((m) => ({ Component: m.default })) },
          { path: 'rituals', lazy: () => import('./routes/rituals').then((m) => ({ Component: m.default })) },
          { path: 'launch', lazy: () => import('./routes/launch').then((m) => ({ Component: m.default })) },
          { path: 'summary', lazy: () => import('./routes/summary').then((m) => ({ Component: m.default })) },
        ],
      },
      { path: 'surveys/:surveyId/edit', lazy: () => import('./routes/survey-edit').then((m) => ({ Component: m.default })) },
      { path: 'surveys/:surveyId/results', lazy: () => import('./routes/survey-results').then((m) => ({ Component: m.default })) },
      { path: 'coach', lazy: () => import('./routes/coach').then((m) => ({ Component: m.default })) },
      { path: 'coach/join', lazy: () => import('./routes/coach-join').then((m) => ({ Component: m.default })) },
      { path: 'coach/plans/:planId', lazy: () => import('./routes/coach-review').then((m) => ({ Component: m.default })) },
      { path: 'inbox', lazy: () => import('./routes/inbox').then((m) => ({ Component: m.default })) },
      { path: 'account', lazy: () => import('./routes/account').then((m) => ({ Component: m.default })) },
      { path: 'help/local-mode', lazy: () => import('./routes/help').then((m) => ({ Component: m.default })) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
