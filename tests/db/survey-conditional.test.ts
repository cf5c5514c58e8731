import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defined } from '@/domain/invariant';
import { callAs, createUser, openSnapshot } from '../support/db';

// Conditional questions (issue 16, DESIGN.md: show_if): a question shown only when an earlier
// answer matches. The rule is checked when the survey is saved, returned by get_public_survey,
// applied by submit_response (a hidden question is unanswered and takes no answer) and counted
// by survey_results (how many saw each question).

interface ShowIf {
  question_id: string;
  option_keys?: string[];
  min?: number;
  max?: number;
}
interface Question {
  id: string;
  kind: string;
  required: boolean;
  show_if: ShowIf | null;
}
interface Survey {
  id: string;
  slug: string;
  questions: Question[];
}

let db: PGlite;
let alice: string;

// Client-side ids, as the builder sends them for new questions: rules point at them.
const id = {
  paid: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f000001',
  what: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f000002',
  weight: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f000003',
  story: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f000004',
  email: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f000005',
};
const yesNo = [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }, { key: 'maybe', label: 'Not sure' }];
const conditional = [
  { id: id.paid, kind: 'single_choice', prompt: 'Did you pay for help last year?', required: true, options: yesNo },
  { id: id.what, kind: 'short_text', prompt: 'What did you pay for?', required: true, show_if: { question_id: id.paid, option_keys: ['yes'] } },
  { id: id.weight, kind: 'scale', prompt: 'How much did it weigh on you?', min: 0, max: 10, show_if: { question_id: id.paid, option_keys: ['maybe', 'yes'] } },
  { id: id.story, kind: 'long_text', prompt: 'Tell us about the last time.', show_if: { question_id: id.weight, min: 7, max: 10 } },
  { id: id.email, kind: 'email_optin', prompt: 'Your email for the launch', show_if: { question_id: id.paid, option_keys: ['yes'] } },
];

let survey: Survey;
let q: Record<keyof typeof id, string>;

const submit = (key: string, answers: Record<string, unknown>, email: string | null = null) =>
  callAs(db, null, 'submit_response', {
    p_slug: survey.slug, p_respondent_key: `conditional-key-${key}`.padEnd(16, '0'), p_answers: answers, p_email: email, p_consent: email !== null,
  }) as Promise<string>;

async function rows() {
  const { rows } = await db.query<{ n: number }>(
    `select (select count(*) from app.responses) + (select count(*) from app.response_answers) + (select count(*) from app.waitlist) as n`,
  );
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
  const created = (await callAs(db, alice, 'create_survey', { p_title: 'Paid help', p_locale: 'en', p_questions: conditional })) as Survey;
  await callAs(db, alice, 'update_survey', {
    p_survey_id: created.id,
    p_hypothesis: 'Most of the people asked have paid for help in the last year.', p_threshold: { question_id: created.questions[0]?.id, option_keys: ['yes'], target_rate: 0.3, min_responses: 5 },
  });
  survey = (await callAs(db, alice, 'publish_survey', { p_survey_id: created.id })) as Survey;
  const [paid, what, weight, story, email] = survey.questions.map((question) => question.id) as string[];
  q = { paid: paid ?? '', what: what ?? '', weight: weight ?? '', story: story ?? '', email: email ?? '' };
});
afterAll(() => db.close());

