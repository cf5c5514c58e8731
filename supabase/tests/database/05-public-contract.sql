-- The public contract of DESIGN.md: get_public_survey and submit_response as anon. Every error
-- key, the order of the checks, idempotency, the response limit, "a rejected call writes
-- nothing", markup stored as text, and anon reading no row of the response tables.
begin;
select plan(85);

insert into auth.users (id, email) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local');

-- ── A builds the surveys ─────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

create function pg_temp.ready(p_title text, p_questions jsonb, p_max integer default null, p_publish boolean default true)
returns jsonb language plpgsql as $$
declare
  v_survey jsonb := tests.create_survey(p_title => p_title, p_locale => 'en', p_questions => p_questions);
begin
  perform tests.update_survey((v_survey ->> 'id')::uuid, p_max_responses => p_max,
    p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object('question_id', v_survey -> 'questions' -> 0 -> 'id', 'option_keys', '["yes"]'::jsonb,
                                      'target_rate', 0.4, 'min_responses', 10));
  if p_publish then
    perform tests.publish_survey((v_survey ->> 'id')::uuid);
  end if;
  return tests.get_survey((v_survey ->> 'id')::uuid);
end;
$$;

select set_config('t.main', pg_temp.ready('Main', $json$[
  {"kind": "single_choice", "prompt": "Would you join?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
  {"kind": "multiple_choice", "prompt": "What did you try?",
   "options": [{"key": "app", "label": "An app"}, {"key": "group", "label": "A group"}, {"key": "book", "label": "A book"}]},
  {"kind": "scale", "prompt": "How much?", "min": 1, "max": 5},
  {"kind": "short_text", "prompt": "Favourite tool?"},
  {"kind": "long_text", "prompt": "A lost day?"},
  {"kind": "email_optin", "prompt": "Your email?"}
]$json$)::text, true);
select set_config('t.slug', current_setting('t.main')::jsonb ->> 'slug', true);
select set_config('t.q1', current_setting('t.main')::jsonb -> 'questions' -> 0 ->> 'id', true);
select set_config('t.q2', current_setting('t.main')::jsonb -> 'questions' -> 1 ->> 'id', true);
select set_config('t.q3', current_setting('t.main')::jsonb -> 'questions' -> 2 ->> 'id', true);
select set_config('t.q4', current_setting('t.main')::jsonb -> 'questions' -> 3 ->> 'id', true);
select set_config('t.q5', current_setting('t.main')::jsonb -> 'questions' -> 4 ->> 'id', true);
select set_config('t.q6', current_setting('t.main')::jsonb -> 'questions' -> 5 ->> 'id', true);

select set_config('t.draft', pg_temp.ready('Draft', '[{"kind": "single_choice", "prompt": "?", "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]', null, false) ->> 'slug', true);
select set_config('t.closed', pg_temp.ready('Closed', '[{"kind": "single_choice", "prompt": "?", "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]') ->> 'slug', true);
select set_config('t.expired', pg_temp.ready('Expired', '[{"kind": "single_choice", "prompt": "?", "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]') ->> 'slug', true);
select set_config('t.limited', pg_temp.ready('Limited', '[{"kind": "single_choice", "prompt": "?", "required": true, "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]', 2)::text, true);
select set_config('t.must_email', pg_temp.ready('Must email', '[{"kind": "single_choice", "prompt": "?", "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}, {"kind": "email_optin", "prompt": "Email", "required": true}]')::text, true);
select set_config('t.no_email', pg_temp.ready('No email', '[{"kind": "single_choice", "prompt": "?", "options": [{"key": "yes", "label": "Y"}, {"key": "no", "label": "N"}]}]') ->> 'slug', true);
select set_config('t.xss', pg_temp.ready('<img src=x onerror=alert(1)>', '[{"kind": "single_choice", "prompt": "<script>alert(2)</script>", "options": [{"key": "yes", "label": "<b>Y</b>"}, {"key": "no", "label": "N"}]}]') ->> 'slug', true);
select lives_ok(
  format('select tests.close_survey(id) from app.surveys where slug = %L', current_setting('t.closed')),
  'A: closes one survey by hand'
);

select tests.clear_authentication();
update app.surveys set closes_at = now() where slug = current_setting('t.expired');

-- ── anon: get_public_survey ──────────────────────────────────────────────────
select tests.authenticate_as_anon();

select ok(has_function_privilege('anon', 'public.get_public_survey(text)', 'execute'), 'anon can execute get_public_survey');
select ok(has_function_privilege('anon', 'public.submit_response(text, text, jsonb, text, boolean)', 'execute'),
  'anon can execute submit_response');
select is(
  (select array_agg(k order by k) from jsonb_object_keys(public.get_public_survey(current_setting('t.slug'))) k),
  array['id', 'intro', 'locale', 'questions', 'slug', 'status', 'title'],
  'the public survey is exactly {id, slug, title, intro, locale, status, questions}: no owner, threshold or counts'
);
select is(public.get_public_survey(current_setting('t.slug')) ->> 'status', 'open', 'a published survey is open');
select is(
  public.get_public_survey(current_setting('t.slug')) -> 'questions',
  (select jsonb_agg(q - 'evidence') from jsonb_array_elements(current_setting('t.main')::jsonb -> 'questions') q),
  'the public questions are those of the survey detail, less what each answer proves (the creator''s reading)'
);
select is(public.get_public_survey('  ' || upper(current_setting('t.slug')) || ' ') ->> 'id',
  current_setting('t.main')::jsonb ->> 'id', 'a slug is read trimmed and in lower case');
select is(public.get_public_survey('demo-interest') ->> 'status', 'open', 'the demo survey is open');
select throws_ok($$select public.get_public_survey('no-such-survey')$$, 'P0001', 'survey_not_found', 'an unknown slug: survey_not_found');
select throws_ok(format('select public.get_public_survey(%L)', current_setting('t.draft')), 'P0001', 'survey_not_found',
  'a draft: survey_not_found');
select throws_ok($$select public.get_public_survey(null)$$, 'P0001', 'survey_not_found', 'no slug: survey_not_found');
select is(public.get_public_survey(current_setting('t.closed')) ->> 'status', 'closed', 'closed by hand: status closed');
select is(public.get_public_survey(current_setting('t.expired')) ->> 'status', 'closed', 'past closes_at: status closed');
select is(public.get_public_survey(current_setting('t.xss')) ->> 'title', '<img src=x onerror=alert(1)>',
  'a title with markup comes back verbatim, as text');
select is(public.get_public_survey(current_setting('t.xss')) -> 'questions' -> 0 ->> 'prompt', '<script>alert(2)</script>',
  'a prompt with markup comes back verbatim');

-- ── anon: submit_response refusals, each writing nothing ─────────────────────
select set_config('t.writes', tests.response_writes()::text, true);
create function pg_temp.refusal(p_slug text, p_key text, p_answers jsonb, p_email text default null, p_consent boolean default false)
returns text language plpgsql as $$
begin
  perform public.submit_response(p_slug, p_key, p_answers, p_email, p_consent);
  return 'accepted';
exception when others then
  return sqlstate || ' ' || sqlerrm || case when tests.response_writes() = current_setting('t.writes')::bigint then '' else ' (and wrote)' end;
end;
$$;
select set_config('t.ok', jsonb_build_object(current_setting('t.q1'), 'yes')::text, true);

select is(pg_temp.refusal('no-such-survey', 'respondent-key-0001', current_setting('t.ok')::jsonb), 'P0001 survey_not_found',
  'an unknown slug');
select is(pg_temp.refusal(current_setting('t.draft'), 'respondent-key-0001', current_setting('t.ok')::jsonb), 'P0001 survey_not_found',
  'a draft');
select is(pg_temp.refusal(current_setting('t.slug'), 'fifteen-chars-1', current_setting('t.ok')::jsonb), 'P0001 invalid_respondent_key',
  'a 15-character respondent key');
select is(pg_temp.refusal(current_setting('t.slug'), repeat('k', 129), current_setting('t.ok')::jsonb), 'P0001 invalid_respondent_key',
  'a 129-character respondent key');
select is(pg_temp.refusal(current_setting('t.slug'), 'key with spaces and !', current_setting('t.ok')::jsonb), 'P0001 invalid_respondent_key',
  'a respondent key with characters outside [A-Za-z0-9_-]');
select is(pg_temp.refusal(current_setting('t.slug'), null, current_setting('t.ok')::jsonb), 'P0001 invalid_respondent_key',
  'no respondent key');
select is(pg_temp.refusal(current_setting('t.closed'), 'respondent-key-0001', '{}'), 'P0001 survey_closed', 'a survey closed by hand');
select is(pg_temp.refusal(current_setting('t.expired'), 'respondent-key-0001', '{}'), 'P0001 survey_closed', 'a survey past closes_at');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object('3f0c2a4e-0000-4000-8000-000000000000', 'yes', current_setting('t.q1'), 'yes')),
  'P0001 invalid_answers', 'an unknown question id');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || '{"not-a-uuid": 1}'),
  'P0001 invalid_answers', 'a key that is not a question id');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q6'), 'me@example.org')),
  'P0001 invalid_answers', 'an email sent as an answer instead of p_email');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q1'), 1)),
  'P0001 invalid_answers', 'single choice: a number');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q1'), 'maybe')),
  'P0001 invalid_answers', 'single choice: an option not offered');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q1'), '["yes"]'::jsonb)),
  'P0001 invalid_answers', 'single choice: a list');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q2'), 'app')),
  'P0001 invalid_answers', 'multiple choice: a string instead of a list');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q2'), '["app", "app"]'::jsonb)),
  'P0001 invalid_answers', 'multiple choice: the same option twice');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q2'), '["app", "tv"]'::jsonb)),
  'P0001 invalid_answers', 'multiple choice: an option not offered');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q2'), '[1]'::jsonb)),
  'P0001 invalid_answers', 'multiple choice: a number in the list');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q3'), '3')),
  'P0001 invalid_answers', 'scale: a string');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q3'), 2.5)),
  'P0001 invalid_answers', 'scale: a fraction');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q3'), 6)),
  'P0001 invalid_answers', 'scale: above max');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q3'), 0)),
  'P0001 invalid_answers', 'scale: below min');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q4'), 42)),
  'P0001 invalid_answers', 'text: a number');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q5'), repeat('x', 2001))),
  'P0001 invalid_answers', 'text: 2,001 characters');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q2'), '["app"]'::jsonb)),
  'P0001 invalid_answers', 'a required question left out');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q1'), null)),
  'P0001 invalid_answers', 'a required question answered with null');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb || jsonb_build_object(current_setting('t.q4'), repeat('é', 2000), current_setting('t.q5'), repeat('é', 2000), current_setting('t.q2'), (select jsonb_agg('app'::text) from generate_series(1, 2000)))),
  'P0001 invalid_answers', 'a 17 KB payload');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', '["yes"]'), 'P0001 invalid_answers',
  'answers that are not an object');
