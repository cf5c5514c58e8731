// The local database host: opens PGlite (IndexedDB, or memory), brings it up to date with the
// same SQL as Supabase, and answers EmbeddedBackend's requests. The worker wraps it; tests run it
// in-process, opening a snapshot of the same database instead of IndexedDB.
import { IdbFs, PGlite } from '@electric-sql/pglite';
import bootstrap from '../../../supabase/bootstrap/local.sql?raw';
import seed from '../../../supabase/seed.sql?raw';
import type { DbStatus, LocalProfile, ProfileRole } from '../backend';
import { applyMigrations, MigrationError, migrationName, type MigrationRun } from './migrate';
import type { SerializedError, WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';
import { claimsFor, runRpc } from './rpc';
import { refreshStatistics } from './statistics';
import { defined } from '@/domain/invariant';

const migrationFiles = import.meta.glob<string>('../../../supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
export const migrations = Object.entries(migrationFiles).map(([path, sql]) => ({ name: migrationName(path), sql }));

const IDB_NAME = '/pglite/noyau';
export const DEMO_USER_ID = '00000000-0000-4000-8000-0000000000d1';

/** The database image (see image.ts), or null when it cannot be had: then PGlite runs initdb. */
export type LoadImage = () => Promise<Blob | null>;

export interface OpenedDatabase {
  db: PGlite;
  /** Writes the data directory to its storage (nothing for a database in memory). */
  persist(): Promise<void>;
  /** Opened from the image rather than from storage: the whole directory is still to be stored. */
  fromImage?: boolean;
}

export type OpenDatabase = (inMemory: boolean, loadImage: LoadImage) => Promise<PGlite | OpenedDatabase>;

/**
 * IndexedDB storage that writes only when asked. PGlite's own IdbFs writes the data directory
 * back after every query, reads included; the host persists after a call that changed something.
 */
class ExplicitIdbFs extends IdbFs {
  override async syncToFs(): Promise<void> {}

  flush(): Promise<void> {
    return super.syncToFs();
  }
}

const openBrowserDatabase: OpenDatabase = async (inMemory, loadImage) => {
  if (inMemory) {
    const image = await loadImage();
    return { db: await PGlite.create(image ? { loadDataDir: image } : {}), persist: async () => undefined };
  }
  const image = (await hasStoredDatabase(IDB_NAME)) ? null : await loadImage();
  const fs = new ExplicitIdbFs('noyau');
  const db = await PGlite.create(image ? { fs, loadDataDir: image } : { fs });
  return { db, persist: () => fs.flush(), fromImage: !!image };
};

async function fetchImage(url: string): Promise<Blob | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.blob() : null;
  } catch {
    return null;
  }
}

