import type { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedBackend } from '@/data/embedded/embedded-backend';
import { openSnapshot } from '../support/db';
import { inProcessWorker, stopApps } from '../support/in-process-worker';

// Local mode's session: which local profile the app acts as, remembered in the browser's storage.

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

let db: PGlite;
beforeEach(async () => {
  db = await openSnapshot();
  await db.query('delete from auth.users');
});
afterEach(async () => {
  await stopApps();
  await db.close();
});

describe('the local session', () => {
  it('a first visit gets one unnamed profile, remembered for the next visit', async () => {
    const storage = memoryStorage();
    const backend = new EmbeddedBackend(() => inProcessWorker(async () => db), storage);
    const [a, b] = await Promise.all([backend.session(), backend.session()]);
    expect(a.userId).toBe(b.userId);
    expect(await backend.local!.listProfiles()).toEqual([{ id: a.userId, displayName: '', roles: ['creator'] }]);

    const again = new EmbeddedBackend(() => inProcessWorker(async () => db), storage);
    expect((await again.session()).userId).toBe(a.userId);
    expect(await again.local!.listProfiles()).toHaveLength(1);
  });

  it('a profile created and chosen while the first one is still being found stays chosen', async () => {
    const storage = memoryStorage();
    const backend = new EmbeddedBackend(() => inProcessWorker(async () => db), storage);
    // The app asks who is there as the database opens; the person clicks "New profile…" meanwhile.
    const first = backend.session();
    const kept = await backend.local!.createProfile('Kept');
    await backend.local!.switchProfile(kept.id);
    await first;

    expect((await backend.session()).userId).toBe(kept.id);
    const reloaded = new EmbeddedBackend(() => inProcessWorker(async () => db), storage);
    expect((await reloaded.session()).userId).toBe(kept.id);
  });

});