select is(pg_temp.refusal(current_setting('t.no_email'), 'respondent-key-0001', '{}', 'me@example.org', true), 'P0001 invalid_answers',
  'an email to a survey without an email question');
select is(pg_temp.refusal(current_setting('t.must_email')::jsonb ->> 'slug', 'respondent-key-0001', '{}'), 'P0001 invalid_answers',
  'a required email question without an email');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'not-an-email', true),
  'P0001 invalid_email', 'an email without @');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'me@localhost', true),
  'P0001 invalid_email', 'an email without a dot in the domain');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'my name@example.org', true),
  'P0001 invalid_email', 'an email with a space');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, repeat('m', 245) || '@example.org', true),
  'P0001 invalid_email', 'an email over 254 characters');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'me@example.org', false),
  'P0001 consent_required', 'an email without consent');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'me@example.org', null),
  'P0001 consent_required', 'an email with consent null');

-- The order of the checks decides between two faults.
select is(pg_temp.refusal(current_setting('t.draft'), 'bad key', '"junk"'), 'P0001 survey_not_found',
  'order: survey_not_found before invalid_respondent_key');
select is(pg_temp.refusal(current_setting('t.closed'), 'bad key', '"junk"'), 'P0001 invalid_respondent_key',
  'order: invalid_respondent_key before survey_closed');
