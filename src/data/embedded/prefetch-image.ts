// A first visit in local mode: the database image downloads while the app's code does (the
// worker would otherwise ask for it only once it runs). index.html loads this first; the Vite
// plugin (scripts/vite-plugin-db-image.ts) adds it in local mode only. Not an inline script, so a
// Content-Security-Policy without 'unsafe-inline' allows it.
import { dbImageUrl, storedFlag } from 'virtual:noyau-db-image';

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
