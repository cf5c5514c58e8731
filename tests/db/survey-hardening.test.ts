import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, createUser, openSnapshot } from '../support/db';

// Issue 11's findings on PGlite (local mode), with their payloads: each refused with its
// contract key, writing nothing, and the local RPC never turning an error into a success.

interface Survey {
  id: string;
  slug: string;
  questions: { id: string }[];
}

let db: PGlite;
let alice: string;
let survey: Survey;
let q: { choice: string; scale: string; text: string };

const questions = [
  { kind: 'single_choice', prompt: 'Would you join?', required: true, options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] },
  { kind: 'scale', prompt: 'How much?', required: false, min: 1, max: 5 },
  { kind: 'short_text', prompt: 'Favourite tool?', required: true },
  { kind: 'email_optin', prompt: 'Your email?', required: false },
];

async function publishedSurvey(title: string, max?: number) {
  const created = (await callAs(db, alice, 'create_survey', { p_title: title, p_locale: 'en', p_questions: questions })) as Survey;
  await callAs(db, alice, 'update_survey', {
    p_survey_id: created.id,
    p_max_responses: max,
    p_hypothesis: 'Most of the people asked have paid for help in the last year.', p_threshold: { question_id: null, target_rate: 0.2, min_responses: 5 },
  });
  return (await callAs(db, alice, 'publish_survey', { p_survey_id: created.id })) as Survey;
}

const submit = (slug: string, key: string, answers: unknown, email: string | null = null, consent = false) =>
  callAs(db, null, 'submit_response', { p_slug: slug, p_respondent_key: key, p_answers: answers, p_email: email, p_consent: consent });

async function written() {
  const { rows } = await db.query<{ n: number }>(
    `select (select count(*) from app.responses) + (select count(*) from app.response_answers) + (select count(*) from app.waitlist) as n`,
  );
  return Number(rows[0]!.n);
}

/** Expects the call refused with the key, and nothing written. */
async function refused(call: () => Promise<unknown>, key: string) {
  const before = await written();
  await expect(call()).rejects.toMatchObject({ code: 'P0001', message: key });
  expect(await written()).toBe(before);
}

const deep = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const valid = (of: Survey = survey) => ({ [of.questions[0]!.id]: 'yes', [of.questions[2]!.id]: 'Notion' });

beforeAll(async () => {
  db = await openSnapshot();
  alice = await createUser(db, 'Alice');
  survey = await publishedSurvey('Hardening');
  const [choice, scale, text] = survey.questions.map((question) => question.id) as [string, string, string];
  q = { choice, scale, text };
});
afterAll(() => db.close());

describe('input is measured as received', () => {
  // Built in SQL, as the issue sent it: returned to JavaScript, it would print 262 MB of digits.
  it('refuses the amplification payload with invalid_answers, by its size as sent', async () => {
    const before = await written();
    await expect(
      db.transaction(async (tx) => {
        await tx.exec('set local role anon');
        return tx.query(`select public.submit_response('demo-interest', 'amplification-test-0001', ('['||repeat('1e131071,',1999)||'1e131071]')::jsonb)`);
      }),
    ).rejects.toMatchObject({ code: 'P0001', message: 'invalid_answers', detail: expect.stringContaining('16 KB as sent') });
    expect(await written()).toBe(before);
  });

  it('refuses the same payload in save_plan_section, and twice its size as section_too_large', async () => {
    const numbers = (n: number) => `('['||repeat('1e131071,',${n - 1})||'1e131071]')::jsonb`;
    for (const [n, key] of [[2000, 'invalid_section'], [4000, 'section_too_large']] as const) {
      await expect(
        db.transaction(async (tx) => {
          await tx.exec('set local role authenticated');
          await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub: alice, role: 'authenticated' })]);
          return tx.query(`select public.save_plan_section('niche', jsonb_build_object('statement', ${numbers(n)}))`);
        }),
      ).rejects.toMatchObject({ code: 'P0001', message: key });
    }
  });

  it('refuses a scale answer of 1e131071 and a nested list', async () => {
    await refused(() => submit(survey.slug, 'huge-number-key-0001', { ...valid(), [q.scale]: 1e308 }), 'invalid_answers');
    await refused(() => submit(survey.slug, 'nested-list-key-0001', { ...valid(), [q.choice]: [['yes']] }), 'invalid_answers');
  });
});

