import fs from 'node:fs';
import path from 'node:path';
import type { SqlFile } from '@/data/embedded/migrate';

const root = path.resolve(import.meta.dirname, '../..');

export const bootstrapSql = fs.readFileSync(path.join(root, 'supabase/bootstrap/local.sql'), 'utf8');
export const seedSql = fs.readFileSync(path.join(root, 'supabase/seed.sql'), 'utf8');

export function migrationFiles(): SqlFile[] {
  return sqlFilesIn(path.join(root, 'supabase/migrations'));
}

function sqlFilesIn(dir: string): SqlFile[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * The first release's twenty migrations, as local-mode browsers ran them: frozen here so the
 * upgrade to the baselines can be tested on a database built by them (tests/db/upgrade-release-1.test.ts).
 */
export function releaseOneMigrations(): SqlFile[] {
  return sqlFilesIn(path.join(root, 'tests/db/fixtures/release-1/migrations'));
}
