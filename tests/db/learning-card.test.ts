import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot, storedSection } from '../support/db';

// The learning card (issue 16): written once a survey has ended, with the counts of that moment,
// the creator's words and a decision; narrowing gives the niche a new version.
// supabase/tests/database/15-learning-card.sql holds PostgreSQL 15 to the same rules.

interface Survey {
  id: string;
  slug: string;
  questions: { id: string }[];
}
interface Card {
  survey_id: string;
  survey_title: string;
  hypothesis: string;
  responses: number;
  threshold: { successes: number; total: number; target_rate: number; min_responses: number } | null;
  evidence: string | null;
  learned: string;
  decision: string;
  niche_before: string | null;
  niche_after: string | null;
}

let db: PGlite;
let alice: string;
let bob: string;
let coach: string;
let planId: string;

const hypothesis = 'At least 30 % of freelance designers paid for help with their productivity last year.';
let respondent = 0;

async function publishedSurvey(owner: string, title: string, answers: string[]): Promise<Survey> {
  const survey = (await callAs(db, owner, 'create_survey', {
    p_title: title,
    p_locale: 'en',
    p_questions: [{ kind: 'single_choice', prompt: 'Did you pay for help last year?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] }],
  })) as Survey;
  await callAs(db, owner, 'update_survey', {
    p_survey_id: survey.id,
    p_hypothesis: hypothesis,
    p_threshold: { question_id: survey.questions[0]?.id, option_keys: ['yes'], target_rate: 0.3, min_responses: 5 },
  });
  await callAs(db, owner, 'publish_survey', { p_survey_id: survey.id });
  for (const answer of answers) {
    respondent += 1;
    await callAs(db, null, 'submit_response', {
      p_slug: survey.slug,
      p_respondent_key: `learning-card-respondent-${String(respondent).padStart(3, '0')}`,
      p_answers: { [survey.questions[0]?.id ?? '']: answer },
    });
  }
  return survey;
}

const save = (user: string, surveyId: string, learned: string, decision: string, statement?: string) =>
  callAs(db, user, 'save_learning_card', { p_survey_id: surveyId, p_learned: learned, p_decision: decision, ...(statement === undefined ? {} : { p_niche_statement: statement }) }) as Promise<Card>;

const written = async () => {
  const { rows } = await db.query<{ cards: number; versions: number }>(
    'select (select count(*)::int from app.learning_cards) as cards, (select count(*)::int from app.niche_versions) as versions',
  );
  return rows[0];
};

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
  bob = await createUser(db, 'Bob');
  coach = await createUser(db, 'Coach');
  await callAs(db, coach, 'save_my_profile', { p_display_name: 'Léa', p_roles: ['coach'] });
  await callAs(db, alice, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'productivity for freelancers', who: 'freelancers' } });
  planId = ((await callAs(db, alice, 'get_my_plan')) as { id: string }).id;
});
afterAll(() => db.close());

