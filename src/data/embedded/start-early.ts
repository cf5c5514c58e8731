// The page's first script in local mode, so the database does not wait for the app's code: it
// connects to the database worker, which starts opening a stored database at once, and on a first
// visit downloads the database image (the worker would otherwise ask for it only once it runs).
// The Vite plugin (scripts/vite-plugin-db-image.ts) adds it to index.html in local mode only. Not
// an inline script, so a Content-Security-Policy without 'unsafe-inline' allows it.
import { dbImageUrl, storedFlag } from 'virtual:noyau-db-image';
import { connectDatabaseWorker } from './connect-worker';

try {
  if (!localStorage.getItem(storedFlag)) {
    window.noyauDbImage = fetch(dbImageUrl).then(
      (response) => (response.ok ? response.blob() : null),
      () => null,
    );
  }
} catch {
  // No localStorage (storage refused): the worker fetches the image itself if it needs it.
}

try {
  window.noyauDbWorker = connectDatabaseWorker();
} catch {
  // No worker here: the embedded backend reports it when it connects.
}
