import type { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DbStatus } from '@/data/backend';
import { createDbHost, type OpenDatabase } from '@/data/embedded/db-host';
import type { WorkerEvent, WorkerRequest, WorkerResponse } from '@/data/embedded/protocol';
import { claimsFor } from '@/data/embedded/rpc';
import { createUser, openSnapshot } from '../support/db';

// The host as the worker runs it, over the run's migrated snapshot; `persist` stands for the
// write of the data directory to IndexedDB.
function startHost(db: PGlite, opener?: OpenDatabase) {
  const persist = vi.fn(async () => undefined);
  const answers = new Map<number, WorkerResponse>();
  const statuses: DbStatus['state'][] = [];
  const host = createDbHost((message: WorkerResponse | WorkerEvent) => {
    if ('type' in message) statuses.push(message.status.state);
    else answers.set(message.id, message);
  }, opener ?? (async () => ({ db, persist })));
  let nextId = 1;
  const call = async (request: WorkerRequest) => {
    const id = nextId++;
    await host.receive({ id, request });
    const answer = answers.get(id)!;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.result;
  };
  return { call, persist, host, statuses };
}

let db: PGlite | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

describe('the local database host', () => {
  it('stores the database after a call that wrote, never after a read', async () => {
    db = await openSnapshot();
    const user = await createUser(db, 'Reader');
    const { call, persist } = startHost(db);
    await call({ type: 'open', inMemory: false });
    expect(persist).not.toHaveBeenCalled();

    const asUser = (fn: string, args: Record<string, unknown>) =>
      call({ type: 'rpc', call: { fn, args, role: 'authenticated', claims: claimsFor(user) } });
    await call({ type: 'listProfiles' });
    await asUser('get_my_plan', {});
    await call({ type: 'rpc', call: { fn: 'get_public_survey', args: { p_slug: 'demo-interest' }, role: 'anon', claims: null } });
    expect(persist).not.toHaveBeenCalled();

    await asUser('save_plan_section', { p_section: 'niche', p_data: { statement: 'Stored once' } });
    expect(persist).toHaveBeenCalledTimes(1);

    await asUser('get_my_plan', {});
    await call({ type: 'listProfiles' });
    expect(persist).toHaveBeenCalledTimes(1);

    await call({ type: 'createProfile', displayName: 'Coach' });
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('creates a local profile through save_my_profile, as the user, like the Supabase backend', async () => {
    db = await openSnapshot();
    const { call } = startHost(db);
    await call({ type: 'open', inMemory: false });
    const coach = (await call({ type: 'createProfile', displayName: '  Léa  ', roles: ['coach', 'creator'] })) as { id: string };
    expect(coach).toMatchObject({ displayName: 'Léa', roles: ['coach', 'creator'] });
    // What the function answers to its own user: the same row get_my_profile reads.
    expect(await call({ type: 'rpc', call: { fn: 'get_my_profile', args: {}, role: 'authenticated', claims: claimsFor(coach.id) } })).toMatchObject({
      id: coach.id,
      display_name: 'Léa',
      roles: ['coach', 'creator'],
    });
    // The function's own rules hold (the worker's messages are not typed at run time), and a
    // refused profile leaves no user behind.
    const users = async () => (await db!.query<{ n: number }>('select count(*)::int as n from auth.users')).rows[0]!.n;
    const before = await users();
    await expect(call({ type: 'createProfile', displayName: 'Guru', roles: ['guru' as never] })).rejects.toThrow('invalid_profile');
    expect(await users()).toBe(before);
  });

  it('tries to store again on the next call when storing failed', async () => {
    db = await openSnapshot();
    const user = await createUser(db, 'Writer');
    const { call, persist } = startHost(db);
    await call({ type: 'open', inMemory: false });
    persist.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const save = { fn: 'save_plan_section', args: { p_section: 'niche', p_data: { statement: 'Kept' } } };
    await expect(call({ type: 'rpc', call: { ...save, role: 'authenticated', claims: claimsFor(user) } })).rejects.toThrow(
      'QuotaExceededError',
    );
    const read = { type: 'rpc', call: { fn: 'get_my_plan', args: {}, role: 'authenticated', claims: claimsFor(user) } } as const;
    expect(await call(read)).toMatchObject({ sections: { niche: { statement: 'Kept' } } });
    expect(persist).toHaveBeenCalledTimes(2);
    await call(read);
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('keeps the statistics fresh as a table grows, so plans follow the data', async () => {
    db = await openSnapshot();
    const { call } = startHost(db);
    await call({ type: 'open', inMemory: false });
    const before = await db.query<{ reltuples: number }>(`select reltuples from pg_class where oid = 'auth.users'::regclass`);
    for (let i = 0; i < 3; i++) {
      await db.query(`insert into auth.users (email) select 'bulk' || g || '-${i}@example.org' from generate_series(1, 400) g`);
      await call({ type: 'createProfile', displayName: `Writer ${i}` });
    }
    const after = await db.query<{ reltuples: number }>(`select reltuples from pg_class where oid = 'auth.users'::regclass`);
    expect(after.rows[0]!.reltuples).toBeGreaterThan(before.rows[0]!.reltuples + 800);
  });

  it('opens a stored database as the worker starts; the tab that asks next joins it and hears it is ready', async () => {
    db = await openSnapshot();
    const opened = db;
    const opener = vi.fn<OpenDatabase>(async () => ({ db: opened, persist: async () => undefined }));
    const { call, host, statuses } = startHost(db, opener);
    host.warm(async () => true);
    await vi.waitFor(() => expect(statuses).toContain('ready'));
    statuses.length = 0;

    await call({ type: 'open', inMemory: false });
    expect(opener).toHaveBeenCalledTimes(1);
    // The tab may have connected after the first 'ready': it is told again.
    expect(statuses).toEqual(['ready']);
    expect(await call({ type: 'listProfiles' })).toEqual(expect.any(Array));
  });

  it('on a first visit (nothing stored), opens from the image the page sends while the host was still looking', async () => {
    db = await openSnapshot();
    const opened = db;
    let looked: (found: boolean) => void = () => undefined;
    const images: (Blob | null)[] = [];
    const { call, host } = startHost(db, async (_inMemory, loadImage) => {
      images.push(await loadImage());
      return { db: opened, persist: async () => undefined };
    });
    host.warm(() => new Promise<boolean>((resolve) => (looked = resolve)));
    // The page asks to open with its prefetched image, and sends the image, before the host knows nothing is stored.
    const opening = call({ type: 'open', inMemory: false, image: { url: '/image.tar.gz', prefetched: true } });
    const blob = new Blob(['image']);
    await call({ type: 'image', blob });
    looked(false);
    await opening;
    expect(images).toHaveLength(1);
    expect(await images[0]!.text()).toBe('image');
  });
});
