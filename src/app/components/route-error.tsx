import { isRouteErrorResponse, useRouteError } from 'react-router';
import NotFound from '../routes/not-found';
import { ErrorPage } from './error-page';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <ErrorPage error={error} />;
}