describe('every malformed input is a contract key, never another error and never a success', () => {
  it.each([
    ['NUL inside the JSON', () => submit(survey.slug, 'nul-json-key-000001', { ...valid(), [q.text]: 'a\u0000b' })],
    ['a lone surrogate inside the JSON', () => submit(survey.slug, 'surrogate-key-00001', { ...valid(), [q.text]: 'a\ud800b' })],
    ['NUL in a text argument', () => submit(survey.slug, 'nul-text-key\u000000001', valid())],
    ['NUL in the email', () => submit(survey.slug, 'nul-email-key-00001', valid(), 'a\u0000@example.org', true)],
    ['answers nested 7,000 deep', () => submit(survey.slug, 'deep-7000-key-00001', { [q.choice]: deep(7_000) })],
    ['answers nested 20,000 deep', () => submit(survey.slug, 'deep-20000-key-0001', { [q.choice]: deep(20_000) })],
  ])('%s: invalid_answers', async (_case, call) => {
    await refused(call, 'invalid_answers');
  });

  it('keeps working after those calls', async () => {
    await expect(submit(survey.slug, 'after-malformed-0001', valid())).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives the plan its own key for a deep section', async () => {
    await expect(callAs(db, alice, 'save_plan_section', { p_section: 'niche', p_data: { statement: deep(7_000) } })).rejects.toMatchObject({
      code: 'P0001',
      message: 'invalid_section',
    });
  });
});

describe('limits stay O(1) and exact', () => {
  it('keeps a counter on a limited survey, closes it at the limit and reads it in get_public_survey', async () => {
    const limited = await publishedSurvey('Limited', 3);
    for (let i = 1; i <= 3; i++) await submit(limited.slug, `limited-key-00000${i}`, valid(limited));
    await refused(() => submit(limited.slug, 'limited-key-000004', valid(limited)), 'survey_closed');
    const { rows } = await db.query<{ held: number; over: number }>(
      'select sum(responses)::int as held, count(*) filter (where responses > quota)::int as over from app.survey_counters where survey_id = $1',
      [limited.id],
    );
    expect(rows[0]).toEqual({ held: 3, over: 0 });
    expect(await callAs(db, null, 'get_public_survey', { p_slug: limited.slug })).toMatchObject({ status: 'closed' });
  });
});

describe('counts are honest', () => {
  it('counts one address once, however often and however it is written', async () => {
    const fresh = await publishedSurvey('Honest counts');
    const spellings = ['fan@example.org', ' Fan@Example.org ', '\u00a0fan@example.org\u200b'];
    for (let i = 0; i < 10; i++) await submit(fresh.slug, `same-address-key-${String(i).padStart(2, '0')}`, valid(fresh), spellings[i % 3]!, true);
    const results = (await callAs(db, alice, 'survey_results', { p_survey_id: fresh.id })) as {
      waitlist_count: number;
      threshold: { successes: number; total: number };
      questions: { kind: string; answered: number }[];
    };
    expect(results.waitlist_count).toBe(1);
    expect(results.threshold).toMatchObject({ successes: 1, total: 10 });
    expect(results.questions.find((question) => question.kind === 'email_optin')!.answered).toBe(1);
  });
});

describe('one rule for text and email', () => {
  it.each(['\t', '\n', '\u00a0', '\u200b', ' \u3000\ufeff\u2060 '])('a required text of %j is unanswered: invalid_answers', async (blank) => {
    await refused(() => submit(survey.slug, 'blank-text-key-0001', { [q.choice]: 'yes', [q.text]: blank }), 'invalid_answers');
  });

  it.each(['a@b..com', '.a@x.com', 'a@-b.com', '<script>@x.io', `${'a'.repeat(65)}@x.com`])('%s is invalid_email', async (email) => {
    await refused(() => submit(survey.slug, 'bad-email-key-00001', valid(), email, true), 'invalid_email');
  });

  it('stores a text cleaned and in NFC', async () => {
    const id = await submit(survey.slug, 'nfc-text-key-000001', { [q.choice]: 'yes', [q.text]: '\u200b Cafe\u0301 \u00a0' });
    const { rows } = await db.query<{ text_value: string }>('select text_value from app.response_answers where response_id = $1 and text_value is not null', [id]);
    expect(rows[0]!.text_value).toBe('Café');
  });
});

describe('the stuffing guard', () => {
  it('is off in local mode: PGlite sets no client address', async () => {
    const busy = await publishedSurvey('Busy');
    await db.query('update app.surveys set responses_per_client_hour = 2 where id = $1', [busy.id]);
    for (let i = 1; i <= 4; i++) await expect(submit(busy.slug, `busy-key-00000000${i}`, valid(busy))).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });
});
