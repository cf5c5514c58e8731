import { PGlite } from '@electric-sql/pglite';
import { Blob } from 'node:buffer';
import fs from 'node:fs';
import { inject } from 'vitest';
import { claimsFor, runRpc } from '@/data/embedded/rpc';

/** A fresh copy of the migrated and seeded database, from the run's snapshot. */
export async function openSnapshot(): Promise<PGlite> {
  const tar = fs.readFileSync(inject('pgliteSnapshot'));
  // Node's Blob, not the test DOM's: PGlite reads it with arrayBuffer(), which jsdom's lacks.
  return PGlite.create({ loadDataDir: new Blob([tar]) as unknown as globalThis.Blob });
}

export async function createUser(db: PGlite, displayName = ''): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into auth.users (raw_user_meta_data) values (jsonb_build_object('display_name', $1::text)) returning id::text`,
    [displayName],
  );
  return rows[0]!.id;
}

/** A plan section as stored in SQL for its owner (undefined when none), read as the superuser. */
export async function storedSection(db: PGlite, ownerId: string, section: string): Promise<unknown> {
  const { rows } = await db.query<{ data: unknown }>(`select sections -> $2 as data from app.plans where owner_id = $1`, [ownerId, section]);
  return rows[0]?.data;
}

/** Calls an API function as Supabase would for this user (null: the anonymous visitor). */
export function callAs(db: PGlite, userId: string | null, fn: string, args: Record<string, unknown> = {}) {
  return runRpc(db, { fn, args, role: userId ? 'authenticated' : 'anon', claims: claimsFor(userId) });
}

/** Runs raw SQL in a transaction as a role with claims, as a client reaching the table would. */
export async function queryAs<T>(db: PGlite, userId: string | null, sql: string, params: unknown[] = []) {
  try {
    return await db.transaction(async (tx) => {
      await tx.exec(`set local role ${userId ? 'authenticated' : 'anon'}`);
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [userId ? JSON.stringify(claimsFor(userId)) : '']);
      const result = await tx.query<T>(sql, params);
      return result;
    });
  } finally {
    await db.exec('reset role');
  }
}
