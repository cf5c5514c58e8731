import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';

// PGlite has a single connection, so these calls are fired together but run one after another:
// they check the outcome of a burst (limit, idempotency) on the embedded database. The same
// bursts on truly concurrent PostgreSQL sessions are in scripts/test-pg-concurrency.mjs.

let db: PGlite;
let owner: string;

beforeAll(async () => {
  db = await openSnapshot();
  owner = await createUser(db, 'Owner');
});
afterAll(() => db.close());

async function publishedSurvey(maxResponses?: number) {
  const survey = (await callAs(db, owner, 'create_survey', {
    p_title: 'Burst',
    p_locale: 'en',
    p_questions: [{ kind: 'single_choice', prompt: 'Join?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] }],
  })) as { id: string; questions: { id: string }[] };
  await callAs(db, owner, 'update_survey', {
    p_survey_id: survey.id,
    p_max_responses: maxResponses,
    p_hypothesis: 'Most of the people asked have paid for help in the last year.', p_threshold: { question_id: survey.questions[0]!.id, option_keys: ['yes'], target_rate: 0.5, min_responses: 5 },
  });
  const published = (await callAs(db, owner, 'publish_survey', { p_survey_id: survey.id })) as { slug: string };
  return { id: survey.id, slug: published.slug, question: survey.questions[0]!.id };
}

const submit = (survey: { slug: string; question: string }, key: string) =>
  callAs(db, null, 'submit_response', { p_slug: survey.slug, p_respondent_key: key, p_answers: { [survey.question]: 'yes' } });

async function stored(surveyId: string) {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from app.responses where survey_id = $1', [surveyId]);
  return rows[0]!.n;
}

describe('a burst of submissions', () => {
  it('stores exactly 10 of 50 submissions to a survey limited to 10', async () => {
    const survey = await publishedSurvey(10);
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => submit(survey, `burst-key-${String(i).padStart(6, '0')}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(40);
    expect(refused.every((r) => (r.reason as { message?: string }).message === 'survey_closed')).toBe(true);
    expect(await stored(survey.id)).toBe(10);
    const open = (await callAs(db, null, 'get_public_survey', { p_slug: survey.slug })) as { status: string };
    expect(open.status).toBe('closed');
  });

  it('stores one response for 20 submissions with the same respondent key, and returns its id to each', async () => {
    const survey = await publishedSurvey();
    const ids = await Promise.all(Array.from({ length: 20 }, () => submit(survey, 'one-respondent-key-0001')));
    expect(new Set(ids).size).toBe(1);
    expect(await stored(survey.id)).toBe(1);
  });

  it('lets a raised limit take responses again', async () => {
    const survey = await publishedSurvey(2);
    await Promise.allSettled(Array.from({ length: 5 }, (_, i) => submit(survey, `raise-key-${String(i).padStart(7, '0')}`)));
    expect(await stored(survey.id)).toBe(2);
    await callAs(db, owner, 'update_survey', { p_survey_id: survey.id, p_max_responses: 3 });
    await expect(submit(survey, 'raise-key-after-0001')).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(submit(survey, 'raise-key-after-0002')).rejects.toMatchObject({ message: 'survey_closed' });
    expect(await stored(survey.id)).toBe(3);
  });
});
