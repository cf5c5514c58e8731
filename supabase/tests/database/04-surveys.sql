-- Surveys and their creator functions, as the owner (A), as another creator (B), as a signed-in
-- role without a user id and as anon; then the RLS matrix of every survey table on every command.
-- Ids travel between statements in transaction-local settings (t.*), readable under any role.
begin;
select plan(141);

insert into auth.users (id, email) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'b@test.local');
insert into app.plans (id, owner_id) values
  ('aaaaaaaa-0000-4000-8000-00000000a1a1', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  ('bbbbbbbb-0000-4000-8000-00000000b1b1', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

select set_config('t.questions', $json$[
  {"kind": "single_choice", "prompt": "Have you paid for a course this year?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
  {"kind": "multiple_choice", "prompt": "What did you try?",
   "options": [{"key": "app", "label": "An app"}, {"key": "group", "label": "A group"}, {"key": "book", "label": "A book"}]},
  {"kind": "scale", "prompt": "How much does it weigh on you?", "min": 1, "max": 5},
  {"kind": "short_text", "prompt": "Your favourite tool?", "options": [], "min": null, "max": null},
  {"kind": "long_text", "prompt": "Tell us about a lost day."},
  {"kind": "email_optin", "prompt": "Leave your email to hear about the launch."}
]$json$, true);

-- ── A, the owner: creating ───────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(tests.list_my_surveys(), '[]'::jsonb, 'A: list_my_surveys is [] before the first survey');
select ok(
  set_config('t.s1', tests.create_survey(p_title => '  Yoga for runners  ', p_locale => 'en',
    p_intro => 'Two minutes.', p_questions => current_setting('t.questions')::jsonb,
    p_plan_id => 'aaaaaaaa-0000-4000-8000-00000000a1a1') ->> 'id', true) is not null,
  'A: create_survey creates a survey'
);
select set_config('t.d1', tests.get_survey(current_setting('t.s1')::uuid)::text, true);
select ok(
  current_setting('t.d1')::jsonb ?& array['id', 'slug', 'title', 'intro', 'locale', 'status', 'closes_at', 'max_responses',
    'plan_id', 'created_at', 'updated_at', 'published_at', 'response_count', 'threshold', 'questions'],
  'A: the survey detail has every documented key'
);
select is(
  jsonb_build_object('title', current_setting('t.d1')::jsonb -> 'title', 'status', current_setting('t.d1')::jsonb -> 'status',
    'locale', current_setting('t.d1')::jsonb -> 'locale', 'plan_id', current_setting('t.d1')::jsonb -> 'plan_id',
    'response_count', current_setting('t.d1')::jsonb -> 'response_count', 'threshold', current_setting('t.d1')::jsonb -> 'threshold'),
  '{"title": "Yoga for runners", "status": "draft", "locale": "en", "plan_id": "aaaaaaaa-0000-4000-8000-00000000a1a1",
    "response_count": 0, "threshold": null}'::jsonb,
  'A: a new survey is a trimmed-title draft in the given plan, without responses or threshold'
);
select matches(current_setting('t.d1')::jsonb ->> 'slug', '^[a-z0-9]{10}$', 'A: the slug is 10 characters of [a-z0-9]');
select set_config('t.s2', tests.create_survey(p_title => 'Another', p_locale => 'fr') ->> 'id', true);
select isnt(
  tests.get_survey(current_setting('t.s2')::uuid) ->> 'slug',
  current_setting('t.d1')::jsonb ->> 'slug',
  'A: each survey gets its own slug'
);
select is(
  (select jsonb_agg(q -> 'position') from jsonb_array_elements(current_setting('t.d1')::jsonb -> 'questions') q),
  '[1, 2, 3, 4, 5, 6]'::jsonb,
  'A: questions are numbered from 1 in the order given'
);
select is(
  current_setting('t.d1')::jsonb -> 'questions' -> 2,
  jsonb_build_object('id', current_setting('t.d1')::jsonb -> 'questions' -> 2 -> 'id', 'position', 3, 'kind', 'scale',
    'prompt', 'How much does it weigh on you?', 'required', false, 'options', '[]'::jsonb, 'min', 1, 'max', 5, 'show_if', null,
    'evidence', 'opinion'),
  'A: a question comes as {id, position, kind, prompt, required, options, min, max, show_if, evidence}'
);
select is(
  current_setting('t.d1')::jsonb -> 'questions' -> 3 -> 'min', 'null'::jsonb,
  'A: min and max are null outside scales'
);
select throws_ok(
  $$select tests.create_survey(p_title => 'Mine', p_locale => 'fr', p_plan_id => 'bbbbbbbb-0000-4000-8000-00000000b1b1')$$,
  'P0001', 'invalid_survey', 'A: cannot file a survey under B''s plan'
);
select throws_ok($$select tests.create_survey(p_title => '   ', p_locale => 'fr')$$,
  'P0001', 'invalid_survey', 'a blank title is invalid_survey');
select throws_ok($$select tests.create_survey(p_title => repeat('t', 121), p_locale => 'fr')$$,
  'P0001', 'invalid_survey', 'a 121-character title is invalid_survey');
select throws_ok($$select tests.create_survey(p_title => 'Fine', p_locale => 'de')$$,
  'P0001', 'invalid_survey', 'a locale other than fr/en is invalid_survey');
select throws_ok($$select tests.create_survey(p_title => 'Fine', p_locale => 'fr', p_intro => repeat('i', 1001))$$,
  'P0001', 'invalid_survey', 'an introduction over 1,000 characters is invalid_survey');
select throws_ok(
  $$select tests.create_survey(p_title => 'Fine', p_locale => 'fr', p_questions => '[{"kind": "ranking", "prompt": "?"}]')$$,
  'P0001', 'invalid_survey', 'create_survey checks its questions too'
);
select is((select count(*)::int from app.surveys), 2, 'A: the refused creations wrote nothing');

-- ── A: the question list ─────────────────────────────────────────────────────
create function pg_temp.save_fails(p_questions text) returns text language plpgsql as $$
begin
  perform tests.save_survey_questions(current_setting('t.s1')::uuid, p_questions::jsonb);
  return 'saved';
exception when others then
  return sqlstate || ' ' || sqlerrm;
end;
$$;

select is(pg_temp.save_fails('{"kind": "short_text"}'), 'P0001 invalid_survey', 'questions that are not an array');
select is(pg_temp.save_fails('[{"kind": "ranking", "prompt": "Rank these"}]'), 'P0001 invalid_survey', 'an unknown kind');
select is(pg_temp.save_fails('[{"kind": "short_text", "prompt": "  "}]'), 'P0001 invalid_survey', 'an empty prompt');
select is(pg_temp.save_fails(format('[{"kind": "short_text", "prompt": "%s"}]', repeat('p', 301))), 'P0001 invalid_survey',
  'a prompt over 300 characters');
select is(pg_temp.save_fails((select jsonb_agg(jsonb_build_object('kind', 'short_text', 'prompt', 'Q' || i))::text
                                from generate_series(1, 21) i)), 'P0001 invalid_survey', 'more than 20 questions');
select is(pg_temp.save_fails('[{"kind": "single_choice", "prompt": "?", "options": [{"key": "a", "label": "A"}]}]'),
  'P0001 invalid_survey', 'a choice question with one option');
select is(pg_temp.save_fails((select jsonb_build_array(jsonb_build_object('kind', 'multiple_choice', 'prompt', '?', 'options',
                                jsonb_agg(jsonb_build_object('key', 'k' || i, 'label', 'L' || i))))::text
                                from generate_series(1, 13) i)), 'P0001 invalid_survey', 'a choice question with 13 options');
select is(pg_temp.save_fails('[{"kind": "single_choice", "prompt": "?", "options": [{"key": "Yes!", "label": "A"}, {"key": "no", "label": "B"}]}]'),
  'P0001 invalid_survey', 'an option key outside [a-z0-9_-]');
select is(pg_temp.save_fails('[{"kind": "single_choice", "prompt": "?", "options": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]}]'),
  'P0001 invalid_survey', 'a duplicated option key');
select is(pg_temp.save_fails('[{"kind": "single_choice", "prompt": "?", "options": [{"key": "a", "label": " "}, {"key": "b", "label": "B"}]}]'),
  'P0001 invalid_survey', 'an empty option label');
select is(pg_temp.save_fails(format('[{"kind": "single_choice", "prompt": "?", "options": [{"key": "a", "label": "%s"}, {"key": "b", "label": "B"}]}]', repeat('l', 121))),
  'P0001 invalid_survey', 'an option label over 120 characters');
select is(pg_temp.save_fails('[{"kind": "scale", "prompt": "?", "min": 5, "max": 5}]'), 'P0001 invalid_survey', 'a scale with min = max');
select is(pg_temp.save_fails('[{"kind": "scale", "prompt": "?", "min": 0, "max": 11}]'), 'P0001 invalid_survey', 'a scale beyond 10');
select is(pg_temp.save_fails('[{"kind": "scale", "prompt": "?", "min": 0.5, "max": 4}]'), 'P0001 invalid_survey', 'a scale with a fractional end');
select is(pg_temp.save_fails('[{"kind": "scale", "prompt": "?"}]'), 'P0001 invalid_survey', 'a scale without min and max');
select is(pg_temp.save_fails('[{"kind": "short_text", "prompt": "?", "options": [{"key": "a", "label": "A"}]}]'),
  'P0001 invalid_survey', 'options on a text question');
select is(pg_temp.save_fails('[{"kind": "email_optin", "prompt": "Email?"}, {"kind": "email_optin", "prompt": "Email again?"}]'),
  'P0001 invalid_survey', 'two email questions');
select is(pg_temp.save_fails('[{"kind": "short_text", "prompt": "?", "required": "yes"}]'), 'P0001 invalid_survey',
  '"required" that is not a boolean');
select is(
  tests.get_survey(current_setting('t.s1')::uuid) -> 'questions',
  current_setting('t.d1')::jsonb -> 'questions',
  'A: the refused lists left the questions as they were'
);

-- Stable ids: reversing the list keeps each question's id; an unknown id gets a new one.
select set_config('t.q_choice', current_setting('t.d1')::jsonb -> 'questions' -> 0 ->> 'id', true);
select set_config('t.q_scale', current_setting('t.d1')::jsonb -> 'questions' -> 2 ->> 'id', true);
select set_config('t.reordered', tests.save_survey_questions(current_setting('t.s1')::uuid, (
  select jsonb_agg(q order by (q ->> 'position')::int desc) from jsonb_array_elements(current_setting('t.d1')::jsonb -> 'questions') q
))::text, true);
select is(
  (select jsonb_agg(q -> 'id') from jsonb_array_elements(current_setting('t.reordered')::jsonb -> 'questions') q),
  (select jsonb_agg(q -> 'id' order by (q ->> 'position')::int desc) from jsonb_array_elements(current_setting('t.d1')::jsonb -> 'questions') q),
  'A: reordering keeps every question id'
);
select is(
  current_setting('t.reordered')::jsonb -> 'questions' -> 5 ->> 'id', current_setting('t.q_choice'),
  'A: the first question, moved last, is at position 6'
);
select isnt(
  tests.save_survey_questions(current_setting('t.s2')::uuid, jsonb_build_array(
    jsonb_build_object('id', current_setting('t.q_choice'), 'kind', 'short_text', 'prompt', 'New'))) -> 'questions' -> 0 ->> 'id',
  current_setting('t.q_choice'),
  'A: an id of another survey''s question is replaced by a new one'
);
select is(
  (select count(*)::int from app.survey_questions q where q.survey_id = current_setting('t.s1')::uuid),
  6,
  'A: ... and that question stays with its own survey'
);

-- ── A: threshold, publishing ─────────────────────────────────────────────────
select throws_ok(
  format('select tests.publish_survey(%L)', current_setting('t.s1')),
  'P0001', 'survey_not_ready', 'A: no threshold yet: survey_not_ready'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{"question_id": %s, "option_keys": ["maybe"], "target_rate": 0.4, "min_responses": 10}')$$,
    current_setting('t.s1'), to_jsonb(current_setting('t.q_choice'))),
  'P0001', 'invalid_survey', 'a threshold on an option the question does not offer'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{"question_id": %s, "option_keys": ["yes"], "target_rate": 1.5, "min_responses": 10}')$$,
    current_setting('t.s1'), to_jsonb(current_setting('t.q_choice'))),
  'P0001', 'invalid_survey', 'a target rate above 1'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{"question_id": %s, "option_keys": ["yes"], "target_rate": 0.4, "min_responses": 4}')$$,
    current_setting('t.s1'), to_jsonb(current_setting('t.q_choice'))),
  'P0001', 'invalid_survey', 'fewer than 5 minimum responses'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{"question_id": %s, "scale_min": 9, "target_rate": 0.4, "min_responses": 10}')$$,
    current_setting('t.s1'), to_jsonb(current_setting('t.q_scale'))),
  'P0001', 'invalid_survey', 'a scale threshold outside the scale'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{"question_id": "bbbbbbbb-0000-4000-8000-000000000001", "option_keys": ["yes"], "target_rate": 0.4, "min_responses": 10}')$$,
    current_setting('t.s1')),
  'P0001', 'invalid_survey', 'a threshold on a question of no survey of A''s'
);
select is(
  tests.update_survey(current_setting('t.s1')::uuid, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object(
    'question_id', current_setting('t.q_scale'), 'scale_min', 4, 'target_rate', 0.5, 'min_responses', 20)) -> 'threshold',
  jsonb_build_object('question_id', current_setting('t.q_scale'), 'option_keys', '[]'::jsonb, 'scale_min', 4,
    'target_rate', 0.5, 'min_responses', 20),
  'A: a scale threshold is stored normalised'
);
select is(
  tests.save_survey_questions(current_setting('t.s1')::uuid, (
    select jsonb_agg(q) from jsonb_array_elements(current_setting('t.reordered')::jsonb -> 'questions') q
     where q ->> 'id' <> current_setting('t.q_scale'))) -> 'threshold',
  'null'::jsonb,
  'A: removing the threshold''s question from a draft clears the threshold'
);
select lives_ok(
  format('select tests.save_survey_questions(%L, %L)', current_setting('t.s1'), current_setting('t.reordered')::jsonb -> 'questions'),
  'A: the scale question comes back'
);
select is(
  tests.update_survey(current_setting('t.s1')::uuid, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object(
    'question_id', current_setting('t.q_choice'), 'option_keys', '["yes"]'::jsonb, 'target_rate', 0.4, 'min_responses', 10)) -> 'threshold' -> 'option_keys',
  '["yes"]'::jsonb,
  'A: a choice threshold is stored'
);
select is(
  tests.update_survey(current_setting('t.s1')::uuid, p_title => 'Yoga for trail runners', p_max_responses => 50) ->> 'title',
  'Yoga for trail runners',
  'A: update_survey changes the title of a draft'
);
select throws_ok(
  format('select tests.update_survey(%L, p_closes_at => now() - interval %L)', current_setting('t.s1'), '1 hour'),
  'P0001', 'invalid_survey', 'a closing date in the past is invalid_survey'
);
select throws_ok(
  format('select tests.update_survey(%L, p_max_responses => 0)', current_setting('t.s1')),
  'P0001', 'invalid_survey', 'a response limit of 0 is invalid_survey'
);
select is(
  tests.publish_survey(current_setting('t.s1')::uuid) ->> 'status', 'published', 'A: publish_survey publishes a ready draft'
);
select isnt(tests.get_survey(current_setting('t.s1')::uuid) -> 'published_at', 'null'::jsonb, 'A: published_at is set');
select is(
  tests.publish_survey(current_setting('t.s1')::uuid) ->> 'status', 'published', 'A: publishing again changes nothing'
);
select throws_ok(
  format('select tests.update_survey(%L, p_title => %L)', current_setting('t.s1'), 'New title'),
  'P0001', 'survey_not_editable', 'A: the title of a published survey is not editable'
);
select throws_ok(
  format($$select tests.update_survey(%L, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => '{}')$$, current_setting('t.s1')),
  'P0001', 'survey_not_editable', 'A: the threshold of a published survey is not editable'
);
select is(
  tests.update_survey(current_setting('t.s1')::uuid, p_title => 'Yoga for trail runners', p_closes_at => now() + interval '7 days',
    p_clear_max_responses => true) -> 'max_responses',
  'null'::jsonb,
  'A: sharing settings change on a published survey (the unchanged title is not an edit)'
);
select is(
  tests.close_survey(current_setting('t.s1')::uuid) ->> 'status', 'closed', 'A: close_survey closes it'
);
select throws_ok(
  format('select tests.publish_survey(%L)', current_setting('t.s1')),
  'P0001', 'survey_not_editable', 'A: a closed survey is reopened, not published'
);
select is(
  tests.reopen_survey(current_setting('t.s1')::uuid) ->> 'status', 'published', 'A: reopen_survey reopens it'
);

