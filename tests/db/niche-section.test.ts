import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot, storedSection } from '../support/db';

let db: PGlite;
let user: string;

beforeAll(async () => {
  db = await openSnapshot();
  user = await createUser(db);
});
afterAll(() => db.close());

const save = (data: unknown) => callAs(db, user, 'save_plan_section', { p_section: 'niche', p_data: data });
const stored = () => storedSection(db, user, 'niche');

describe('the niche section in SQL', () => {
  it('stores any text as text, markup, emoji and right-to-left included', async () => {
    const statement = '<img src=x onerror=alert(1)> 🧘 تصوير pour mamans';
    await save({ statement, who: 'mamans', targetSize: 300, startSize: 30, whyTalk: 'routines' });
    expect(await stored()).toMatchObject({ statement, targetSize: 300 });
  });

  it('accepts exactly 200 characters', async () => {
    await save({ statement: 'é'.repeat(200) });
    expect(await stored()).toEqual({ statement: 'é'.repeat(200) });
  });

  it.each([
    ['a statement over 200 characters', { statement: 'a'.repeat(201) }, 'niche_too_long'],
    ['a 5,000-character paste', { statement: 'x'.repeat(5_000) }, 'niche_too_long'],
    ['a statement that is not text', { statement: 42 }, 'invalid_section'],
    ['a guided answer over 120 characters', { statement: 'ok', who: 'w'.repeat(121) }, 'invalid_section'],
    ['a "why" over 280 characters', { statement: 'ok', whyTalk: 'w'.repeat(281) }, 'invalid_section'],
    ['a size that is not a whole number', { statement: 'ok', startSize: 2.5 }, 'invalid_section'],
    ['a size of zero', { statement: 'ok', targetSize: 0 }, 'invalid_section'],
    ['a size given as text', { statement: 'ok', targetSize: '300' }, 'invalid_section'],
  ])('refuses %s and keeps what was stored', async (_case, data, key) => {
    const before = await stored();
    await expect(save(data)).rejects.toMatchObject({ code: 'P0001', message: key });
    expect(await stored()).toEqual(before);
  });
});
