import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';

// The test card (issue 16): the hypothesis beside the threshold, needed to publish, fixed from
// publishing on. supabase/tests/database/13-test-card.sql holds PostgreSQL 15 to the same rules.

interface Survey {
  id: string;
  slug: string;
  hypothesis: string;
  questions: { id: string }[];
}

let db: PGlite;
let alice: string;
let coach: string;
let survey: Survey;

const update = (args: Record<string, unknown>) => callAs(db, alice, 'update_survey', { p_survey_id: survey.id, ...args }) as Promise<Survey>;
const hypothesis = 'At least 30 % of freelance designers who work alone paid for help with their productivity last year.';

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
  coach = await createUser(db, 'Coach');
  await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  survey = (await callAs(db, alice, 'create_survey', {
    p_title: 'Paid help',
    p_locale: 'en',
    p_questions: [{ kind: 'single_choice', prompt: 'Did you pay for help last year?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] }],
  })) as Survey;
  await update({ p_threshold: { question_id: survey.questions[0]?.id, option_keys: ['yes'], target_rate: 0.3, min_responses: 5 } });
});
afterAll(() => db.close());

describe('the test card', () => {
  it('is needed to publish: a threshold alone, or a blank hypothesis, is survey_not_ready', async () => {
    expect((await update({})).hypothesis).toBe('');
    await expect(callAs(db, alice, 'publish_survey', { p_survey_id: survey.id })).rejects.toMatchObject({ message: 'survey_not_ready' });
    expect((await update({ p_hypothesis: '\u00a0\u200b ' })).hypothesis).toBe('');
    await expect(callAs(db, alice, 'publish_survey', { p_survey_id: survey.id })).rejects.toMatchObject({ message: 'survey_not_ready' });
  });

  it('refuses a hypothesis over 300 characters, and a huge one before cleaning it', async () => {
    for (const text of ['x'.repeat(301), ' '.repeat(100_000)]) {
      await expect(update({ p_hypothesis: text })).rejects.toMatchObject({ message: 'invalid_survey' });
    }
    expect((await callAs(db, alice, 'get_survey', { p_survey_id: survey.id }) as Survey).hypothesis).toBe('');
  });

  it('is fixed once published, before and after the first response', async () => {
    expect((await update({ p_hypothesis: `  ${hypothesis}  ` })).hypothesis).toBe(hypothesis);
    survey = (await callAs(db, alice, 'publish_survey', { p_survey_id: survey.id })) as Survey;
    expect((await update({ p_hypothesis: hypothesis })).hypothesis).toBe(hypothesis); // the same again is no edit
    await expect(update({ p_hypothesis: 'Nobody paid.' })).rejects.toMatchObject({ message: 'survey_not_editable' });

    await callAs(db, null, 'submit_response', { p_slug: survey.slug, p_respondent_key: 'test-card-respondent-01', p_answers: { [survey.questions[0]?.id ?? '']: 'yes' } });
    await expect(update({ p_hypothesis: 'Nobody paid.' })).rejects.toMatchObject({ message: 'survey_not_editable' });
    await expect(update({ p_threshold: { question_id: survey.questions[0]?.id, option_keys: ['no'], target_rate: 0.3, min_responses: 5 } }))
      .rejects.toMatchObject({ message: 'survey_not_editable' });
    expect((await callAs(db, alice, 'get_survey', { p_survey_id: survey.id }) as Survey).hypothesis).toBe(hypothesis);
  });

  it('goes with a copy of the survey, and to a linked coach beside the verdict', async () => {
    const copy = (await callAs(db, alice, 'duplicate_survey', { p_survey_id: survey.id })) as Survey;
    expect(copy.hypothesis).toBe(hypothesis);

    await callAs(db, alice, 'save_plan_section', { p_section: 'survey', p_data: { surveyId: survey.id } });
    const { code } = (await callAs(db, alice, 'create_coach_invitation')) as { code: string };
    const { plan_id } = (await callAs(db, coach, 'accept_coach_invitation', { p_code: code })) as { plan_id: string };
    const plan = (await callAs(db, coach, 'get_coach_plan', { p_plan_id: plan_id })) as { survey: { hypothesis: string } };
    expect(plan.survey.hypothesis).toBe(hypothesis);
  });
});
