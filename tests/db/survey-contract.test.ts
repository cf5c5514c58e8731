import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot, queryAs } from '../support/db';

interface Question {
  id: string;
  position: number;
  kind: string;
  prompt: string;
  required: boolean;
  options: { key: string; label: string }[];
  min: number | null;
  max: number | null;
  evidence?: string;
}
interface Survey {
  id: string;
  slug: string;
  title: string;
  status: string;
  response_count: number;
  threshold: Record<string, unknown> | null;
  questions: Question[];
}

let db: PGlite;
let alice: string;
let bob: string;

const questions = [
  { kind: 'single_choice', prompt: 'Paid for a course this year?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] },
  { kind: 'multiple_choice', prompt: 'What did you try?', required: false, options: [{ key: 'app', label: 'An app' }, { key: 'group', label: 'A group' }, { key: 'book', label: 'A book' }] },
  { kind: 'scale', prompt: 'How much does it weigh on you?', required: false, min: 0, max: 10 },
  { kind: 'short_text', prompt: 'Favourite tool?', required: false },
  { kind: 'long_text', prompt: 'Tell us about a lost day.', required: false },
  { kind: 'email_optin', prompt: 'Leave your email for the launch.', required: false },
];

async function publishedSurvey(owner: string, title = 'Yoga for runners', options: { max?: number; list?: unknown[] } = {}) {
  const created = (await callAs(db, owner, 'create_survey', { p_title: title, p_locale: 'en', p_questions: options.list ?? questions })) as Survey;
  await callAs(db, owner, 'update_survey', {
    p_survey_id: created.id,
    p_max_responses: options.max,
    p_hypothesis: 'Most of the people asked have paid for help in the last year.', p_threshold: { question_id: created.questions[0]!.id, option_keys: ['yes'], target_rate: 0.4, min_responses: 10 },
  });
  return (await callAs(db, owner, 'publish_survey', { p_survey_id: created.id })) as Survey;
}

const submit = (slug: string, key: string, answers: unknown, email: string | null = null, consent = false) =>
  callAs(db, null, 'submit_response', { p_slug: slug, p_respondent_key: key, p_answers: answers, p_email: email, p_consent: consent }) as Promise<string>;

/** Rows in the response tables, read as their owner. */
async function written() {
  const { rows } = await db.query<{ n: number }>(
    `select (select count(*) from app.responses) + (select count(*) from app.response_answers) + (select count(*) from app.waitlist) as n`,
  );
  return Number(rows[0]!.n);
}

type QuestionIds = Record<'choice' | 'multi' | 'scale' | 'short' | 'long' | 'email', string>;
const questionIds = (published: Survey): QuestionIds => {
  const [choice, multi, scale, short, long, email] = published.questions.map((question) => question.id) as string[];
  return { choice: choice!, multi: multi!, scale: scale!, short: short!, long: long!, email: email! };
};

/** A published survey of its own with one full response and one address on its waiting list. */
async function answeredSurvey(title: string, email: string) {
  const published = await publishedSurvey(alice, title);
  const ids = questionIds(published);
  const answers = { [ids.choice]: 'yes', [ids.multi]: ['book', 'app'], [ids.scale]: 7, [ids.short]: '  Notion  ' };
  await submit(published.slug, `respondent-key-${published.id.slice(0, 8)}`, answers, email, true);
  return { survey: published, q: ids };
}

let survey: Survey;
let q: QuestionIds;

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
  bob = await createUser(db, 'Bob');
  survey = await publishedSurvey(alice);
  q = questionIds(survey);
});
afterAll(() => db.close());