select is(pg_temp.refusal(current_setting('t.closed'), 'respondent-key-0001', '"junk"', 'junk', false), 'P0001 survey_closed',
  'order: survey_closed before invalid_answers');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', '{}', 'junk', false), 'P0001 invalid_answers',
  'order: invalid_answers before invalid_email');
select is(pg_temp.refusal(current_setting('t.slug'), 'respondent-key-0001', current_setting('t.ok')::jsonb, 'junk', false), 'P0001 invalid_email',
  'order: invalid_email before consent_required');
select is(tests.response_writes(), current_setting('t.writes')::bigint, 'none of the refused calls wrote a row');

-- ── anon: accepted submissions ───────────────────────────────────────────────
select set_config('t.r1', public.submit_response(current_setting('t.slug'), 'respondent-key-0001',
  jsonb_build_object(current_setting('t.q1'), 'yes', current_setting('t.q2'), '["book", "app"]'::jsonb, current_setting('t.q3'), 5,
    current_setting('t.q4'), '  Notion  ', current_setting('t.q5'), repeat('x', 2000)),
  '  Fan@Example.org ', true)::text, true);
select matches(current_setting('t.r1'), '^[0-9a-f-]{36}$', 'a valid submission returns the response id');
select is(tests.response_writes(), current_setting('t.writes')::bigint + 1 + 5 + 1, 'it wrote one response, five answers and one email');
select is(
  public.submit_response(current_setting('t.slug'), 'respondent-key-0001', jsonb_build_object(current_setting('t.q1'), 'no'))::text,
  current_setting('t.r1'),
  'the same respondent key again returns the first id'
);
select is(
  public.submit_response(current_setting('t.slug'), 'respondent-key-0001', '"anything"')::text,
  current_setting('t.r1'),
  'a replay returns the first id whatever else it carries'
);
select is(tests.response_writes(), current_setting('t.writes')::bigint + 7, 'replays wrote nothing');
select lives_ok(
  format($$select public.submit_response(%L, 'respondent-key-0002', %L::jsonb || jsonb_build_object(%L, null, %L, '', %L, '[]'::jsonb, %L, '   '), 'FAN@example.org', true)$$,
    current_setting('t.slug'), current_setting('t.ok'), current_setting('t.q3'), current_setting('t.q4'), current_setting('t.q2'), current_setting('t.q5')),
  'blank optional answers (null, "", [], spaces) are accepted'
);
select is(tests.response_writes(), current_setting('t.writes')::bigint + 7 + 2, 'they stored one response and one answer, and no second email for the same address');