-- A published survey without responses still takes a new question list.
select is(
  jsonb_array_length(tests.save_survey_questions(current_setting('t.s1')::uuid, current_setting('t.reordered')::jsonb -> 'questions') -> 'questions'),
  6,
  'A: questions of a published survey without responses can change'
);
select throws_ok(
  format($$select tests.save_survey_questions(%L, '[]')$$, current_setting('t.s1')),
  'P0001', 'invalid_survey', 'A: a published survey keeps at least one question'
);

-- ── a response arrives (through the public function) ───────────────────────
select set_config('t.slug1', tests.get_survey(current_setting('t.s1')::uuid) ->> 'slug', true);
select set_config('t.q_scale', (select q.id::text from app.survey_questions q
                                 where q.survey_id = current_setting('t.s1')::uuid and q.kind = 'scale'), true);
select tests.authenticate_as_anon();
select set_config('t.r1', public.submit_response(current_setting('t.slug1'), 'respondent-key-0001',
  jsonb_build_object(current_setting('t.q_choice'), 'yes', current_setting('t.q_scale'), 4), 'fan@example.org', true)::text, true);
select isnt(current_setting('t.r1'), '', 'anon: a response is stored');

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select throws_ok(
  format('select tests.save_survey_questions(%L, %L)', current_setting('t.s1'), current_setting('t.reordered')::jsonb -> 'questions'),
  'P0001', 'survey_has_responses', 'A: questions are frozen once a response exists'
);
select is(tests.get_survey(current_setting('t.s1')::uuid) -> 'response_count', '1'::jsonb, 'A: response_count counts it');

