import { PGlite } from '@electric-sql/pglite';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { DEMO_USER_ID, type OpenDatabase } from '@/data/embedded/db-host';
import { EmbeddedBackend } from '@/data/embedded/embedded-backend';
import type { Clock } from '@/domain/clock';
import { openSnapshot } from './db';
import { inProcessWorker } from './in-process-worker';
import { seedSql } from './sql-files';

// Opening PGlite costs about a second, so a test file opens the snapshot once and each test
// starts from a clean state: every user but the demo one is deleted (their plans, surveys,
// responses… go with them), and the demo is removed or put back as the test asks.
let shared: Promise<PGlite> | null = null;

async function openClean(keepDemo: boolean): Promise<PGlite> {
  shared ??= openSnapshot();
  const db = await shared;
  await db.query('delete from auth.users where id <> $1', [DEMO_USER_ID]);
  if (keepDemo) await db.exec(seedSql);
  else await db.query('delete from auth.users where id = $1', [DEMO_USER_ID]);
  return db;
}

export interface RenderAppOptions {
  openDatabase?: OpenDatabase;
  /** Keep the seed's demo profile, plan and survey (for the public survey page). */
  keepDemo?: boolean;
  /** The app's clock: the tests that depend on the date set their own instant. */
  clock?: Clock;
  /** Changes the clean database before the app opens it (as its superuser). */
  prepare?: (db: PGlite) => Promise<void>;
}

export function renderApp(path: string, { openDatabase, keepDemo = false, clock, prepare }: RenderAppOptions = {}) {
  const databases: PGlite[] = [];
  let waitingOnTest = false;
  const open: OpenDatabase = async (inMemory, loadImage) => {
    waitingOnTest = !!openDatabase;
    try {
      const opened = await (openDatabase ?? (async () => {
        const db = await openClean(keepDemo);
        await prepare?.(db);
        return db;
      }))(inMemory, loadImage);
      databases.push(opened instanceof PGlite ? opened : opened.db);
      return opened;
    } finally {
      waitingOnTest = false;
    }
  };
  const backend = new EmbeddedBackend(() => inProcessWorker(open, () => waitingOnTest), localStorage);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders config={{ mode: 'embedded' }} backend={backend} clock={clock}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, backend, databases };
}