-- Response limit: 2.
select lives_ok(format($$select public.submit_response(%L, 'limited-key-000001', '{"%s": "yes"}')$$,
  current_setting('t.limited')::jsonb ->> 'slug', current_setting('t.limited')::jsonb -> 'questions' -> 0 ->> 'id'), 'limit 2: the first response');
select lives_ok(format($$select public.submit_response(%L, 'limited-key-000002', '{"%s": "no"}')$$,
  current_setting('t.limited')::jsonb ->> 'slug', current_setting('t.limited')::jsonb -> 'questions' -> 0 ->> 'id'), 'limit 2: the second response');
select set_config('t.writes', tests.response_writes()::text, true);
select is(pg_temp.refusal(current_setting('t.limited')::jsonb ->> 'slug', 'limited-key-000003', jsonb_build_object(current_setting('t.limited')::jsonb -> 'questions' -> 0 ->> 'id', 'yes')),
  'P0001 survey_closed', 'limit 2: the third is survey_closed and writes nothing');
select is(public.get_public_survey(current_setting('t.limited')::jsonb ->> 'slug') ->> 'status', 'closed', 'limit 2 reached: status closed');
select ok(
  public.submit_response(current_setting('t.limited')::jsonb ->> 'slug', 'limited-key-000002', '{}') is not null,
  'limit 2 reached: a replay of an accepted response still returns its id'
);

-- ── anon reads no row of the response tables ─────────────────────────────────
select throws_ok($$select * from app.responses$$, '42501', 'permission denied for table responses', 'anon: app.responses is closed');
select throws_ok($$select * from app.response_answers$$, '42501', 'permission denied for table response_answers',
  'anon: app.response_answers is closed');
