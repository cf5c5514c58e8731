// `npm run bench`: every benchmark that prints the DESIGN.md quality-bar figures.
// Figures only: nothing here fails a build; compare them with the bars it prints.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const run = (script, args = []) => execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });

if (!fs.existsSync(new URL('../dist/.vite/manifest.json', import.meta.url))) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
console.log('== Bundle sizes (gzip) ==');
run(new URL('./bench-size.mjs', import.meta.url).pathname);

console.log('\n== Public survey page in Chromium (Supabase mode, loopback stand-in) ==');
run(new URL('./bench-title.mjs', import.meta.url).pathname);

console.log('\n== Embedded mode (PGlite in the browser) ==');
run(new URL('./bench-embedded.mjs', import.meta.url).pathname);
run(new URL('./bench-local-export.mjs', import.meta.url).pathname);

console.log('\n== Survey functions on PostgreSQL 15 ==');
run(new URL('./bench-survey.mjs', import.meta.url).pathname);
run(new URL('./bench-coach.mjs', import.meta.url).pathname);
