// The database image: the data directory of a PGlite that ran the Supabase stand-in and every
// migration (through the app's own applyMigrations, so each one is recorded as applied), as a
// gzipped tarball. The build ships it as an asset; a first visit opens it instead of running
// initdb and replaying the migrations in the browser. A database stored by an earlier image
// upgrades as any stored database does: applyMigrations applies the migrations it lacks.
// Demo data is not in the image: local mode offers to load the demo (supabase/seed.sql).
import { PGlite } from '@electric-sql/pglite';
import { applyMigrations, fingerprint, type SqlFile } from './migrate';

/**
 * initdb options for the image: 1 MB WAL segments (instead of 16 MB of mostly zeros to ship and
 * store in IndexedDB) and little recycled WAL kept around.
 */
const initDbStartParams = ['--wal-segsize=1', '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=16MB'];

/** Changes when buildDatabaseImage does something else to the same SQL. */
const IMAGE_FORMAT = '2';

/** A key for the image's inputs: the same SQL (and PGlite) gives the same image name. */
export function imageKey(bootstrap: string, migrations: SqlFile[], pgliteVersion: string): string {
  const sorted = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  return fingerprint([IMAGE_FORMAT, pgliteVersion, bootstrap, ...sorted.flatMap((m) => [m.name, m.sql])].join('\u0000')).replace('-', '');
}

export async function buildDatabaseImage(bootstrap: string, migrations: SqlFile[]): Promise<Uint8Array> {
  let migrated: Blob;
  const db = await PGlite.create({ initDbStartParams });
  try {
    await applyMigrations(db, bootstrap, migrations);
    // The app uses one database: the template databases are only for CREATE DATABASE, which
    // it never runs, and they would double the image and the IndexedDB store.
    await db.exec(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
    await db.exec('drop database template0');
    await db.exec('drop database template1');
    await db.exec('checkpoint');
    migrated = await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
  // Started once more, PostgreSQL writes its relation cache files (pg_internal.init), which the
  // migrations invalidated: a first visit then starts as fast as a reload (about 0.2 s less).
  const started = await PGlite.create({ loadDataDir: migrated });
  try {
    await started.query('select 1');
    await started.exec('checkpoint');
    const tarball = await started.dumpDataDir('gzip');
    return new Uint8Array(await tarball.arrayBuffer());
  } finally {
    await started.close();
  }
}
