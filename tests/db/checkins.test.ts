import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

let db: PGlite;
beforeAll(async () => {
  db = await openSnapshot();
});
afterAll(() => db.close());

/**
 * A new creator (in a time zone, or none: UTC) and the Monday of their current week, read from
 * the same clock SQL's rule reads (app.today). Each test makes its own, so none leans on another.
 */
async function creator(timeZone?: string) {
  const id = await createUser(db);
  if (timeZone) await callAs(db, id, 'set_my_time_zone', { p_time_zone: timeZone });
  const { rows } = await db.query<{ d: string }>(`select date_trunc('week', app.today($1))::date::text as d`, [id]);
  const monday = rows[0]!.d;
  return { id, monday, weeksAgo: (n: number) => addDays(monday, -7 * n) };
}

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
const save = (user: string | null, args: Record<string, unknown>) => callAs(db, user, 'save_checkin', args);
const list = (user: string | null) => callAs(db, user, 'list_my_checkins') as Promise<Record<string, unknown>[]>;

describe('check-ins in SQL', () => {
  it('adds a check-in, creating the plan it belongs to, and lists it back', async () => {
    const { id, weeksAgo } = await creator();
    const saved = await save(id, checkin(weeksAgo(1)));
    expect(saved).toMatchObject({ week_start: weeksAgo(1), members: 40, active_members: 18, creator_hours: 4.5, note: 'Hot seat: @Léa a aidé Marc 🎉' });
    const plan = await db.query<{ n: number }>(`select count(*)::int as n from app.plans where owner_id = $1`, [id]);
    expect(plan.rows[0]!.n).toBe(1);
    expect(await list(id)).toEqual([saved]);
  });

  it('lists the oldest week first, the current week included', async () => {
    const { id, monday, weeksAgo } = await creator();
    await save(id, checkin(weeksAgo(1)));
    await save(id, checkin(monday, { p_members: 44, p_active_members: 20 }));
    await save(id, checkin(weeksAgo(3), { p_members: 30, p_active_members: 15 }));
    expect((await list(id)).map((c) => c.week_start)).toEqual([weeksAgo(3), weeksAgo(1), monday]);
  });

  it('refuses the same week twice when adding, and updates it when replacing', async () => {
    const { id, weeksAgo } = await creator();
    await save(id, checkin(weeksAgo(1)));
    await expect(save(id, checkin(weeksAgo(1), { p_members: 99 }))).rejects.toMatchObject({ code: 'P0001', message: 'checkin_duplicate_week' });
    expect((await list(id)).find((c) => c.week_start === weeksAgo(1))).toMatchObject({ members: 40 });
    const updated = await save(id, checkin(weeksAgo(1), { p_members: 50, p_note: '', p_replace: true }));
    expect(updated).toMatchObject({ members: 50, note: '' });
    expect(await list(id)).toHaveLength(1);
  });

  it('refuses a week that has not started, on any day of the week', async () => {
    const { id, monday } = await creator();
    await expect(save(id, checkin(addDays(monday, 7)))).rejects.toMatchObject({ code: 'P0001', message: 'checkin_in_future' });
    await expect(save(id, checkin(addDays(monday, 7), { p_replace: true }))).rejects.toMatchObject({ message: 'checkin_in_future' });
    expect(await list(id)).toEqual([]);
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
    const { id, weeksAgo } = await creator();
    await save(id, checkin(weeksAgo(1)));
    const before = await list(id);
    await expect(save(id, checkin(weeksAgo(6), patch))).rejects.toMatchObject({ code: 'P0001', message: 'invalid_checkin' });
    expect(await list(id)).toEqual(before);
  });

  it('accepts the bounds themselves', async () => {
    const { id, weeksAgo } = await creator();
    await save(id, checkin(weeksAgo(8), { p_members: 0, p_active_members: 0, p_conversations_total: 0, p_conversations_by_members: 0, p_conversations_between_members: 0, p_creator_hours: 0, p_note: '' }));
    await save(id, checkin(weeksAgo(9), { p_members: 1_000_000, p_active_members: 1_000_000, p_creator_hours: 168, p_note: 'é'.repeat(1_000) }));
    expect(await list(id)).toHaveLength(2);
  });

  it('keeps check-ins to their owner', async () => {
    const owner = await creator();
    const stranger = await creator();
    await save(owner.id, checkin(owner.weeksAgo(1), { p_members: 50 }));
    await save(owner.id, checkin(owner.weeksAgo(3)));
    expect(await list(stranger.id)).toEqual([]);
    // Another user's week is free for them, and theirs alone.
    await save(stranger.id, checkin(owner.weeksAgo(1), { p_members: 7, p_active_members: 7 }));
    expect((await list(owner.id)).find((c) => c.week_start === owner.weeksAgo(1))).toMatchObject({ members: 50 });
    const seen = await queryAs<{ n: number }>(db, stranger.id, `select count(*)::int as n from app.checkins where owner_id = $1`, [owner.id]);
    expect(seen.rows[0]!.n).toBe(0);
    const changed = await queryAs(db, stranger.id, `update app.checkins set members = 1 where owner_id = $1`, [owner.id]);
    expect(changed.affectedRows ?? 0).toBe(0);
    await expect(callAs(db, stranger.id, 'delete_checkin', { p_week_start: owner.weeksAgo(3) })).rejects.toMatchObject({ message: 'checkin_not_found' });
    expect(await list(owner.id)).toHaveLength(2);
  });

  it('refuses a row filed in someone else’s plan, even written straight to the table', async () => {
    const owner = await creator();
    const stranger = await creator();
    await save(owner.id, checkin(owner.weeksAgo(1)));
    const plan = (await db.query<{ id: string }>(`select id from app.plans where owner_id = $1`, [owner.id])).rows[0]!.id;
    await expect(
      queryAs(db, stranger.id, `insert into app.checkins (owner_id, plan_id, week_start, members, active_members, conversations_total, conversations_by_members, conversations_between_members, creator_hours) values ($1, $2, $3, 1, 1, 1, 1, 1, 1)`, [stranger.id, plan, owner.weeksAgo(5)]),
    ).rejects.toThrow(/row-level security/);
  });

  it('gives the anonymous visitor nothing', async () => {
    const { weeksAgo } = await creator();
    await expect(list(null)).rejects.toMatchObject({ code: '42501' });
    await expect(save(null, checkin(weeksAgo(2)))).rejects.toMatchObject({ code: '42501' });
    await expect(callAs(db, null, 'delete_checkin', { p_week_start: weeksAgo(1) })).rejects.toMatchObject({ code: '42501' });
    await expect(queryAs(db, null, 'select * from app.checkins')).rejects.toThrow();
  });

  it('deletes a week, then says it is gone', async () => {
    const { id, monday, weeksAgo } = await creator();
    await save(id, checkin(weeksAgo(1)));
    await save(id, checkin(weeksAgo(3)));
    await save(id, checkin(monday));
    expect(await callAs(db, id, 'delete_checkin', { p_week_start: weeksAgo(3) })).toEqual({ week_start: weeksAgo(3) });
    await expect(callAs(db, id, 'delete_checkin', { p_week_start: weeksAgo(3) })).rejects.toMatchObject({ message: 'checkin_not_found' });
    expect((await list(id)).map((c) => c.week_start)).toEqual([weeksAgo(1), monday]);
  });
});

