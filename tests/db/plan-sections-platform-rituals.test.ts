import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformSectionSchema } from '@/domain/platform-section';
import { createRitual, ritualsSectionSchema } from '@/domain/ritual-section';
import { callAs, createUser, openSnapshot, queryAs, storedSection } from '../support/db';

let db: PGlite;
let owner: string;
let stranger: string;

beforeAll(async () => {
  db = await openSnapshot();
  owner = await createUser(db);
  stranger = await createUser(db);
});
afterAll(() => db.close());

const save = (section: 'platform' | 'rituals', data: unknown, user = owner) => callAs(db, user, 'save_plan_section', { p_section: section, p_data: data });
const stored = (section: string) => storedSection(db, owner, section);

const live = createRitual('weekly_live', 'live-1', { name: 'Live du mardi', description: 'Questions, réponses 🎙️' });
const challenge = createRitual('monthly_challenge', 'challenge-1', { name: 'Défi du mois', description: '' });
const platform = {
  answers: {
    kind: 'tech_gaming',
    talk: 'chat',
    live: 'audio',
    money: 'later',
    courses: false,
    devices: 'computer',
    apps: ['discord'],
    hoursPerWeek: 4.5,
    budget: 'none',
  },
  choice: 'discord',
  reasons: [{ key: 'article_tech', params: { kind: 'tech_gaming' } }, { key: 'members_there' }],
  score: 91,
  rank: 1,
  note: 'Mes membres y sont déjà.',
};
const rituals = { startDate: '2027-02-01', timeZone: 'America/Argentina/Buenos_Aires', items: [live, challenge] };

describe('the platform section in SQL', () => {
  it('stores a choice with its answers and kept reasons, as the browser schema writes it', async () => {
    expect(platformSectionSchema.safeParse(platform).success).toBe(true);
    await save('platform', platform);
    expect(await stored('platform')).toEqual(platform);
  });

  it('stores an empty draft and a cleared choice', async () => {
    await save('platform', { answers: {}, choice: null });
    expect(await stored('platform')).toEqual({ answers: {}, choice: null });
    await save('platform', platform);
  });

  it.each([
    ['an unknown platform', { choice: 'myspace' }],
    ['a choice that is not text', { choice: 3 }],
    ['answers that are not an object', { answers: ['chat'] }],
    ['an answer not offered', { answers: { kind: 'everything' } }],
    ['courses as text', { answers: { courses: 'yes' } }],
    ['an app not offered', { answers: { apps: ['myspace'] } }],
    ['apps repeated past the four', { answers: { apps: ['discord', 'discord', 'discord', 'discord', 'discord'] } }],
    ['hours over 80', { answers: { hoursPerWeek: 81 } }],
    ['hours as text', { answers: { hoursPerWeek: '4' } }],
    ['six reasons', { reasons: Array.from({ length: 6 }, () => ({ key: 'courses' })) }],
    ['a reason with markup for a key', { reasons: [{ key: '<b>x</b>' }] }],
    ['a score over 100', { score: 101 }],
    ['a rank of 8', { rank: 8 }],
    ['a note over 500 characters', { note: 'n'.repeat(501) }],
  ])('refuses %s and keeps what was stored', async (_case, data) => {
    expect(platformSectionSchema.safeParse(data).success, 'the browser refuses it too').toBe(false);
    const before = await stored('platform');
    await expect(save('platform', data)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_section' });
    expect(await stored('platform')).toEqual(before);
  });
});

describe('the rituals section in SQL', () => {
  it('stores rituals, their start date and time zone', async () => {
    await save('rituals', rituals);
    expect(await stored('rituals')).toEqual(rituals);
  });

  it('stores a ritual still waiting for its day, and exactly 50 rituals', async () => {
    const custom = createRitual('custom', 'custom-1', { name: '', description: '' });
    await save('rituals', { items: [custom] });
    expect(await stored('rituals')).toEqual({ items: [custom] });
    const fifty = Array.from({ length: 50 }, (_, i) => ({ ...live, id: `r-${i}`, description: 'd'.repeat(300) }));
    expect(ritualsSectionSchema.safeParse({ items: fifty }).success).toBe(true);
    await save('rituals', { items: fifty });
    expect(((await stored('rituals')) as { items: unknown[] }).items).toHaveLength(50);
    await save('rituals', rituals);
  });

  const bad = (patch: Record<string, unknown>) => ({ ...rituals, items: [{ ...live, ...patch }] });
  it.each([
    ['51 rituals', { items: Array.from({ length: 51 }, (_, i) => ({ ...live, id: `r-${i}` })) }],
    ['two rituals with one id', { items: [live, live] }],
    ['items that are not a list', { items: { live } }],
    ['a date that does not exist', { startDate: '2027-02-30' }],
    ['a date in another format', { startDate: '01/02/2027' }],
    ['a time zone with punctuation', { timeZone: 'Europe/Paris; drop table' }],
    ['an unknown cadence', bad({ frequency: 'daily' })],
    ['an unknown weekday', bad({ weekday: 'XX' })],
    ['a sixth weekday of the month', bad({ frequency: 'monthly', nth: 6 })],
    ['a time that is not HH:MM', bad({ time: '7pm' })],
    ['24:00', bad({ time: '24:00' })],
    ['a duration of 0', bad({ durationMinutes: 0 })],
    ['a duration over 12 hours', bad({ durationMinutes: 721 })],
    ['a duration that is not whole', bad({ durationMinutes: 30.5 })],
    ['a name over 80 characters', bad({ name: 'n'.repeat(81) })],
    ['a description over 300 characters', bad({ description: 'd'.repeat(301) })],
    ['an id with spaces', bad({ id: 'a b' })],
    ['an unknown preset', bad({ preset: 'rave' })],
    ['a negative sequence', bad({ sequence: -1 })],
  ])('refuses %s and keeps what was stored', async (_case, data) => {
    expect(ritualsSectionSchema.safeParse(data).success, 'the browser refuses it too').toBe(false);
    const before = await stored('rituals');
    await expect(save('rituals', data)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_section' });
    expect(await stored('rituals')).toEqual(before);
  });

  it('keeps each plan to its owner: another user and the anonymous visitor cannot read it', async () => {
    const other = await queryAs<{ n: number }>(db, stranger, `select count(*)::int as n from app.plans where owner_id = $1`, [owner]);
    expect(other.rows[0]!.n).toBe(0);
    await expect(queryAs(db, null, 'select sections from app.plans')).rejects.toThrow();
    expect(await callAs(db, stranger, 'get_my_plan')).toEqual({ id: null, sections: null, updated_at: null });
    // The anonymous visitor may not even call the function.
    await expect(callAs(db, null, 'save_plan_section', { p_section: 'rituals', p_data: rituals })).rejects.toMatchObject({ code: '42501' });
  });

  it('leaves the niche checks as they were', async () => {
    await expect(callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'a'.repeat(201) } })).rejects.toMatchObject({
      message: 'niche_too_long',
    });
  });
});
