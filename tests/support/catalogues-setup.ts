import { loadCatalogue } from '@/i18n/runtime';

// The app loads the language it shows before showing it (src/main.tsx, src/respond-main.tsx);
// tests switch languages freely: every catalogue, loaded once per file.
await Promise.all((['en', 'fr', 'respond-en', 'respond-fr'] as const).map(loadCatalogue));