describe('saving rules', () => {
  it('keeps each rule, pointing at the saved id of the earlier question', async () => {
    const open = (await callAs(db, null, 'get_public_survey', { p_slug: survey.slug })) as Survey;
    expect(open.questions.map((question) => question.show_if)).toEqual([
      null,
      { question_id: q.paid, option_keys: ['yes'] },
      // In the options' order, whatever order they were given in.
      { question_id: q.paid, option_keys: ['yes', 'maybe'] },
      { question_id: q.weight, min: 7, max: 10 },
      { question_id: q.paid, option_keys: ['yes'] },
    ]);
  });

  const base = conditional.slice(0, 3);
  it.each<[string, unknown[]]>([
    ['a rule on a later question', [{ ...base[0], show_if: { question_id: id.weight, min: 1, max: 2 } }, base[1], base[2]]],
    ['a rule on the question itself', [base[0], { ...base[1], show_if: { question_id: id.what, option_keys: ['yes'] } }]],
    ['a rule on an unknown question', [base[0], { ...base[1], show_if: { question_id: '0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000ff', option_keys: ['yes'] } }]],
    ['a rule whose question id is not a uuid', [base[0], { ...base[1], show_if: { question_id: '', option_keys: ['yes'] } }]],
    ['a rule on a text question', [base[0], base[1], { ...base[2], show_if: { question_id: id.what, option_keys: ['yes'] } }]],
    ['an option the question does not offer', [base[0], { ...base[1], show_if: { question_id: id.paid, option_keys: ['often'] } }]],
    ['the same option twice', [base[0], { ...base[1], show_if: { question_id: id.paid, option_keys: ['yes', 'yes'] } }]],
    ['no option at all', [base[0], { ...base[1], show_if: { question_id: id.paid, option_keys: [] } }]],
    ['a range on a choice question', [base[0], { ...base[1], show_if: { question_id: id.paid, min: 0, max: 1 } }]],
    ['options on a scale', [...base, { ...conditional[3], show_if: { question_id: id.weight, option_keys: ['yes'] } }]],
    ['a range beyond the scale', [...base, { ...conditional[3], show_if: { question_id: id.weight, min: 7, max: 11 } }]],
    ['a range upside down', [...base, { ...conditional[3], show_if: { question_id: id.weight, min: 8, max: 7 } }]],
    ['a range that is not whole', [...base, { ...conditional[3], show_if: { question_id: id.weight, min: 7.5, max: 9 } }]],
    ['a rule that is not an object', [base[0], { ...base[1], show_if: 'yes' }]],
  ])('refuses %s with invalid_survey, changing nothing', async (_, list) => {
    const draft = (await callAs(db, alice, 'create_survey', { p_title: 'Draft', p_locale: 'en', p_questions: base })) as Survey;
    await expect(callAs(db, alice, 'save_survey_questions', { p_survey_id: draft.id, p_questions: list })).rejects.toMatchObject({
      code: 'P0001',
      message: 'invalid_survey',
    });
    const again = (await callAs(db, alice, 'get_survey', { p_survey_id: draft.id })) as Survey;
    expect(again.questions).toEqual(draft.questions);
  });

  it('never lets a rule point into another survey, even written to the table directly', async () => {
    const other = (await callAs(db, alice, 'create_survey', { p_title: 'Other', p_locale: 'en', p_questions: conditional.slice(0, 1) })) as Survey;
    const foreign = defined(other.questions[0], 'the other survey’s question').id;
    await expect(
      db.query('update app.survey_questions set show_if_question = $1, show_if_choices = 1 where id = $2', [foreign, q.what]),
    ).rejects.toThrow(/foreign key/);
  });

  it('copies the rules with the survey, onto the copied questions', async () => {
    const copy = (await callAs(db, alice, 'duplicate_survey', { p_survey_id: survey.id })) as Survey;
    const [paid, , weight] = copy.questions.map((question) => question.id);
    expect(copy.questions.map((question) => question.show_if)).toEqual([
      null,
      { question_id: paid, option_keys: ['yes'] },
      { question_id: paid, option_keys: ['yes', 'maybe'] },
      { question_id: weight, min: 7, max: 10 },
      { question_id: paid, option_keys: ['yes'] },
    ]);
  });
});

describe('submit_response applies the rules: shown or hidden × required or optional × answered or not', () => {
  it.each<[string, () => [Record<string, unknown>, string | null]]>([
    ['shown and required, answered', () => [{ [q.paid]: 'yes', [q.what]: 'A course' }, null]],
    ['hidden and required, unanswered', () => [{ [q.paid]: 'no' }, null]],
    ['hidden, sent as null (unanswered)', () => [{ [q.paid]: 'no', [q.what]: null, [q.weight]: null }, null]],
    ['shown and optional, unanswered', () => [{ [q.paid]: 'maybe' }, null]],
    ['shown and optional, answered, down a chain', () => [{ [q.paid]: 'maybe', [q.weight]: 9, [q.story]: 'Every Sunday night.' }, null]],
    ['the email question shown, with an email', () => [{ [q.paid]: 'yes', [q.what]: 'A coach' }, 'lea@example.org']],
  ])('takes %s', async (name, make) => {
    const [answers, email] = make();
    const before = await rows();
    const responseId = await submit(name.replace(/\W+/g, '-'), answers, email);
    expect(responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rows()).toBeGreaterThan(before);
  });

  it.each<[string, () => [Record<string, unknown>, string | null]]>([
    ['shown and required, unanswered', () => [{ [q.paid]: 'yes' }, null]],
    ['hidden and required, answered', () => [{ [q.paid]: 'no', [q.what]: 'A course' }, null]],
    ['hidden and optional, answered', () => [{ [q.paid]: 'no', [q.weight]: 5 }, null]],
    ['hidden because the answer it depends on is out of range', () => [{ [q.paid]: 'maybe', [q.weight]: 3, [q.story]: 'Never.' }, null]],
    ['hidden because the question it depends on was hidden', () => [{ [q.paid]: 'no', [q.story]: 'Never.' }, null]],
    ['the email question hidden, with an email', () => [{ [q.paid]: 'no' }, 'lea@example.org']],
  ])('refuses %s with invalid_answers, writing nothing', async (name, make) => {
    const [answers, email] = make();
    const before = await rows();
    await expect(submit(`refused-${name.replace(/\W+/g, '-')}`, answers, email)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_answers' });
    expect(await rows()).toBe(before);
  });
});

describe('survey_results', () => {
  it('says how many saw each question', async () => {
    const results = (await callAs(db, alice, 'survey_results', { p_survey_id: survey.id })) as {
      total_responses: number;
      questions: { id: string; seen: number; answered: number }[];
    };
    expect(results.total_responses).toBe(6);
    // paid: yes ×2, no ×2, maybe ×2; weight answered 9 once (story shown to that one).
    expect(results.questions.map(({ seen, answered }) => ({ seen, answered }))).toEqual([
      { seen: 6, answered: 6 },
      { seen: 2, answered: 2 },
      { seen: 4, answered: 1 },
      { seen: 1, answered: 1 },
      { seen: 2, answered: 1 },
    ]);
  });
});