describe('get_public_survey', () => {
  it('gives anon the published survey and nothing of the owner’s', async () => {
    const open = (await callAs(db, null, 'get_public_survey', { p_slug: survey.slug })) as Record<string, unknown>;
    expect(Object.keys(open).sort()).toEqual(['id', 'intro', 'locale', 'questions', 'slug', 'status', 'title']);
    // The creator's questions less what each answer proves: the creator's reading, not the respondent's.
    const asPublished = survey.questions.map(({ evidence: _proves, ...question }) => question);
    expect(open).toEqual(expect.objectContaining({ id: survey.id, slug: survey.slug, status: 'open', questions: asPublished }));
  });

  it('says survey_not_found for an unknown slug and for a draft', async () => {
    const draft = (await callAs(db, alice, 'create_survey', { p_title: 'Draft', p_locale: 'fr' })) as Survey;
    for (const slug of ['no-such-survey', draft.slug]) {
      await expect(callAs(db, null, 'get_public_survey', { p_slug: slug })).rejects.toMatchObject({ code: 'P0001', message: 'survey_not_found' });
    }
  });

  it('stores and returns a title with markup as plain text', async () => {
    const xss = await publishedSurvey(alice, '<img src=x onerror=alert(1)>');
    const open = (await callAs(db, null, 'get_public_survey', { p_slug: xss.slug })) as { title: string };
    expect(open.title).toBe('<img src=x onerror=alert(1)>');
    const { rows } = await db.query<{ title: string }>('select title from app.surveys where id = $1', [xss.id]);
    expect(rows[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('serves the seeded demo survey, open, with every kind of question', async () => {
    const demo = (await callAs(db, null, 'get_public_survey', { p_slug: 'demo-interest' })) as { status: string; locale: string; questions: Question[] };
    expect(demo.status).toBe('open');
    expect(demo.locale).toBe('fr');
    expect(new Set(demo.questions.map((question) => question.kind))).toEqual(
      new Set(['single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin']),
    );
  });
});

describe('submit_response refuses bad input and abuse, writing nothing', () => {
  const key = 'respondent-key-refused-01';
  const valid = () => ({ [q.choice]: 'yes' });

  it.each<[string, () => [string | null, string | null, unknown, string | null, boolean], string]>([
    ['an unknown slug', () => ['no-such-survey', key, valid(), null, false], 'survey_not_found'],
    ['a respondent key of 15 characters', () => [survey.slug, 'k'.repeat(15), valid(), null, false], 'invalid_respondent_key'],
    ['a respondent key of 129 characters', () => [survey.slug, 'k'.repeat(129), valid(), null, false], 'invalid_respondent_key'],
    ['a respondent key with a space', () => [survey.slug, 'respondent key 0001', valid(), null, false], 'invalid_respondent_key'],
    ['an unknown question id', () => [survey.slug, key, { ...valid(), '6f1f4ad8-7a52-4c1e-9d54-2f8d1f0b7c11': 'yes' }, null, false], 'invalid_answers'],
    ['the email question answered in p_answers', () => [survey.slug, key, { ...valid(), [q.email]: 'me@example.org' }, null, false], 'invalid_answers'],
    ['a number for a single choice', () => [survey.slug, key, { [q.choice]: 1 }, null, false], 'invalid_answers'],
    ['an option that is not offered', () => [survey.slug, key, { [q.choice]: 'maybe' }, null, false], 'invalid_answers'],
    ['a string for a multiple choice', () => [survey.slug, key, { ...valid(), [q.multi]: 'app' }, null, false], 'invalid_answers'],
    ['duplicate options', () => [survey.slug, key, { ...valid(), [q.multi]: ['app', 'app'] }, null, false], 'invalid_answers'],
    ['a scale value given as text', () => [survey.slug, key, { ...valid(), [q.scale]: '7' }, null, false], 'invalid_answers'],
    ['a scale value of 7.5', () => [survey.slug, key, { ...valid(), [q.scale]: 7.5 }, null, false], 'invalid_answers'],
    ['a scale value out of range', () => [survey.slug, key, { ...valid(), [q.scale]: 11 }, null, false], 'invalid_answers'],
    ['a number for a text', () => [survey.slug, key, { ...valid(), [q.short]: 42 }, null, false], 'invalid_answers'],
    ['a 2,001-character text', () => [survey.slug, key, { ...valid(), [q.long]: 'x'.repeat(2001) }, null, false], 'invalid_answers'],
    ['a missing required answer', () => [survey.slug, key, { [q.multi]: ['app'] }, null, false], 'invalid_answers'],
    ['answers that are not an object', () => [survey.slug, key, ['yes'], null, false], 'invalid_answers'],
    ['a malformed email', () => [survey.slug, key, valid(), 'me@', true], 'invalid_email'],
    ['an email without consent', () => [survey.slug, key, valid(), 'me@example.org', false], 'consent_required'],
  ])('%s', async (_case, args, errorKey) => {
    const [slug, respondentKey, answers, email, consent] = args();
    const before = await written();
    await expect(
      callAs(db, null, 'submit_response', { p_slug: slug, p_respondent_key: respondentKey, p_answers: answers, p_email: email, p_consent: consent }),
    ).rejects.toMatchObject({ code: 'P0001', message: errorKey });
    expect(await written()).toBe(before);
  });

  it('refuses a 17 KB payload', async () => {
    const before = await written();
    const answers = { ...valid(), [q.short]: 'x'.repeat(2000), [q.long]: 'x'.repeat(2000), padding: 'p'.repeat(13_500) };
    expect(JSON.stringify(answers).length).toBeGreaterThan(17_000);
    await expect(submit(survey.slug, key, answers)).rejects.toMatchObject({ code: 'P0001', message: 'invalid_answers', detail: expect.stringContaining('16 KB') });
    expect(await written()).toBe(before);
  });

  it('refuses a draft and a closed survey', async () => {
    const draft = (await callAs(db, alice, 'create_survey', { p_title: 'Draft', p_locale: 'en', p_questions: questions })) as Survey;
    const closed = await publishedSurvey(alice, 'Closed');
    await callAs(db, alice, 'close_survey', { p_survey_id: closed.id });
    const before = await written();
    await expect(submit(draft.slug, key, {})).rejects.toMatchObject({ message: 'survey_not_found' });
    await expect(submit(closed.slug, key, { [closed.questions[0]!.id]: 'yes' })).rejects.toMatchObject({ message: 'survey_closed' });
    expect(await written()).toBe(before);
    const open = (await callAs(db, null, 'get_public_survey', { p_slug: closed.slug })) as { status: string };
    expect(open.status).toBe('closed');
  });

  it('closes a survey past its closing date', async () => {
    const expiring = await publishedSurvey(alice, 'Expiring');
    await db.query(`update app.surveys set closes_at = now() - interval '1 minute' where id = $1`, [expiring.id]);
    await expect(submit(expiring.slug, key, { [expiring.questions[0]!.id]: 'yes' })).rejects.toMatchObject({ message: 'survey_closed' });
    const detail = (await callAs(db, alice, 'get_survey', { p_survey_id: expiring.id })) as Survey;
    expect(detail.status).toBe('closed');
    const reopened = (await callAs(db, alice, 'reopen_survey', { p_survey_id: expiring.id })) as Survey & { closes_at: string | null };
    expect(reopened).toMatchObject({ status: 'published', closes_at: null });
  });

  it('asks for an email when the email question is required', async () => {
    const list = [questions[0], { kind: 'email_optin', prompt: 'Email', required: true }];
    const needsEmail = await publishedSurvey(alice, 'Needs email', { list });
    await expect(submit(needsEmail.slug, key, { [needsEmail.questions[0]!.id]: 'yes' })).rejects.toMatchObject({ message: 'invalid_answers' });
    await expect(submit(needsEmail.slug, key, { [needsEmail.questions[0]!.id]: 'yes' }, 'me@example.org', true)).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('submit_response stores what it accepts', () => {
  it('stores one response for a respondent key and returns the same id on a retry', async () => {
    const answers = { [q.choice]: 'yes', [q.multi]: ['book', 'app'], [q.scale]: 7, [q.short]: '  Notion  ', [q.long]: 'é'.repeat(2000) };
    const first = await submit(survey.slug, 'respondent-key-ok-0001', answers, ' fan@example.org ', true);
    const before = await written();
    const again = await submit(survey.slug, 'respondent-key-ok-0001', { [q.choice]: 'no' });
    expect(again).toBe(first);
    expect(await written()).toBe(before);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from app.responses where respondent_key = 'respondent-key-ok-0001'`);
    expect(rows[0]!.n).toBe(1);
    const waitlist = await db.query<{ email: string; consent_at: Date | null }>('select email, consent_at from app.waitlist where response_id = $1', [first]);
    expect(waitlist.rows).toEqual([{ email: 'fan@example.org', consent_at: expect.any(Date) }]);
  });

  it('lets an authenticated visitor answer too', async () => {
    await expect(callAs(db, bob, 'submit_response', { p_slug: survey.slug, p_respondent_key: 'respondent-key-bob-0001', p_answers: { [q.choice]: 'no' } })).resolves.toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });
});

describe('who reads responses and the waiting list', () => {
  it('gives anon no privilege on app.responses, app.response_answers and app.waitlist', async () => {
    for (const table of ['app.responses', 'app.response_answers', 'app.waitlist']) {
      await expect(queryAs(db, null, `select * from ${table}`)).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('shows a second creator no row, and no results', async () => {
    for (const table of ['app.surveys', 'app.survey_questions', 'app.responses', 'app.response_answers', 'app.waitlist']) {
      const { rows } = await queryAs(db, bob, `select * from ${table}`);
      expect(rows, table).toEqual([]);
    }
    for (const fn of ['get_survey', 'survey_results', 'export_survey_responses', 'export_survey_waitlist', 'delete_survey']) {
      await expect(callAs(db, bob, fn, { p_survey_id: survey.id })).rejects.toMatchObject({ code: 'P0001', message: 'survey_not_found' });
    }
  });

  it('shows the owner their own rows', async () => {
    await answeredSurvey('Own rows', 'own-rows@example.org');
    const { rows } = await queryAs<{ email: string }>(db, alice, 'select email from app.waitlist');
    expect(rows.map((row) => row.email)).toContain('own-rows@example.org');
  });
});

describe('the creator functions', () => {
  it('refuses invalid question lists with invalid_survey and keeps the old list', async () => {
    const draft = (await callAs(db, alice, 'create_survey', { p_title: 'Lists', p_locale: 'fr', p_questions: questions })) as Survey;
    const bad = [
      [{ kind: 'ranking', prompt: '?' }],
      [{ kind: 'short_text', prompt: '' }],
      [{ kind: 'short_text', prompt: 'p'.repeat(301) }],
      Array.from({ length: 21 }, (_, i) => ({ kind: 'short_text', prompt: `Q${i}` })),
      [{ kind: 'single_choice', prompt: '?', options: [{ key: 'a', label: 'A' }] }],
      [{ kind: 'single_choice', prompt: '?', options: [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }] }],
      [{ kind: 'single_choice', prompt: '?', options: [{ key: 'A B', label: 'A' }, { key: 'b', label: 'B' }] }],
      [{ kind: 'scale', prompt: '?', min: 3, max: 2 }],
      [{ kind: 'long_text', prompt: '?', options: [{ key: 'a', label: 'A' }] }],
      [{ kind: 'email_optin', prompt: '?' }, { kind: 'email_optin', prompt: '!' }],
    ];
    for (const list of bad) {
      await expect(callAs(db, alice, 'save_survey_questions', { p_survey_id: draft.id, p_questions: list })).rejects.toMatchObject({
        code: 'P0001',
        message: 'invalid_survey',
      });
    }
    const after = (await callAs(db, alice, 'get_survey', { p_survey_id: draft.id })) as Survey;
    expect(after.questions).toEqual(draft.questions);
  });

  it('keeps question ids when reordering', async () => {
    const draft = (await callAs(db, alice, 'create_survey', { p_title: 'Order', p_locale: 'en', p_questions: questions })) as Survey;
    const reversed = [...draft.questions].reverse();
    const saved = (await callAs(db, alice, 'save_survey_questions', { p_survey_id: draft.id, p_questions: reversed })) as Survey;
    expect(saved.questions.map((question) => question.id)).toEqual(reversed.map((question) => question.id));
    expect(saved.questions.map((question) => question.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says what is missing before publishing (survey_not_ready)', async () => {
    const empty = (await callAs(db, alice, 'create_survey', { p_title: 'Empty', p_locale: 'en' })) as Survey;
    await expect(callAs(db, alice, 'publish_survey', { p_survey_id: empty.id })).rejects.toMatchObject({
      message: 'survey_not_ready',
      detail: 'Add at least one question. State the hypothesis the survey tests. Set a success threshold.',
    });
  });

  it('freezes a published survey’s content (survey_not_editable) and its questions once answered (survey_has_responses)', async () => {
    const { survey } = await answeredSurvey('Frozen', 'frozen@example.org');
    await expect(callAs(db, alice, 'update_survey', { p_survey_id: survey.id, p_title: 'Renamed' })).rejects.toMatchObject({ message: 'survey_not_editable' });
    await expect(callAs(db, alice, 'save_survey_questions', { p_survey_id: survey.id, p_questions: survey.questions })).rejects.toMatchObject({
      message: 'survey_has_responses',
    });
    const limited = (await callAs(db, alice, 'update_survey', { p_survey_id: survey.id, p_max_responses: 500 })) as Survey & { max_responses: number };
    expect(limited.max_responses).toBe(500);
  });

  it('duplicates a published survey as a new version, without its responses', async () => {
    const copy = (await callAs(db, alice, 'duplicate_survey', { p_survey_id: survey.id })) as Survey;
    expect(copy).toMatchObject({ title: 'Yoga for runners (v2)', status: 'draft', response_count: 0 });
    expect(copy.slug).not.toBe(survey.slug);
    expect(copy.threshold?.question_id).toBe(copy.questions[0]!.id);
    expect(copy.questions.map((question) => question.prompt)).toEqual(survey.questions.map((question) => question.prompt));
  });

  it('lists the creator’s surveys newest first', async () => {
    const carol = await createUser(db, 'Carol');
    // Created a minute apart: four calls can fall within one tick of PGlite's clock, and a tie has no order.
    for (const [i, title] of ['First', 'Second', 'Third', 'Fourth'].entries()) {
      const created = (await callAs(db, carol, 'create_survey', { p_title: title, p_locale: 'en' })) as { id: string };
      await db.query(`update app.surveys set created_at = now() - make_interval(mins => $2) where id = $1`, [created.id, 10 - i]);
    }
    const list = (await callAs(db, carol, 'list_my_surveys')) as { title: string; created_at: string }[];
    expect(list.map((row) => row.title)).toEqual(['Fourth', 'Third', 'Second', 'First']);
    const times = list.map((row) => Date.parse(row.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await callAs(db, bob, 'list_my_surveys')).toEqual([]);
  });

  it('deletes a survey with its responses and waiting list', async () => {
    const doomed = await publishedSurvey(alice, 'Doomed');
    await submit(doomed.slug, 'respondent-key-doomed-01', { [doomed.questions[0]!.id]: 'yes' }, 'gone@example.org', true);
    expect(await callAs(db, alice, 'delete_survey', { p_survey_id: doomed.id })).toEqual({ id: doomed.id });
    const { rows } = await db.query<{ n: number }>(
      `select (select count(*) from app.responses where survey_id = $1) + (select count(*) from app.waitlist where survey_id = $1) as n`,
      [doomed.id],
    );
    expect(Number(rows[0]!.n)).toBe(0);
  });
});

describe('survey_results and the exports', () => {
  it('computes the demo survey’s figures in SQL', async () => {
    const demoOwner = '00000000-0000-4000-8000-0000000000d1';
    const results = (await callAs(db, demoOwner, 'survey_results', { p_survey_id: '00000000-0000-4000-8000-00000000d5e1' })) as {
      total_responses: number;
      waitlist_count: number;
      per_day: { day: string; count: number }[];
      questions: { kind: string; answered: number; options?: { count: number }[]; histogram?: { value: number; count: number }[]; mean?: number; latest_text?: unknown[] }[];
      threshold: { successes: number; total: number; target_rate: number; min_responses: number };
    };
    expect(results.total_responses).toBe(12);
    expect(results.waitlist_count).toBe(4);
    expect(results.per_day.length).toBeGreaterThanOrEqual(5);
    expect(results.per_day.reduce((sum, day) => sum + day.count, 0)).toBe(12);
    expect(results.per_day.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day.day))).toBe(true);
    const scale = results.questions.find((question) => question.kind === 'scale')!;
    expect(scale.histogram!.map((bar) => bar.value)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.histogram!.reduce((sum, bar) => sum + bar.count, 0)).toBe(12);
    expect(results.threshold).toMatchObject({ successes: 6, total: 12, target_rate: 0.4, min_responses: 10 });
    const single = results.questions.find((question) => question.kind === 'single_choice')!;
    expect(single.options!.reduce((sum, option) => sum + option.count, 0)).toBe(single.answered);
  });

  it('exports rows oldest first with answers by question id, and the waiting list', async () => {
    const { survey, q } = await answeredSurvey('Exported', 'fan@example.org');
    const exported = (await callAs(db, alice, 'export_survey_responses', { p_survey_id: survey.id })) as {
      questions: { id: string }[];
      rows: { id: string; created_at: string; answers: Record<string, unknown> }[];
    };
    expect(exported.questions.map((question) => question.id)).toEqual(survey.questions.map((question) => question.id));
    const first = exported.rows.find((row) => row.answers[q.short] === 'Notion')!;
    expect(first.answers).toMatchObject({ [q.choice]: 'yes', [q.multi]: ['app', 'book'], [q.scale]: 7, [q.email]: true });
    const waitlist = (await callAs(db, alice, 'export_survey_waitlist', { p_survey_id: survey.id })) as { email: string }[];
    expect(waitlist.map((row) => row.email)).toEqual(['fan@example.org']);
  });
});
