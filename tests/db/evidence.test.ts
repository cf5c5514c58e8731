import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';

// What each question's answers prove (issue 16): stored per question, bounded by its kind, the
// weakest level when the builder says nothing, copied with the survey, kept from respondents.
// supabase/tests/database/14-evidence.sql holds PostgreSQL 15 to the same rules.

interface Question {
  id: string;
  kind: string;
  evidence: string;
}
interface Survey {
  id: string;
  slug: string;
  questions: Question[];
}

let db: PGlite;
let alice: string;

const yesNo = [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }];
const choice = (evidence?: unknown) => ({ kind: 'single_choice', prompt: 'Did you pay for help last year?', required: true, options: yesNo, ...(evidence === undefined ? {} : { evidence }) });
const scale = (evidence?: unknown) => ({ kind: 'scale', prompt: 'How much does it weigh on you?', required: true, min: 1, max: 5, ...(evidence === undefined ? {} : { evidence }) });
const email = (evidence?: unknown) => ({ kind: 'email_optin', prompt: 'Leave your email', required: false, ...(evidence === undefined ? {} : { evidence }) });
const text = (evidence?: unknown) => ({ kind: 'short_text', prompt: 'What did you use?', required: false, ...(evidence === undefined ? {} : { evidence }) });

const create = (questions: unknown[]) => callAs(db, alice, 'create_survey', { p_title: 'Evidence', p_locale: 'en', p_questions: questions }) as Promise<Survey>;
const levels = (survey: Survey) => survey.questions.map((q) => q.evidence);

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
});
afterAll(() => db.close());

describe('what a question proves', () => {
  it('is stored as the builder sends it, within what the kind allows', async () => {
    const survey = await create([choice('behaviour'), text('strong_commitment'), scale('opinion'), email('commitment'), choice('opinion')]);
    expect(levels(survey)).toEqual(['behaviour', 'strong_commitment', 'opinion', 'commitment', 'opinion']);
    const read = (await callAs(db, alice, 'get_survey', { p_survey_id: survey.id })) as Survey;
    expect(levels(read)).toEqual(levels(survey));
  });

  it('is the weakest level the kind allows when nothing is sent', async () => {
    const survey = await create([choice(), scale(), email(), text(null)]);
    expect(levels(survey)).toEqual(['opinion', 'opinion', 'commitment', 'opinion']);
  });

  it.each([
    ['a scale as more than an opinion', scale('behaviour')],
    ['an e-mail as less than a commitment', email('opinion')],
    ['a choice as an e-mail commitment', choice('commitment')],
    ['an unknown level', text('proof')],
    ['a level that is not text', choice(3)],
  ])('refuses %s with invalid_survey, and writes nothing', async (_case, question) => {
    const survey = await create([choice('behaviour')]);
    await expect(
      callAs(db, alice, 'save_survey_questions', { p_survey_id: survey.id, p_questions: [choice('opinion'), question] }),
    ).rejects.toMatchObject({ message: 'invalid_survey' });
    const read = (await callAs(db, alice, 'get_survey', { p_survey_id: survey.id })) as Survey;
    expect(levels(read)).toEqual(['behaviour']);
  });

  it('holds in the table too: a direct write outside the API is refused', async () => {
    const survey = await create([scale('opinion')]);
    await expect(db.query(`update app.survey_questions set evidence = 'behaviour' where id = $1`, [survey.questions[0]?.id])).rejects.toThrow(/check/);
  });

  it('goes with a copy of the survey', async () => {
    const survey = await create([choice('behaviour'), text('strong_commitment')]);
    const copy = (await callAs(db, alice, 'duplicate_survey', { p_survey_id: survey.id })) as Survey;
    expect(levels(copy)).toEqual(['behaviour', 'strong_commitment']);
  });

  it('stays with the creator: the public survey has no evidence field', async () => {
    const survey = await create([choice('behaviour'), email()]);
    await callAs(db, alice, 'update_survey', {
      p_survey_id: survey.id,
      p_hypothesis: 'Most of them paid for help.',
      p_threshold: { question_id: survey.questions[0]?.id, option_keys: ['yes'], target_rate: 0.3, min_responses: 5 },
    });
    const published = (await callAs(db, alice, 'publish_survey', { p_survey_id: survey.id })) as Survey;
    const page = (await callAs(db, null, 'get_public_survey', { p_slug: published.slug })) as { questions: Record<string, unknown>[] };
    expect(page.questions).toHaveLength(2);
    for (const question of page.questions) expect(question).not.toHaveProperty('evidence');
    expect(Object.keys(page.questions[0] ?? {}).sort()).toEqual(['id', 'kind', 'max', 'min', 'options', 'position', 'prompt', 'required', 'show_if']);
  });
});
