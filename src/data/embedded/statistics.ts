import type { PGliteInterface } from '@electric-sql/pglite';

/**
 * PGlite has no autovacuum, so nothing keeps the planner's statistics: without them a plan can
 * go quadratic as a table grows (exporting 1,012 responses took 44 s). This is autovacuum's
 * analyze rule in pages, since PGlite does not keep the row counters autovacuum reads: a table
 * that grew by 8 pages plus 10% since its last ANALYZE is analyzed again. Cheap when none did:
 * one catalog query.
 */
export async function refreshStatistics(db: PGliteInterface): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.oid::regclass::text as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname in ('app', 'auth')
        and pg_relation_size(c.oid) / current_setting('block_size')::int > c.relpages * 1.1 + 8
      order by 1`,
  );
  for (const { name } of rows) await db.exec(`analyze ${name}`);
  return rows.map((row) => row.name);
}
