import { PGlite } from '@electric-sql/pglite';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { routes } from '@/app/router';
import { createDbHost, DEMO_USER_ID, type OpenDatabase } from '@/data/embedded/db-host';
import { EmbeddedBackend } from '@/data/embedded/embedded-backend';
import type { Clock } from '@/domain/clock';
import { openSnapshot } from './db';
import { seedSql } from './sql-files';

/** What the in-process hosts of this file still have in hand, and a way to silence them. */
interface InProcessHost {
  close: () => void;
  busy: Set<Promise<void>>;
  /** Waiting for a test's own opener, which may never answer (a database kept "opening"). */
  waitsOnTest: () => boolean;
}
const hosts = new Set<InProcessHost>();

/**
 * The embedded backend with its real database host, run in this process instead of a Web Worker:
 * messages are structured-cloned across, as they would be between threads.
 */
export function inProcessWorker(openDatabase: OpenDatabase, waitsOnTest: () => boolean = () => false): Worker {
  let closed = false;
  const busy = new Set<Promise<void>>();
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null,
    postMessage(data: unknown) {
      if (closed) return;
      queueMicrotask(() => {
        const work = host.receive(structuredClone(data) as Parameters<typeof host.receive>[0]);
        busy.add(work);
        void work.finally(() => busy.delete(work));
      });
    },
    terminate() {
      closed = true;
    },
  };
  const host = createDbHost(
    (message) => queueMicrotask(() => !closed && worker.onmessage?.({ data: structuredClone(message) } as MessageEvent)),
    openDatabase,
  );
  hosts.add({ close: worker.terminate, busy, waitsOnTest });
  return worker as unknown as Worker;
}

/**
 * Ends every app this file rendered: their hosts take no new message and the work they had in
 * hand finishes, so a test that ended while its database was still opening (cleaning the shared
 * database, creating a profile, saving a draft) cannot write into the next test's database. A host
 * still held by a test's own opener is only closed: that opener decides when, or whether, it ends.
 * Run after each test.
 */
export async function stopApps(): Promise<void> {
  for (const host of hosts) host.close();
  for (const host of hosts) {
    while (host.busy.size > 0 && !host.waitsOnTest()) await Promise.race([Promise.allSettled([...host.busy]), nextTurn()]);
  }
  hosts.clear();
}

/** Lets pending callbacks run, so a host that starts waiting on a test's opener is seen doing so. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
}

export function renderApp(path: string, { openDatabase, keepDemo = false, clock }: RenderAppOptions = {}) {
  const databases: PGlite[] = [];
  let waitingOnTest = false;
  const open: OpenDatabase = async (inMemory, loadImage) => {
    waitingOnTest = !!openDatabase;
    try {
      const opened = await (openDatabase ?? (() => openClean(keepDemo)))(inMemory, loadImage);
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