-- Duplicate as a new version.
select set_config('t.copy', tests.duplicate_survey(current_setting('t.s1')::uuid)::text, true);
select is(current_setting('t.copy')::jsonb ->> 'title', 'Yoga for trail runners (v2)', 'A: a published survey''s copy is its v2');
select is(
  jsonb_build_object('status', current_setting('t.copy')::jsonb -> 'status', 'response_count', current_setting('t.copy')::jsonb -> 'response_count',
    'closes_at', current_setting('t.copy')::jsonb -> 'closes_at'),
  '{"status": "draft", "response_count": 0, "closes_at": null}'::jsonb,
  'A: the copy is a draft without responses nor closing date'
);
select isnt(current_setting('t.copy')::jsonb ->> 'slug', current_setting('t.slug1'), 'A: the copy has its own slug');
select is(
  (select count(*)::int from jsonb_array_elements(current_setting('t.copy')::jsonb -> 'questions') c
     join app.survey_questions q on q.id = (c ->> 'id')::uuid and q.survey_id = current_setting('t.s1')::uuid),
  0,
  'A: the copied questions have new ids'
);
select is(
  (select c ->> 'prompt' from jsonb_array_elements(current_setting('t.copy')::jsonb -> 'questions') c
    where c ->> 'id' = current_setting('t.copy')::jsonb -> 'threshold' ->> 'question_id'),
  'Have you paid for a course this year?',
  'A: the copy''s threshold points at the copied question'
);
select is(
  tests.duplicate_survey((current_setting('t.copy')::jsonb ->> 'id')::uuid) ->> 'title',
  'Yoga for trail runners (v2) (copy)',
  'A: a draft''s copy is "(copy)"'
);
select is(
  tests.publish_survey((current_setting('t.copy')::jsonb ->> 'id')::uuid) ->> 'status', 'published',
  'A: the copy can be published'
);
select is(
  tests.duplicate_survey((current_setting('t.copy')::jsonb ->> 'id')::uuid) ->> 'title',
  'Yoga for trail runners (v3)',
  'A: the v2''s copy is the v3'
);
select is(
  (select jsonb_agg(s -> 'title') from jsonb_array_elements(tests.list_my_surveys()) s),
  (select jsonb_agg(to_jsonb(s.title) order by s.created_at desc, s.id desc) from app.surveys s),
  'A: list_my_surveys lists every survey of A''s, newest first'
);
select ok(
  (select bool_and(s ?& array['id', 'slug', 'title', 'status', 'locale', 'response_count', 'created_at', 'updated_at', 'published_at'])
     from jsonb_array_elements(tests.list_my_surveys()) s),
  'A: each summary has the documented keys'
);

