import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

let db: PGlite;
let owner: string;
let stranger: string;
/** The Monday of the database's current week, and the weeks before it. */
let monday: string;
const weeksAgo = (n: number) => addDays(monday, -7 * n);

beforeAll(async () => {
  db = await openSnapshot();
  owner = await createUser(db);
  stranger = await createUser(db);
  monday = (await db.query<{ d: string }>(`select date_trunc('week', current_date)::date::text as d`)).rows[0]!.d;
});
afterAll(() => db.close());

const checkin = (week: string, patch: Record<string, unknown> = {}) => ({
  p_week_start: week,
  p_members: 40,
  p_active_members: 18,
  p_conversations_total: 12,
  p_conversations_by_members: 7,
  p_conversations_between_members: 5,
  p_creator_hours: 4.5,
  p_note: 'Hot seat: @Léa a aidé Marc 🎉',
  ...patch,
});
const save = (args: Record<string, unknown>, user: string | null = owner) => callAs(db, user, 'save_checkin', args);
const list = (user: string | null = owner) => callAs(db, user, 'list_my_checkins') as Promise<Record<string, unknown>[]>;

describe('check-ins in SQL', () => {
  it('adds a check-in, creating the plan it belongs to, and lists it back', async () => {
    const saved = await save(checkin(weeksAgo(1)));
    expect(saved).toMatchObject({ week_start: weeksAgo(1), members: 40, active_members: 18, creator_hours: 4.5, note: 'Hot seat: @Léa a aidé Marc 🎉' });
    const plan = await db.query<{ n: number }>(`select count(*)::int as n from app.plans where owner_id = $1`, [owner]);
    expect(plan.rows[0]!.n).toBe(1);
    expect(await list()).toEqual([saved]);
  });

  it('lists the oldest week first, the current week included', async () => {
    await save(checkin(monday, { p_members: 44, p_active_members: 20 }));
    await save(checkin(weeksAgo(3), { p_members: 30, p_active_members: 15 }));
    expect((await list()).map((c) => c.week_start)).toEqual([weeksAgo(3), weeksAgo(1), monday]);
  });

  it('refuses the same week twice when adding, and updates it when replacing', async () => {
    await expect(save(checkin(weeksAgo(1), { p_members: 99 }))).rejects.toMatchObject({ code: 'P0001', message: 'checkin_duplicate_week' });
    expect((await list()).find((c) => c.week_start === weeksAgo(1))).toMatchObject({ members: 40 });
    const updated = await save(checkin(weeksAgo(1), { p_members: 50, p_note: '', p_replace: true }));
    expect(updated).toMatchObject({ members: 50, note: '' });
    expect(await list()).toHaveLength(3);
  });

  it('refuses a week that has not started', async () => {
    await expect(save(checkin(addDays(monday, 7)))).rejects.toMatchObject({ code: 'P0001', message: 'checkin_in_future' });
    await expect(save(checkin(addDays(monday, 7), { p_replace: true }))).rejects.toMatchObject({ message: 'checkin_in_future' });
  });

  it.each([
    ['a day that is not a Monday', { p_week_start: '2026-11-04' }],
    ['a week before 2000', { p_week_start: '1999-12-27' }],
    ['negative members', { p_members: -1, p_active_members: 0 }],
    ['negative hours', { p_creator_hours: -0.5 }],
    ['more active members than members', { p_active_members: 41 }],
    ['more conversations started by members than conversations', { p_conversations_by_members: 13 }],
    ['more conversations between members than conversations', { p_conversations_between_members: 13 }],
    ['more than a million members', { p_members: 1_000_001 }],
    ['more hours than a week holds', { p_creator_hours: 168.5 }],
    ['a note over 1,000 characters', { p_note: 'n'.repeat(1_001) }],
    ['a missing count', { p_members: null }],
  ])('refuses %s with invalid_checkin and writes nothing', async (_case, patch) => {
    const before = await list();
    await expect(save(checkin(weeksAgo(6), patch))).rejects.toMatchObject({ code: 'P0001', message: 'invalid_checkin' });
    expect(await list()).toEqual(before);
  });

  it('accepts the bounds themselves', async () => {
    await save(checkin(weeksAgo(8), { p_members: 0, p_active_members: 0, p_conversations_total: 0, p_conversations_by_members: 0, p_conversations_between_members: 0, p_creator_hours: 0, p_note: '' }));
    await save(checkin(weeksAgo(9), { p_members: 1_000_000, p_active_members: 1_000_000, p_creator_hours: 168, p_note: 'é'.repeat(1_000) }));
    await callAs(db, owner, 'delete_checkin', { p_week_start: weeksAgo(8) });
    await callAs(db, owner, 'delete_checkin', { p_week_start: weeksAgo(9) });
  });

  it('keeps check-ins to their owner', async () => {
    expect(await list(stranger)).toEqual([]);
    // Another user's week is free for them, and theirs alone.
    await save(checkin(weeksAgo(1), { p_members: 7, p_active_members: 7 }), stranger);
    expect((await list()).find((c) => c.week_start === weeksAgo(1))).toMatchObject({ members: 50 });
    const seen = await queryAs<{ n: number }>(db, stranger, `select count(*)::int as n from app.checkins where owner_id = $1`, [owner]);
    expect(seen.rows[0]!.n).toBe(0);
    const changed = await queryAs(db, stranger, `update app.checkins set members = 1 where owner_id = $1`, [owner]);
    expect(changed.affectedRows ?? 0).toBe(0);
    await expect(callAs(db, stranger, 'delete_checkin', { p_week_start: weeksAgo(3) })).rejects.toMatchObject({ message: 'checkin_not_found' });
    expect(await list()).toHaveLength(3);
  });

  it('refuses a row filed in someone else’s plan, even written straight to the table', async () => {
    const plan = (await db.query<{ id: string }>(`select id from app.plans where owner_id = $1`, [owner])).rows[0]!.id;
    await expect(
      queryAs(db, stranger, `insert into app.checkins (owner_id, plan_id, week_start, members, active_members, conversations_total, conversations_by_members, conversations_between_members, creator_hours) values ($1, $2, $3, 1, 1, 1, 1, 1, 1)`, [stranger, plan, weeksAgo(5)]),
    ).rejects.toThrow(/row-level security/);
  });

  it('gives the anonymous visitor nothing', async () => {
    await expect(list(null)).rejects.toMatchObject({ code: '42501' });
    await expect(save(checkin(weeksAgo(2)), null)).rejects.toMatchObject({ code: '42501' });
    await expect(callAs(db, null, 'delete_checkin', { p_week_start: weeksAgo(1) })).rejects.toMatchObject({ code: '42501' });
    await expect(queryAs(db, null, 'select * from app.checkins')).rejects.toThrow();
  });

  it('deletes a week, then says it is gone', async () => {
    expect(await callAs(db, owner, 'delete_checkin', { p_week_start: weeksAgo(3) })).toEqual({ week_start: weeksAgo(3) });
    await expect(callAs(db, owner, 'delete_checkin', { p_week_start: weeksAgo(3) })).rejects.toMatchObject({ message: 'checkin_not_found' });
    expect((await list()).map((c) => c.week_start)).toEqual([weeksAgo(1), monday]);
  });
});