select throws_ok($$select * from app.waitlist$$, '42501', 'permission denied for table waitlist', 'anon: app.waitlist is closed');
set local request.jwt.claims to '{"sub":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","role":"anon"}';
select throws_ok($$select * from app.waitlist$$, '42501', 'permission denied for table waitlist', 'anon with a forged sub: still closed');
select throws_ok(format('select public.survey_results(%L)', current_setting('t.main')::jsonb ->> 'id'), '42501',
  'permission denied for function survey_results', 'anon with a forged sub: no results');

-- ── what was stored, seen by the table owner ─────────────────────────────────
select tests.clear_authentication();

select is(
  (select jsonb_build_object('email', w.email, 'consent', w.consent_at is not null, 'response', w.response_id::text)
     from app.waitlist w join app.surveys s on s.id = w.survey_id where s.slug = current_setting('t.slug')),
  jsonb_build_object('email', 'Fan@Example.org', 'consent', true, 'response', current_setting('t.r1')),
  'the waiting list keeps the trimmed email, the consent time and the response'
);
select is(
  (select a.text_value from app.response_answers a where a.response_id = current_setting('t.r1')::uuid and a.question_id = current_setting('t.q4')::uuid),
  'Notion',
  'texts are stored trimmed'
);
select is(
  (select a.choices from app.response_answers a where a.response_id = current_setting('t.r1')::uuid and a.question_id = current_setting('t.q2')::uuid),
  5,
  'multiple choices are stored as a bitmask over the options'' order (app = 1, book = 4)'
);
select is(
  (select count(*)::int from app.responses r join app.surveys s on s.id = r.survey_id where s.slug = current_setting('t.limited')::jsonb ->> 'slug'),
  2,
  'the limited survey holds exactly its two responses'
);
select is(
  (select title from app.surveys where slug = current_setting('t.xss')),
  '<img src=x onerror=alert(1)>',
  'the markup title is stored verbatim'
);
select is(
  (select count(*)::int from app.responses r join app.surveys s on s.id = r.survey_id
    where s.slug in (current_setting('t.closed'), current_setting('t.expired'), current_setting('t.draft'), current_setting('t.no_email'))),
  0,
  'closed, expired, draft and refused surveys received nothing'
);

-- ── the owner's view of it ───────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select set_config('t.results', public.survey_results((current_setting('t.main')::jsonb ->> 'id')::uuid)::text, true);
select is(
  jsonb_build_object('total', current_setting('t.results')::jsonb -> 'total_responses', 'waitlist', current_setting('t.results')::jsonb -> 'waitlist_count'),
  '{"total": 2, "waitlist": 1}'::jsonb,
  'results: two responses, one waiting-list email'
);
select is(
  current_setting('t.results')::jsonb -> 'questions' -> 1 -> 'options',
  '[{"key": "app", "label": "An app", "count": 1}, {"key": "group", "label": "A group", "count": 0}, {"key": "book", "label": "A book", "count": 1}]'::jsonb,
  'results: counts per option, zeros included'
);
select is(
  current_setting('t.results')::jsonb -> 'questions' -> 2 -> 'histogram',
  '[{"value": 1, "count": 0}, {"value": 2, "count": 0}, {"value": 3, "count": 0}, {"value": 4, "count": 0}, {"value": 5, "count": 1}]'::jsonb,
  'results: a histogram over every value of the scale'
);
select is(
  current_setting('t.results')::jsonb -> 'threshold',
  jsonb_build_object('question_id', current_setting('t.q1'), 'successes', 2, 'total', 2, 'target_rate', 0.4, 'min_responses', 10),
  'results: the threshold''s successes and total'
);
select is(
  (select jsonb_agg(w - 'consent_at' - 'created_at') from jsonb_array_elements(tests.export_survey_waitlist((current_setting('t.main')::jsonb ->> 'id')::uuid)) w),
  '[{"email": "Fan@Example.org"}]'::jsonb,
  'the waiting-list export gives the email'
);

select * from finish();
rollback;