describe('the learning card', () => {
  it('waits for the survey to end, and belongs to its owner only', async () => {
    const open = await publishedSurvey(alice, 'Still open', ['yes']);
    const before = await written();
    await expect(save(alice, open.id, 'Too early.', 'persevere')).rejects.toMatchObject({ message: 'survey_not_ended' });
    await callAs(db, alice, 'close_survey', { p_survey_id: open.id });
    await expect(save(bob, open.id, 'Not mine.', 'persevere')).rejects.toMatchObject({ message: 'survey_not_found' });
    await expect(save(coach, open.id, 'Not mine.', 'persevere')).rejects.toMatchObject({ message: 'survey_not_found' });
    await expect(callAs(db, null, 'save_learning_card', { p_survey_id: open.id, p_learned: 'x', p_decision: 'persevere' })).rejects.toBeTruthy();
    expect(await written()).toEqual(before);
  });

  it('refuses bad words and decisions, writing nothing', async () => {
    const survey = await publishedSurvey(alice, 'Refusals', ['yes']);
    await callAs(db, alice, 'close_survey', { p_survey_id: survey.id });
    const before = await written();
    const cases: [string, string, string | undefined, string][] = [
      ['\u00a0\u200b ', 'persevere', undefined, 'invalid_learning_card'],
      ['x'.repeat(1001), 'persevere', undefined, 'invalid_learning_card'],
      [' '.repeat(100_000), 'persevere', undefined, 'invalid_learning_card'],
      ['Learned.', 'pivot', undefined, 'invalid_learning_card'],
      ['Learned.', 'narrow', undefined, 'invalid_learning_card'],
      ['Learned.', 'narrow', ' \t', 'invalid_learning_card'],
      ['Learned.', 'retest', 'a statement for another decision', 'invalid_learning_card'],
      ['Learned.', 'narrow', 'x'.repeat(201), 'niche_too_long'],
    ];
    for (const [learned, decision, statement, key] of cases) {
      await expect(save(alice, survey.id, learned, decision, statement)).rejects.toMatchObject({ message: key });
    }
    expect(await written()).toEqual(before);
    expect(await storedSection(db, alice, 'niche')).toMatchObject({ statement: 'productivity for freelancers' });
  });

  it('copies what was observed when written, and is written once', async () => {
    const survey = await publishedSurvey(alice, 'Paid help', ['yes', 'yes', 'no', 'no', 'no', 'no']);
    await callAs(db, alice, 'close_survey', { p_survey_id: survey.id });
    const card = await save(alice, survey.id, '  Two in six paid: below the bar.  ', 'retest');
    expect(card).toMatchObject({
      survey_id: survey.id,
      survey_title: 'Paid help',
      hypothesis,
      responses: 6,
      threshold: { successes: 2, total: 6, target_rate: 0.3, min_responses: 5 },
      // The counted question was sent without a level: the weakest its kind allows.
      evidence: 'opinion',
      learned: 'Two in six paid: below the bar.',
      decision: 'retest',
      niche_before: null,
      niche_after: null,
    });

    // Reopened and answered again: the card keeps what it saw.
    await callAs(db, alice, 'reopen_survey', { p_survey_id: survey.id });
    await callAs(db, null, 'submit_response', { p_slug: survey.slug, p_respondent_key: 'learning-card-late-0001', p_answers: { [survey.questions[0]?.id ?? '']: 'yes' } });
    await callAs(db, alice, 'close_survey', { p_survey_id: survey.id });
    await expect(save(alice, survey.id, 'Again.', 'persevere')).rejects.toMatchObject({ message: 'learning_card_exists' });
    const cards = (await callAs(db, alice, 'list_learning_cards')) as Card[];
    expect(cards.find((c) => c.survey_id === survey.id)).toMatchObject({ responses: 6, threshold: { successes: 2, total: 6 } });
  });

  it('counts a survey past its closing date or at its response limit as ended', async () => {
    const dated = await publishedSurvey(alice, 'Dated', ['yes']);
    await db.query(`update app.surveys set closes_at = now() - interval '1 minute' where id = $1`, [dated.id]);
    expect(await save(alice, dated.id, 'The date passed.', 'persevere')).toMatchObject({ decision: 'persevere', responses: 1 });

    const limited = await publishedSurvey(alice, 'Limited', []);
    await callAs(db, alice, 'update_survey', { p_survey_id: limited.id, p_max_responses: 1 });
    await expect(save(alice, limited.id, 'Not yet.', 'persevere')).rejects.toMatchObject({ message: 'survey_not_ended' });
    await callAs(db, null, 'submit_response', { p_slug: limited.slug, p_respondent_key: 'learning-card-limit-0001', p_answers: { [limited.questions[0]?.id ?? '']: 'no' } });
    expect(await save(alice, limited.id, 'The limit was reached.', 'persevere')).toMatchObject({ responses: 1 });
  });

  it('narrows the niche into a new version, keeping the statement before as version 1', async () => {
    const first = await publishedSurvey(alice, 'Narrow once', ['yes']);
    await callAs(db, alice, 'close_survey', { p_survey_id: first.id });
    const card = await save(alice, first.id, 'Designers answered; developers did not.', 'narrow', '  productivity for freelance designers ');
    expect(card).toMatchObject({ decision: 'narrow', niche_before: 'productivity for freelancers', niche_after: 'productivity for freelance designers' });
    // The rest of the niche section stays as it was.
    expect(await storedSection(db, alice, 'niche')).toEqual({ statement: 'productivity for freelance designers', who: 'freelancers' });

    const second = await publishedSurvey(alice, 'Narrow twice', ['yes']);
    await callAs(db, alice, 'close_survey', { p_survey_id: second.id });
    await save(alice, second.id, 'Introverts most of all.', 'narrow', 'productivity for introverted freelance designers');
    const versions = (await callAs(db, alice, 'list_niche_versions')) as { version: number; statement: string; survey_id: string | null; survey_title: string | null }[];
    expect(versions.map((v) => [v.version, v.statement, v.survey_id, v.survey_title])).toEqual([
      [1, 'productivity for freelancers', null, null],
      [2, 'productivity for freelance designers', first.id, 'Narrow once'],
      [3, 'productivity for introverted freelance designers', second.id, 'Narrow twice'],
    ]);
    const cards = (await callAs(db, alice, 'list_learning_cards', { p_plan_id: planId })) as Card[];
    expect(cards.map((c) => c.survey_title)).toEqual(['Paid help', 'Dated', 'Limited', 'Narrow once', 'Narrow twice']);
  });

  it('is read by a linked coach, never written; a revoked coach and another creator read nothing', async () => {
    const { code } = (await callAs(db, alice, 'create_coach_invitation')) as { code: string };
    await callAs(db, coach, 'accept_coach_invitation', { p_code: code });
    const cards = (await callAs(db, coach, 'list_learning_cards', { p_plan_id: planId })) as Card[];
    expect(cards).toHaveLength(5);
    expect(((await callAs(db, coach, 'list_niche_versions', { p_plan_id: planId })) as unknown[])).toHaveLength(3);
    expect(await callAs(db, coach, 'list_learning_cards')).toEqual([]);
    await expect(callAs(db, bob, 'list_learning_cards', { p_plan_id: planId })).rejects.toMatchObject({ message: 'plan_not_found' });
    await expect(callAs(db, null, 'list_learning_cards', { p_plan_id: planId })).rejects.toBeTruthy();

    const { rows } = await db.query<{ id: string }>('select id::text from app.coach_links where coach_id = $1', [coach]);
    await callAs(db, alice, 'revoke_coach', { p_link_id: rows[0]?.id });
    await expect(callAs(db, coach, 'list_learning_cards', { p_plan_id: planId })).rejects.toMatchObject({ message: 'coach_access_revoked' });
    await expect(callAs(db, coach, 'list_niche_versions', { p_plan_id: planId })).rejects.toMatchObject({ message: 'coach_access_revoked' });
  });

  it('goes with its survey when the survey is deleted; the niche keeps its versions', async () => {
    const survey = await publishedSurvey(bob, 'Short-lived', ['yes']);
    await callAs(db, bob, 'save_plan_section', { p_section: 'niche', p_data: { statement: 'weekend bakers' } });
    await callAs(db, bob, 'close_survey', { p_survey_id: survey.id });
    await save(bob, survey.id, 'Only market bakers.', 'narrow', 'weekend bakers at farmers markets');
    await callAs(db, bob, 'delete_survey', { p_survey_id: survey.id });
    expect(await callAs(db, bob, 'list_learning_cards')).toEqual([]);
    expect(((await callAs(db, bob, 'list_niche_versions')) as { statement: string; survey_id: string | null }[]))
      .toEqual([expect.objectContaining({ statement: 'weekend bakers', survey_id: null }), expect.objectContaining({ statement: 'weekend bakers at farmers markets', survey_id: null })]);
  });
});
