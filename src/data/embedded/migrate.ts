import type { PGliteInterface } from '@electric-sql/pglite';

export interface SqlFile {
  name: string;
  sql: string;
}

/**
 * Brings a PGlite database up to date: the Supabase stand-in first (idempotent), then every
 * migration not applied yet, each in its own transaction with its record, so a failing one
 * leaves the data as it was and is retried on the next start. Returns the names it applied.
 */
export async function applyMigrations(db: PGliteInterface, bootstrap: string, migrations: SqlFile[]): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.exec(bootstrap);
    await tx.exec(`
      create schema if not exists noyau_local;
      revoke all on schema noyau_local from public;
      create table if not exists noyau_local.migrations (
        name text primary key,
        applied_at timestamptz not null default now()
      );
    `);
  });
  const { rows } = await db.query<{ name: string }>('select name from noyau_local.migrations');
  const applied = new Set(rows.map((row) => row.name));
  const todo = [...migrations].sort((a, b) => a.name.localeCompare(b.name)).filter((m) => !applied.has(m.name));
  for (const migration of todo) {
    try {
      await db.transaction(async (tx) => {
        await tx.exec(migration.sql);
        await tx.query('insert into noyau_local.migrations (name) values ($1)', [migration.name]);
      });
    } catch (error) {
      throw new MigrationError(migration.name, error);
    }
  }
  return todo.map((m) => m.name);
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly migration: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** `supabase/migrations/<timestamp>_<name>.sql` → its file name, from a Vite glob or a directory listing. */
export function migrationName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
