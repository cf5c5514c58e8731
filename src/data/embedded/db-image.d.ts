// Provided by scripts/vite-plugin-db-image.ts.
declare module 'virtual:noyau-db-image' {
  /** Where the built database image is served. */
  export const dbImageUrl: string;
  /** localStorage key set once the database is stored in this browser. */
  export const storedFlag: string;
}

interface Window {
  /** The database image, fetched by index.html on a first visit (see the Vite plugin). */
  noyauDbImage?: Promise<Blob | null>;
  /** The connection to the database worker, opened by the page's first script (start-early.ts). */
  noyauDbWorker?: Worker;
}
