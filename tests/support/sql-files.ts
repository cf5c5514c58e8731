import fs from 'node:fs';
import path from 'node:path';
import type { SqlFile } from '@/data/embedded/migrate';

const root = path.resolve(import.meta.dirname, '../..');

export const bootstrapSql = fs.readFileSync(path.join(root, 'supabase/bootstrap/local.sql'), 'utf8');
export const seedSql = fs.readFileSync(path.join(root, 'supabase/seed.sql'), 'utf8');

export function migrationFiles(): SqlFile[] {
  const dir = path.join(root, 'supabase/migrations');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
