import { dbImageUrl, storedFlag } from 'virtual:noyau-db-image';
import { connectDatabaseWorker } from './connect-worker';
import { EmbeddedBackend } from './embedded-backend';

/** The embedded backend as the browser runs it: its worker, localStorage, and the built database image. */
export function createBrowserEmbeddedBackend(): EmbeddedBackend {
  // What the page's first script started (start-early.ts), each used once: a reset or a retry
  // connects and fetches what it needs itself.
  const prefetched = window.noyauDbImage ?? null;
  window.noyauDbImage = undefined;
  let early = window.noyauDbWorker ?? null;
  window.noyauDbWorker = undefined;
  const connect = () => {
    const worker = early ?? connectDatabaseWorker();
    early = null;
    return worker;
  };
  return new EmbeddedBackend(connect, undefined, { url: dbImageUrl, prefetched, storedFlag });
}
