import { dbImageUrl, storedFlag } from 'virtual:noyau-db-image';
import { EmbeddedBackend } from './embedded-backend';

/** The embedded backend as the browser runs it: its worker, localStorage, and the built database image. */
export function createBrowserEmbeddedBackend(): EmbeddedBackend {
  const prefetched = window.noyauDbImage ?? null;
  // Used once: a reset or a retry fetches what it needs itself.
  window.noyauDbImage = undefined;
  return new EmbeddedBackend(undefined, undefined, { url: dbImageUrl, prefetched, storedFlag });
}