describe('the creator’s day', () => {
  // Sunday 6 December 2026, 23:30 in UTC: already Monday the 7th at UTC+14, still Sunday afternoon at UTC−8.
  const sundayNightUtc = '2026-12-06T23:30:00Z';
  const dayAt = async (at: string, zone: string | null) =>
    (await db.query<{ d: string }>(`select app.local_date($1::timestamptz, $2)::text as d`, [at, zone])).rows[0]!.d;

  it.each([
    ['UTC', sundayNightUtc, '2026-12-06'],
    ['Pacific/Kiritimati', sundayNightUtc, '2026-12-07'],
    ['America/Los_Angeles', sundayNightUtc, '2026-12-06'],
    ['Etc/GMT+12', '2026-12-07T11:30:00Z', '2026-12-06'],
    // The night Paris moves its clocks back: 00:30 UTC is 01:30 the same day, 23:30 UTC is 00:30 the next.
    ['Europe/Paris', '2026-10-25T00:30:00Z', '2026-10-25'],
    ['Europe/Paris', '2026-10-24T22:30:00Z', '2026-10-25'],
    ['Australia/Sydney', '2028-02-28T13:30:00Z', '2028-02-29'],
    ['Pacific/Kiritimati', '2032-12-31T10:00:00Z', '2033-01-01'],
  ])('counts the day in %s at %s as %s', async (zone, at, day) => {
    expect(await dayAt(at, zone)).toBe(day);
  });

  it('reads the day in the creator’s zone, UTC until one is set', async () => {
    const id = await createUser(db);
    const today = async () => (await db.query<{ d: string }>(`select app.today($1, $2::timestamptz)::text as d`, [id, sundayNightUtc])).rows[0]!.d;
    expect(await today()).toBe('2026-12-06');
    expect(await callAs(db, id, 'set_my_time_zone', { p_time_zone: 'Pacific/Kiritimati' })).toMatchObject({ time_zone: 'Pacific/Kiritimati' });
    expect(await today()).toBe('2026-12-07');
    expect(await callAs(db, id, 'get_my_profile')).toMatchObject({ time_zone: 'Pacific/Kiritimati', roles: ['creator'] });
  });

  it('accepts this week and refuses the next one, east and west of UTC alike', async () => {
    for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', 'America/Los_Angeles', 'Asia/Kolkata']) {
      const { id, monday } = await creator(zone);
      await expect(save(id, checkin(monday))).resolves.toMatchObject({ week_start: monday });
      await expect(save(id, checkin(addDays(monday, 7)))).rejects.toMatchObject({ message: 'checkin_in_future' });
    }
  });

  it('applies the rule to the day it is given: a week starts on its Monday, not before', async () => {
    const rule = (week: string, today: string) =>
      db.query(`select app.check_checkin($1::date, 1, 1, 1, 1, 1, 1, '', $2::date)`, [week, today]);
    await expect(rule('2026-12-07', '2026-12-07')).resolves.toBeTruthy();
    await expect(rule('2026-12-07', '2026-12-06')).rejects.toMatchObject({ message: 'checkin_in_future' });
    await expect(rule('2028-02-28', '2028-02-29')).resolves.toBeTruthy();
  });

  it.each([['UTC+5'], ['Mars/Olympus_Mons'], [''], ['Europe/Paris; drop table app.profiles'], ['a'.repeat(65)], [null]])(
    'refuses the time zone %j with invalid_time_zone and changes nothing',
    async (zone) => {
      const { id } = await creator('Europe/Paris');
      await expect(callAs(db, id, 'set_my_time_zone', { p_time_zone: zone })).rejects.toMatchObject({ code: 'P0001', message: 'invalid_time_zone' });
      expect(await callAs(db, id, 'get_my_profile')).toMatchObject({ time_zone: 'Europe/Paris' });
    },
  );

  it('lets no one set a zone for the anonymous visitor', async () => {
    await expect(callAs(db, null, 'set_my_time_zone', { p_time_zone: 'UTC' })).rejects.toMatchObject({ code: '42501' });
  });
});