export function createDbHost(post: (message: WorkerResponse | WorkerEvent) => void, openDatabase = openBrowserDatabase) {
  let db: PGlite | null = null;
  let persist: () => Promise<void> = async () => undefined;
  /** The next transaction id when the database was last stored: a call that leaves it wrote nothing. */
  let storedXid = '';
  let persisting: Promise<void> = Promise.resolve();
  let persistent = false;
  /** The database being opened: by a tab's 'open', or ahead of any (warm; null when nothing is stored). */
  let opening: Promise<PGlite | null> | null = null;
  /** Where the image is, and whether the page fetched it early and sends it ('image'), for the next open. */
  let image: { url: string | null; prefetched: boolean } = { url: null, prefetched: false };
  /**
   * The image the page sends. It never queues, so it may come before the 'open' that uses it
   * reaches its turn (behind another tab's call, or a database the worker is opening itself).
   */
  let sentImage: { blob: Promise<Blob | null>; deliver: (blob: Blob | null) => void } | null = null;
  const sentImageSlot = () => {
    if (!sentImage) {
      let deliver: (blob: Blob | null) => void = () => undefined;
      const blob = new Promise<Blob | null>((resolve) => (deliver = resolve));
      sentImage = { blob, deliver };
    }
    return sentImage;
  };

  const setStatus = (status: DbStatus) => post({ type: 'status', status });
  let queue: Promise<void> = Promise.resolve();

  const loadImage: LoadImage = async () => {
    const sent = image.prefetched ? await sentImageSlot().blob : null;
    return sent ?? (image.url ? fetchImage(image.url) : null);
  };

  // Only a transaction that writes takes a transaction id. (The WAL position would not do: with
  // data checksums, PostgreSQL 18's default, the first read of a page after a checkpoint logs it.)
  async function nextXid(instance: PGlite): Promise<string> {
    const { rows } = await instance.query<{ xid: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as xid');
    return defined(rows[0], 'a row from pg_current_snapshot()').xid;
  }

  /** Stores the data directory when a transaction wrote since it was last stored; reads leave it alone. */
  async function persistIfChanged(instance: PGlite): Promise<void> {
    if ((await nextXid(instance)) === storedXid) return;
    await refreshStatistics(instance);
    const xid = await nextXid(instance);
    persisting = persisting.catch(() => undefined).then(() => persist());
    await persisting;
    // Only once stored: after a failure, the next call tries again.
    storedXid = xid;
  }

  /** `quiet`: a failure is not reported (opening ahead of any tab: the tab's own 'open' tries again and reports). */
  async function open(inMemory: boolean, { quiet = false } = {}): Promise<PGlite> {
    setStatus({ state: 'starting' });
    const fail = (status: DbStatus) => (quiet ? undefined : setStatus(status));
    let opened: OpenedDatabase;
    try {
      const result = await openDatabase(inMemory, loadImage);
      opened = result instanceof PGlite ? { db: result, persist: () => result.syncToFs() } : result;
    } catch (error) {
      fail({ state: 'failed', reason: 'storage', detail: messageOf(error) });
      throw error;
    }
    const instance = opened.db;
    let run: MigrationRun;
    try {
      run = await applyMigrations(instance, bootstrap, migrations);
    } catch (error) {
      await instance.close().catch(() => undefined);
      fail({ state: 'failed', reason: error instanceof MigrationError ? 'migration' : 'unknown', detail: messageOf(error) });
      throw error;
    }
    db = instance;
    persist = opened.persist;
    persistent = !inMemory;
    storedXid = await nextXid(instance);
    // A database opened from the image, or just upgraded, is stored in the background: the page
    // need not wait for it, and the writes that follow are stored after it, in order.
    if (opened.fromImage || run.bootstrapped || run.applied.length > 0) {
      persisting = persist();
      persisting.catch((error: unknown) => setStatus({ state: 'failed', reason: 'storage', detail: messageOf(error) }));
    }
    setStatus({ state: 'ready', persistent });
    return instance;
  }

  async function database(): Promise<PGlite> {
    if (db) return db;
    const instance = opening ? await opening : null;
    if (instance) return instance;
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

  // A local sign-up: the auth.users row stands in for Supabase Auth's, then the profile is saved
  // as that user, through save_my_profile, exactly as the app saves it on Supabase.
  async function createProfile(instance: PGlite, displayName: string, requestedRoles?: ProfileRole[]): Promise<LocalProfile> {
    const name = displayName.trim().slice(0, 80);
    const roles: ProfileRole[] = requestedRoles?.length ? [...new Set(requestedRoles)] : ['creator'];
    const { rows } = await instance.query<{ id: string }>(
      `insert into auth.users (raw_user_meta_data) values (jsonb_build_object('display_name', $1::text)) returning id::text`,
      [name],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('auth.users returned no id.');
    try {
      const saved = (await runRpc(instance, {
        fn: 'save_my_profile',
        args: { p_display_name: name, p_roles: roles },
        role: 'authenticated',
        claims: claimsFor(id),
      })) as { display_name: string; roles: ProfileRole[] };
      return { id, displayName: saved.display_name, roles: saved.roles };
    } catch (error) {
      // The SQL refused the profile: no user is left behind without one.
      await instance.query('delete from auth.users where id = $1', [id]);
      throw error;
    }
  }

  async function handle(request: WorkerRequest): Promise<unknown> {
    switch (request.type) {
      case 'open': {
        // Another tab opened it already (shared worker), or the worker did as it started (warm):
        // join, unless asked for the other kind. The status goes again to whoever asked, who may
        // have connected after it was sent.
        if (opening) await opening.catch(() => undefined);
        if (db && persistent === !request.inMemory) {
          setStatus({ state: 'ready', persistent });
          return null;
        }
        if (db) await db.close().catch(() => undefined);
        db = null;
        if (request.image) image = { url: request.image.url, prefetched: request.image.prefetched };
        opening = open(request.inMemory);
        try {
          await opening;
        } finally {
          opening = null;
          // Used once: a later open (a retry, a reset) fetches the image itself.
          image = { url: image.url, prefetched: false };
          sentImage = null;
        }
        return null;
      }
      case 'image':
        sentImageSlot().deliver(request.blob);
        return null;
      case 'rpc': {
        const instance = await database();
        const result = await runRpc(instance, request.call);
        await persistIfChanged(instance);
        return result;
      }
      case 'listProfiles':
        return listProfiles(await database());
      case 'createProfile': {
        const instance = await database();
        const profile = await createProfile(instance, request.displayName, request.roles);
        await persistIfChanged(instance);
        return profile;
      }
      case 'sessionProfile': {
        const instance = await database();
        const profiles = await listProfiles(instance);
        const found = profiles.find((p) => p.id === request.preferred) ?? profiles[0];
        if (found) return found;
        const profile = await createProfile(instance, '');
        await persistIfChanged(instance);
        return profile;
      }
      case 'loadDemo': {
        const instance = await database();
        await instance.transaction(async (tx) => {
          await tx.exec(seed);
        });
        await persistIfChanged(instance);
        return (await listProfiles(instance)).find((p) => p.id === DEMO_USER_ID) ?? null;
      }
      case 'reset': {
        if (opening) await opening.catch(() => undefined);
        await persisting.catch(() => undefined);
        if (db) await db.close().catch(() => undefined);
        db = null;
        await deleteIndexedDb(IDB_NAME);
        return null;
      }
    }
  }

  return {
    /**
     * Starts opening the stored database before any tab asks, as the worker starts (a reload): the
     * 'open' that follows joins it. With nothing stored (a first visit, opened from the image the
     * page sends), or when it fails, the tab's own 'open' does the work.
     */
    warm(stored: () => Promise<boolean> = () => hasStoredDatabase(IDB_NAME)): void {
      if (db || opening) return;
      const warming: Promise<PGlite | null> = stored().then((found) => (found ? open(false, { quiet: true }) : null));
      opening = warming;
      void warming.catch(() => null).finally(() => {
        if (opening === warming) opening = null;
      });
    },
    receive({ id, request }: { id: number; request: WorkerRequest }): Promise<void> {
      const answer = async () => {
        try {
          post({ id, ok: true, result: await handle(request) });
        } catch (error) {
          post({ id, ok: false, error: serialize(error) });
        }
      };
      // The image may be what a pending 'open' waits for: it never queues.
      if (request.type === 'image') return answer();
      // One request at a time, answered in the order received: a call stores only its own writes,
      // and no answer of a read overtakes, or trails behind, a write it did not see.
      const turn = queue.then(answer);
      queue = turn;
      return turn;
    },
  };
}

/** Whether IndexedDB holds a data directory already (a reload), without creating the store. */
function hasStoredDatabase(name: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(false);
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // No such database: leave it for PGlite to create.
      request.transaction?.abort();
    };
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const idb = request.result;
      if (!idb.objectStoreNames.contains('FILE_DATA')) {
        idb.close();
        resolve(false);
        return;
      }
      const lookup = idb.transaction('FILE_DATA', 'readonly').objectStore('FILE_DATA').count(`${name}/PG_VERSION`);
      lookup.onsuccess = () => {
        idb.close();
        resolve(lookup.result > 0);
      };
      lookup.onerror = () => {
        idb.close();
        resolve(false);
      };
    };
  });
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
