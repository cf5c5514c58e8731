// The page's Content-Security-Policy allows no eval (vite.config.ts). zod 4 would test for one
// (new Function) when each object schema is created, to compile faster parsers: a CSP violation.
// Imported first by the creator app's entry, so it runs before any schema module.
import * as z from 'zod/mini';

z.config({ jitless: true });
