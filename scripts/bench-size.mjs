// Prints the gzip size of the JS + CSS a first load needs, read from the production build's
// Vite manifest (run `npm run build` first). index.html picks one of two entries (the creator app,
// or the public survey page); a route counts that entry, its lazy route modules and everything they
// import statically. What loads later (PGlite, charts…) is listed apart.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifestPath = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const routes = [
  {
    name: 'creator app, first route (/plan/niche)',
    bar: 250,
    modules: ['index.html', 'src/main.tsx', 'virtual:noyau-messages/en', 'virtual:noyau-messages/respond-en', 'src/app/layouts/wizard-layout.tsx', 'src/app/routes/niche.tsx', 'src/data/embedded/browser-backend.ts'],
  },
  {
    name: 'public survey (/s/:slug), local mode',
    bar: 80,
    modules: ['index.html', 'src/respond-main.tsx', 'virtual:noyau-messages/respond-en', 'src/data/embedded/browser-backend.ts'],
  },
  {
    name: 'public survey (/s/:slug), Supabase mode',
    bar: 80,
    modules: ['index.html', 'src/respond-main.tsx', 'virtual:noyau-messages/respond-en'],
  },
];

function collect(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(imported, files);
  return files;
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

for (const route of routes) {
  const files = new Set();
  for (const key of route.modules) collect(key, files);
  const sizes = [...files].map((file) => ({ file, gzip: gzipSize(file) }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const within = total / 1024 <= route.bar;
  console.log(`\n${route.name}: ${kb(total)} KB gzip (bar ${route.bar} KB) ${within ? 'within the bar' : 'OVER THE BAR'}`);
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(7)} KB  ${s.file}`);
}

const workers = fs.readdirSync(path.join(dist, 'assets')).filter((f) => /worker/i.test(f));
// The database image is fetched on a first visit in local mode only, alongside the first route.
const wasm = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.wasm') || f.endsWith('.data') || f.endsWith('.tar.gz'));
console.log('\nloaded later, not counted above:');
for (const file of [...workers, ...wasm]) console.log(`  ${kb(gzipSize(path.join('assets', file))).padStart(7)} KB  assets/${file}`);
