#!/usr/bin/env node
// `npm run test:e2e`: end-to-end tests in the system's Chromium against the production build.
// Usage: node scripts/e2e.mjs [any `playwright test` argument, e.g. a file, -g "pattern", --headed]
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(
    `e2e: no Chromium at ${chromium}${process.env.CHROMIUM_PATH ? ' (from CHROMIUM_PATH)' : ''}.\n` +
      '  The end-to-end tests use the system browser (`npx playwright install` is not needed):\n' +
      '  install Debian\'s chromium: apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

/** Runs a command in the project root with the terminal attached; returns its exit code. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) {
    console.error(`e2e: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  if (result.signal) return 1;
  return result.status ?? 1;
}

/** The newest modification time of the files under `path` (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

const builtIndex = join(root, 'dist', 'index.html');
if (existsSync(builtIndex)) {
  const sources = ['src', 'supabase/migrations', 'supabase/bootstrap', 'index.html', 'vite.config.ts'];
  if (Math.max(...sources.map((source) => newest(join(root, source)))) > statSync(builtIndex).mtimeMs) {
    console.warn('e2e: warning: dist/ is older than the sources; these tests run the previous build (`npm run build` to refresh).');
  }
} else {
  console.log('e2e: no production build in dist/, running `npm run build` first.');
  const code = run('npm', ['run', 'build']);
  if (code !== 0) {
    console.error('e2e: the build failed; fix it before running the end-to-end tests.');
    process.exit(code);
  }
}

process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