-- ── B, another creator ───────────────────────────────────────────────────────
select tests.authenticate_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

select is(tests.list_my_surveys(), '[]'::jsonb, 'B: list_my_surveys does not list A''s surveys');
select throws_ok(format('select tests.get_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: get_survey');
select throws_ok(format('select tests.update_survey(%L, p_max_responses => 1)', current_setting('t.s1')),
  'P0001', 'survey_not_found', 'B: update_survey');
select throws_ok(format($$select tests.save_survey_questions(%L, '[]')$$, current_setting('t.s1')),
  'P0001', 'survey_not_found', 'B: save_survey_questions');
select throws_ok(format('select tests.publish_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: publish_survey');
select throws_ok(format('select tests.close_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: close_survey');
select throws_ok(format('select tests.reopen_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: reopen_survey');
select throws_ok(format('select tests.duplicate_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: duplicate_survey');
select throws_ok(format('select public.delete_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: delete_survey');
select throws_ok(format('select public.survey_results(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found', 'B: survey_results');
select throws_ok(format('select tests.export_survey_responses(%L)', current_setting('t.s1')),
  'P0001', 'survey_not_found', 'B: export_survey_responses');
select throws_ok(format('select tests.export_survey_waitlist(%L)', current_setting('t.s1')),
  'P0001', 'survey_not_found', 'B: export_survey_waitlist');
select throws_ok($$select tests.get_survey('00000000-0000-4000-8000-000000000000')$$,
  'P0001', 'survey_not_found', 'B: a missing survey is survey_not_found too');

-- ── RLS: B on every table and command ───────────────────────────────────────
select is((select count(*)::int from app.surveys), 0, 'B: select sees no survey');
select is((select count(*)::int from app.survey_questions), 0, 'B: select sees no question');
select is((select count(*)::int from app.responses), 0, 'B: select sees no response');
select is((select count(*)::int from app.response_answers), 0, 'B: select sees no answer');
select is((select count(*)::int from app.waitlist), 0, 'B: select sees no waiting-list email');
select results_eq($$with c as (update app.surveys set title = 'Mine' returning 1) select count(*)::int from c$$, array[0],
  'B: update reaches no survey');
select results_eq($$with c as (delete from app.surveys returning 1) select count(*)::int from c$$, array[0],
  'B: delete reaches no survey');
select throws_ok(
  $$insert into app.surveys (owner_id, slug, title, locale) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'forged-slug', 'x', 'fr')$$,
  '42501', 'new row violates row-level security policy for table "surveys"', 'B: cannot insert a survey owned by A'
);
select throws_ok(
  $$insert into app.surveys (owner_id, plan_id, slug, title, locale)
    values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'aaaaaaaa-0000-4000-8000-00000000a1a1', 'forged-slug', 'x', 'fr')$$,
  '42501', 'new row violates row-level security policy for table "surveys"', 'B: cannot file a survey under A''s plan'
);
select throws_ok(
  format($$insert into app.survey_questions (survey_id, position, kind, prompt, evidence) values (%L, 9, 'short_text', 'x', 'opinion')$$, current_setting('t.s1')),
  '42501', 'new row violates row-level security policy for table "survey_questions"', 'B: cannot add a question to A''s survey'
);
select results_eq($$with c as (update app.survey_questions set prompt = 'x' returning 1) select count(*)::int from c$$, array[0],
  'B: update reaches no question');
select results_eq($$with c as (delete from app.survey_questions returning 1) select count(*)::int from c$$, array[0],
  'B: delete reaches no question');
select throws_ok(
  format($$insert into app.responses (survey_id, respondent_key) values (%L, 'forged-key-000001')$$, current_setting('t.s1')),
  '42501', 'permission denied for table responses', 'B: cannot insert a response'
);
select throws_ok($$update app.responses set left_email = true$$, '42501', 'permission denied for table responses',
  'B: cannot update responses');
select throws_ok($$delete from app.responses$$, '42501', 'permission denied for table responses', 'B: cannot delete responses');
select throws_ok($$delete from app.response_answers$$, '42501', 'permission denied for table response_answers',
  'B: cannot delete answers');
select throws_ok($$update app.waitlist set email = 'me@example.org'$$, '42501', 'permission denied for table waitlist',
  'B: cannot update the waiting list');

-- ── A: RLS on A's own rows ───────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is((select count(*)::int from app.surveys), 5, 'A: select sees A''s five surveys');
select is((select count(*)::int from app.responses), 1, 'A: select sees the response to A''s survey');
select is((select count(*)::int from app.response_answers), 2, 'A: select sees its two answers');
select is((select email from app.waitlist), 'fan@example.org', 'A: select sees the waiting-list email of A''s survey');
select throws_ok(
  format($$insert into app.responses (survey_id, respondent_key) values (%L, 'forged-key-000002')$$, current_setting('t.s1')),
  '42501', 'permission denied for table responses', 'A: responses are written by submit_response only'
);
select throws_ok(
  format($$insert into app.waitlist (survey_id, email, consent_at) values (%L, 'x@example.org', now())$$, current_setting('t.s1')),
  '42501', 'permission denied for table waitlist', 'A: the waiting list is written by submit_response only'
);
select throws_ok($$update app.surveys set slug = 'my-own-slug'$$, '42501', 'permission denied for table surveys',
  'A: a slug never changes');
select throws_ok($$update app.surveys set owner_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$, '42501', 'permission denied for table surveys',
  'A: a survey never changes owner');
select throws_ok($$delete from app.waitlist$$, '42501', 'permission denied for table waitlist',
  'A: the waiting list is not deleted row by row');

-- ── signed-in role without a user id ─────────────────────────────────────────
select tests.authenticate_as(null);
select throws_ok($$select tests.list_my_surveys()$$, 'P0001', 'not_authenticated', 'no sub claim: list_my_surveys');
select throws_ok($$select tests.create_survey(p_title => 'x', p_locale => 'fr')$$, 'P0001', 'not_authenticated',
  'no sub claim: create_survey');
select throws_ok(format('select public.survey_results(%L)', current_setting('t.s1')), 'P0001', 'not_authenticated',
  'no sub claim: survey_results');
select is((select count(*)::int from app.surveys), 0, 'no sub claim: select sees no survey');

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();

select is(
  array(select f from unnest(array[
    'public.create_survey(text, text, text, jsonb, uuid)', 'public.get_survey(uuid)', 'public.list_my_surveys()',
    'public.update_survey(uuid, text, text, text, timestamptz, boolean, integer, boolean, jsonb)',
    'public.save_survey_questions(uuid, jsonb)', 'public.publish_survey(uuid)', 'public.close_survey(uuid)',
    'public.reopen_survey(uuid)', 'public.duplicate_survey(uuid)', 'public.delete_survey(uuid)', 'public.survey_results(uuid)',
    'public.export_survey_responses(uuid)', 'public.export_survey_waitlist(uuid)']) f
   where has_function_privilege('anon', to_regprocedure(f), 'execute')),
  '{}'::text[],
  'anon can execute none of the creator functions'
);
select throws_ok($$select tests.list_my_surveys()$$, '42501', 'permission denied for function list_my_surveys',
  'anon: list_my_surveys is denied');
select throws_ok(format('select public.survey_results(%L)', current_setting('t.s1')), '42501',
  'permission denied for function survey_results', 'anon: survey_results is denied');
select throws_ok(format('select tests.export_survey_waitlist(%L)', current_setting('t.s1')), '42501',
  'permission denied for function export_survey_waitlist', 'anon: export_survey_waitlist is denied');
select throws_ok($$select count(*) from app.surveys$$, '42501', 'permission denied for table surveys', 'anon: select surveys');
select throws_ok($$select count(*) from app.survey_questions$$, '42501', 'permission denied for table survey_questions',
  'anon: select survey_questions');
select throws_ok($$select count(*) from app.responses$$, '42501', 'permission denied for table responses', 'anon: select responses');
select throws_ok($$select count(*) from app.response_answers$$, '42501', 'permission denied for table response_answers',
  'anon: select response_answers');
select throws_ok($$select count(*) from app.waitlist$$, '42501', 'permission denied for table waitlist', 'anon: select waitlist');
select throws_ok(
  $$insert into app.surveys (owner_id, slug, title, locale) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'anon-slug', 'x', 'fr')$$,
  '42501', 'permission denied for table surveys', 'anon: insert surveys');
select throws_ok($$update app.surveys set title = 'x'$$, '42501', 'permission denied for table surveys', 'anon: update surveys');
select throws_ok($$delete from app.surveys$$, '42501', 'permission denied for table surveys', 'anon: delete surveys');
select throws_ok($$delete from app.survey_questions$$, '42501', 'permission denied for table survey_questions',
  'anon: delete survey_questions');
select throws_ok(
  format($$insert into app.responses (survey_id, respondent_key) values (%L, 'anon-key-00000001')$$, current_setting('t.s1')),
  '42501', 'permission denied for table responses', 'anon: insert responses');
select throws_ok($$update app.response_answers set scale = 1$$, '42501', 'permission denied for table response_answers',
  'anon: update response_answers');
select throws_ok(
  format($$insert into app.waitlist (survey_id, email, consent_at) values (%L, 'x@example.org', now())$$, current_setting('t.s1')),
  '42501', 'permission denied for table waitlist', 'anon: insert waitlist');
select throws_ok($$delete from app.waitlist$$, '42501', 'permission denied for table waitlist', 'anon: delete waitlist');

-- ── A deletes the survey: everything goes with it ───────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(
  to_jsonb(public.delete_survey(current_setting('t.s1')::uuid)),
  jsonb_build_object('id', current_setting('t.s1')),
  'A: delete_survey returns {id}'
);
select throws_ok(format('select tests.get_survey(%L)', current_setting('t.s1')), 'P0001', 'survey_not_found',
  'A: the deleted survey is gone');

select tests.clear_authentication();

select is(
  (select count(*)::int from app.survey_questions where survey_id = current_setting('t.s1')::uuid)
  + (select count(*)::int from app.responses where survey_id = current_setting('t.s1')::uuid)
  + (select count(*)::int from app.response_answers where survey_id = current_setting('t.s1')::uuid)
  + (select count(*)::int from app.waitlist where survey_id = current_setting('t.s1')::uuid),
  0,
  'owner view: its questions, responses, answers and waiting list went with it'
);
select is(
  (select count(*)::int from app.surveys where owner_id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  4,
  'owner view: A''s other surveys remain'
);
select is(
  (select count(*)::int from app.surveys where slug = 'demo-interest' and status = 'published'),
  1,
  'owner view: the demo survey is untouched'
);

select * from finish();
rollback;
