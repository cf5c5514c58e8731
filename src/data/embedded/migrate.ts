import type { PGliteInterface } from '@electric-sql/pglite';

export interface SqlFile {
  name: string;
  sql: string;
}

/** A short fingerprint of the bootstrap SQL, to run it again only when it changed. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}-${(hash >>> 0).toString(16)}`;
}

export interface MigrationRun {
  /** The migrations applied by this run, in order. */
  applied: string[];
  /** Whether the Supabase stand-in (bootstrap) was (re)applied. */
  bootstrapped: boolean;
}

/**
 * Brings a PGlite database up to date: the Supabase stand-in first (when new or changed), then
 * every migration not applied yet, each in its own transaction with its record, so a failing one
 * leaves the data as it was and is retried on the next start.
 */
export async function applyMigrations(db: PGliteInterface, bootstrap: string, migrations: SqlFile[]): Promise<MigrationRun> {
  const print = fingerprint(bootstrap);
  const exists = await db.query<{ found: boolean }>(`select to_regclass('noyau_local.meta') is not null as found`);
  const known = exists.rows[0]?.found
    ? (await db.query<{ value: string }>(`select value from noyau_local.meta where key = 'bootstrap'`)).rows[0]?.value
    : undefined;
  const bootstrapped = known !== print;
  if (bootstrapped) {
    await db.transaction(async (tx) => {
      await tx.exec(bootstrap);
      await tx.exec(`
        create schema if not exists noyau_local;
        revoke all on schema noyau_local from public;
        create table if not exists noyau_local.migrations (
          name text primary key,
          applied_at timestamptz not null default now()
        );
        create table if not exists noyau_local.meta (key text primary key, value text not null);
      `);
      await tx.query(
        `insert into noyau_local.meta (key, value) values ('bootstrap', $1)
         on conflict (key) do update set value = excluded.value`,
        [print],
      );
    });
  }
  const { rows } = await db.query<{ name: string }>('select name from noyau_local.migrations');
  const done = new Set(rows.map((row) => row.name));
  const todo = [...migrations].sort((a, b) => a.name.localeCompare(b.name)).filter((m) => !done.has(m.name));
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
  // PGlite has no autovacuum: without statistics the planner guesses, and some plans go
  // quadratic (an export of 1,000 responses took 44 s). Fresh statistics after any schema change.
  if (bootstrapped || todo.length > 0) await db.exec('analyze');
  return { applied: todo.map((m) => m.name), bootstrapped };
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
