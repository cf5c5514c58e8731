import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionSchemas } from '@/domain/plan';
import { callAs, createUser, openSnapshot, storedSection } from '../support/db';

// The survey section (step 2) in SQL: the survey the plan relies on, or a test post's figures,
// with the bounds of sectionSchemas.survey in src/domain/plan.ts. Each case goes through both.
let db: PGlite;
let user: string;

beforeAll(async () => {
  db = await openSnapshot();
  user = await createUser(db);
});
afterAll(() => db.close());

const save = (data: unknown) => callAs(db, user, 'save_plan_section', { p_section: 'survey', p_data: data });
const stored = () => storedSection(db, user, 'survey');

const post = { reach: 1200, comments: 14, directMessages: 3, signups: 40, targetRate: 0.02, minReach: 500 };

describe('the survey section in SQL', () => {
  it.each([
    ['a chosen survey', { surveyId: '6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f5a' }],
    ['a test post', { post }],
    ['a post at its bounds', { post: { ...post, reach: 100_000_000, comments: 0, targetRate: 0.001, minReach: 1 } }],
    ['a target of 100%', { post: { ...post, targetRate: 1 } }],
    ['nothing yet', {}],
    ['keys of a later version, kept', { post, note: 'tried twice' }],
  ])('stores %s, as the browser would', async (_case, data) => {
    expect(sectionSchemas.survey.safeParse(data).success).toBe(true);
    await save(data);
    expect(await stored()).toEqual(data);
  });

  it.each([
    ['a survey id that is not an id', { surveyId: 'not-a-uuid' }],
    ['a survey id that is a number', { surveyId: 42 }],
    ['a post that is a list', { post: [1, 2] }],
    ['a post without its reach', { post: { ...post, reach: undefined } }],
    ['a negative count', { post: { ...post, comments: -1 } }],
    ['a count that is not whole', { post: { ...post, signups: 2.5 } }],
    ['a count over 100,000,000', { post: { ...post, reach: 100_000_001 } }],
    ['a count written as text', { post: { ...post, reach: '1200' } }],
    ['a minimum reach of zero', { post: { ...post, minReach: 0 } }],
    ['a target under 0.1%', { post: { ...post, targetRate: 0.0001 } }],
    ['a target over 100%', { post: { ...post, targetRate: 1.5 } }],
  ])('refuses %s with invalid_section, as the browser does, and keeps what was stored', async (_case, data) => {
    expect(sectionSchemas.survey.safeParse(data).success).toBe(false);
    await save({ post });
    await expect(save(data)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_section' });
    expect(await stored()).toEqual({ post });
  });
});

describe('the survey the plan relies on', () => {
  const chosen = async (owner: string) =>
    (await db.query<{ survey_id: string | null }>(`select survey_id::text from app.plans where owner_id = $1`, [owner])).rows[0]?.survey_id;
  const newSurvey = async (owner: string) =>
    ((await callAs(db, owner, 'create_survey', { p_title: 'Quiet productivity', p_locale: 'en' })) as { id: string }).id;

  it('is a foreign key the survey section sets, to one of the caller’s surveys; deleting the survey clears it', async () => {
    const owner = await createUser(db);
    const surveyId = await newSurvey(owner);
    await callAs(db, owner, 'save_plan_section', { p_section: 'survey', p_data: { surveyId } });
    expect(await chosen(owner)).toBe(surveyId);
    // Another section leaves it as it is.
    await callAs(db, owner, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'calm freelancers' } });
    expect(await chosen(owner)).toBe(surveyId);
    // A test post instead of a survey: the plan relies on no survey.
    await callAs(db, owner, 'save_plan_section', { p_section: 'survey', p_data: { post } });
    expect(await chosen(owner)).toBeNull();
    await callAs(db, owner, 'save_plan_section', { p_section: 'survey', p_data: { surveyId } });
    await callAs(db, owner, 'delete_survey', { p_survey_id: surveyId });
    expect(await chosen(owner)).toBeNull();
    const fk = await db.query<{ def: string }>(
      `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'app.plans'::regclass and contype = 'f' and conname = 'plans_survey_id_fkey'`,
    );
    expect(fk.rows).toEqual([{ def: 'FOREIGN KEY (survey_id) REFERENCES app.surveys(id) ON DELETE SET NULL' }]);
  });

  it('never points at someone else’s survey: the id is kept in the section as sent, and relates to nothing', async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const theirs = await newSurvey(stranger);
    await callAs(db, owner, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: theirs } });
    expect(await chosen(owner)).toBeNull();
    expect(await callAs(db, owner, 'get_my_plan')).toMatchObject({ sections: { survey: { surveyId: theirs } } });
  });

  it('is set by the API, not by a trigger on the plan', async () => {
    const triggers = await db.query<{ tgname: string }>(
      `select tgname from pg_trigger where tgrelid = 'app.plans'::regclass and not tgisinternal order by 1`,
    );
    expect(triggers.rows).toEqual([{ tgname: 'plans_touch_updated_at' }]);
  });
});
