import { PGlite } from '@electric-sql/pglite';
import { Blob } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabaseImage } from '@/data/embedded/image';
import { applyMigrations } from '@/data/embedded/migrate';
import { claimsFor, runRpc } from '@/data/embedded/rpc';
import { catalogSnapshot } from '../support/catalog';
import { openSnapshot } from '../support/db';
import { bootstrapSql, migrationFiles } from '../support/sql-files';

// The image ships with the app (scripts/vite-plugin-db-image.ts builds it with this same
// function); a first visit opens it instead of replaying the migrations in the browser.
function openImage(image: Uint8Array): Promise<PGlite> {
  // Node's Blob, not a DOM one: PGlite reads it with arrayBuffer().
  return PGlite.create({ loadDataDir: new Blob([image], { type: 'application/gzip' }) as unknown as globalThis.Blob });
}

// Replaying every migration is what the run's global set-up already did (the snapshot, which
// also holds the seed's rows: the schema is what is compared).
const replayed = openSnapshot;

describe('the database image', () => {
  let image: Uint8Array;
  beforeAll(async () => {
    image = await buildDatabaseImage(bootstrapSql, migrationFiles());
  }, 120_000);

  it('holds the same schema as replaying the migrations, each recorded as applied', async () => {
    const fromImage = await openImage(image);
    const fromReplay = await replayed();
    try {
      const snapshot = await catalogSnapshot(fromImage);
      expect(snapshot.functions!.length).toBeGreaterThan(20);
      expect(snapshot.policies!.length).toBeGreaterThan(10);
      expect(snapshot).toEqual(await catalogSnapshot(fromReplay));

      const recorded = await fromImage.query<{ name: string }>('select name from noyau_local.migrations order by name');
      expect(recorded.rows.map((row) => row.name)).toEqual(migrationFiles().map((m) => m.name));
      // Nothing to do when the app opens it: no migration replayed, no bootstrap.
      expect(await applyMigrations(fromImage, bootstrapSql, migrationFiles())).toEqual({ applied: [], bootstrapped: false });
      // No demo data: local mode offers to load it.
      expect((await fromImage.query('select 1 from auth.users')).rows).toEqual([]);
    } finally {
      await fromImage.close();
      await fromReplay.close();
    }
  }, 120_000);

  it('upgrades a database stored from an earlier image: only the newer migrations run, the data stays', async () => {
    const all = migrationFiles();
    const earlier = all.slice(0, -1);
    const stored = await openImage(await buildDatabaseImage(bootstrapSql, earlier));
    const fromReplay = await replayed();
    try {
      const { rows } = await stored.query<{ id: string }>(`insert into auth.users default values returning id::text`);
      const user = rows[0]!.id;
      await runRpc(stored, {
        fn: 'save_plan_section',
        args: { p_section: 'niche', p_data: { statement: 'kept' } },
        role: 'authenticated',
        claims: claimsFor(user),
      });

      expect(await applyMigrations(stored, bootstrapSql, all)).toEqual({ applied: [all.at(-1)!.name], bootstrapped: false });
      expect(await catalogSnapshot(stored)).toEqual(await catalogSnapshot(fromReplay));

      const added = { name: '99990101000000_add_note.sql', sql: `alter table app.plans add column note text default 'new'` };
      expect(await applyMigrations(stored, bootstrapSql, [...all, added])).toEqual({ applied: [added.name], bootstrapped: false });
      const plan = await stored.query('select note, sections from app.plans where owner_id = $1', [user]);
      expect(plan.rows).toEqual([{ note: 'new', sections: { niche: { statement: 'kept' } } }]);
    } finally {
      await stored.close();
      await fromReplay.close();
    }
  }, 180_000);
});
