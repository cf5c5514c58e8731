// The local database host: opens PGlite (IndexedDB, or memory), brings it up to date with the
// same SQL as Supabase, and answers EmbeddedBackend's requests. The worker wraps it; tests run it
// in-process, opening a snapshot of the same database instead of IndexedDB.
import { PGlite } from '@electric-sql/pglite';
import bootstrap from '../../../supabase/bootstrap/local.sql?raw';
import seed from '../../../supabase/seed.sql?raw';
import type { DbStatus, LocalProfile, ProfileRole } from '../backend';
import { applyMigrations, MigrationError, migrationName } from './migrate';
import type { SerializedError, WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';
import { runRpc } from './rpc';

const migrationFiles = import.meta.glob<string>('../../../supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
export const migrations = Object.entries(migrationFiles).map(([path, sql]) => ({ name: migrationName(path), sql }));

const IDB_NAME = '/pglite/noyau';
export const DEMO_USER_ID = '00000000-0000-4000-8000-0000000000d1';

export type OpenDatabase = (inMemory: boolean) => Promise<PGlite>;

const openBrowserDatabase: OpenDatabase = (inMemory) => PGlite.create(inMemory ? undefined : 'idb://noyau');

export function createDbHost(post: (message: WorkerResponse | WorkerEvent) => void, openDatabase = openBrowserDatabase) {
  let db: PGlite | null = null;
  let persistent = false;
  let opening: Promise<PGlite> | null = null;

  const setStatus = (status: DbStatus) => post({ type: 'status', status });

  async function open(inMemory: boolean): Promise<PGlite> {
    setStatus({ state: 'starting' });
    let instance: PGlite;
    try {
      instance = await openDatabase(inMemory);
    } catch (error) {
      setStatus({ state: 'failed', reason: 'storage', detail: messageOf(error) });
      throw error;
    }
    try {
      const run = await applyMigrations(instance, bootstrap, migrations);
      // Writing the database back to IndexedDB costs time: only when something changed.
      if (run.bootstrapped || run.applied.length > 0) await instance.syncToFs();
    } catch (error) {
      await instance.close().catch(() => undefined);
      setStatus({ state: 'failed', reason: error instanceof MigrationError ? 'migration' : 'unknown', detail: messageOf(error) });
      throw error;
    }
    db = instance;
    persistent = !inMemory;
    setStatus({ state: 'ready', persistent });
    return instance;
  }

  async function database(): Promise<PGlite> {
    if (db) return db;
    if (opening) return opening;
    throw new Error('The local database is not open.');
  }

  // The name and roles the profile saved (app.profiles), else the name it was created with.
  async function listProfiles(instance: PGlite): Promise<LocalProfile[]> {
    const { rows } = await instance.query<{ id: string; display_name: string; roles: ProfileRole[] }>(
      `select u.id::text,
              coalesce(nullif(p.display_name, ''), u.raw_user_meta_data ->> 'display_name', '') as display_name,
              coalesce(p.roles, array['creator']) as roles
         from auth.users u left join app.profiles p on p.id = u.id
        order by u.created_at, u.id`,
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, roles: row.roles }));
  }

  async function handle(request: WorkerRequest): Promise<unknown> {
    switch (request.type) {
      case 'open': {
        // Another tab opened it already (shared worker): join, unless asked for the other kind.
        if (db && persistent === !request.inMemory) {
          setStatus({ state: 'ready', persistent });
          return null;
        }
        if (opening) await opening.catch(() => undefined);
        if (db && persistent === !request.inMemory) return null;
        if (db) await db.close().catch(() => undefined);
        db = null;
        opening = open(request.inMemory);
        try {
          await opening;
        } finally {
          opening = null;
        }
        return null;
      }
      case 'rpc': {
        const instance = await database();
        const result = await runRpc(instance, request.call);
        // PGlite does not flush a committed transaction to IndexedDB by itself.
        await instance.syncToFs();
        return result;
      }
      case 'listProfiles':
        return listProfiles(await database());
      case 'createProfile': {
        const instance = await database();
        const name = request.displayName.trim().slice(0, 80);
        const roles: ProfileRole[] = request.roles?.length ? [...new Set(request.roles)] : ['creator'];
        const id = await instance.transaction(async (tx) => {
          const { rows } = await tx.query<{ id: string }>(
            `insert into auth.users (raw_user_meta_data) values (jsonb_build_object('display_name', $1::text)) returning id::text`,
            [name],
          );
          // The profile itself, as save_my_profile would write it (roles are a profile property).
          await tx.query(`insert into app.profiles (id, display_name, roles) values ($1, $2, $3)`, [rows[0]!.id, name, roles]);
          return rows[0]!.id;
        });
        await instance.syncToFs();
        return { id, displayName: name, roles } satisfies LocalProfile;
      }
      case 'loadDemo': {
        const instance = await database();
        await instance.transaction(async (tx) => {
          await tx.exec(seed);
        });
        await instance.syncToFs();
        return (await listProfiles(instance)).find((p) => p.id === DEMO_USER_ID) ?? null;
      }
      case 'reset': {
        if (db) await db.close().catch(() => undefined);
        db = null;
        await deleteIndexedDb(IDB_NAME);
        return null;
      }
    }
  }

  return {
    async receive({ id, request }: { id: number; request: WorkerRequest }) {
      try {
        post({ id, ok: true, result: await handle(request) });
      } catch (error) {
        post({ id, ok: false, error: serialize(error) });
      }
    },
  };
}

function deleteIndexedDb(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function serialize(error: unknown): SerializedError {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; detail?: unknown };
    return {
      code: typeof e.code === 'string' ? e.code : undefined,
      message: typeof e.message === 'string' ? e.message : String(error),
      detail: typeof e.detail === 'string' ? e.detail : undefined,
    };
  }
  return { message: String(error) };
}
