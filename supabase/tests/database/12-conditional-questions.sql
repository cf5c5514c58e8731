-- Conditional questions (issue 16; DESIGN.md, submit_response: show_if) on PostgreSQL 15: rules
-- checked when saved, given by get_public_survey, applied by submit_response (shown or hidden ×
-- required or optional × answered or not; a rejected call writes nothing) and counted by
-- survey_results. tests/db/survey-conditional.test.ts holds PGlite to the same cases.
begin;
select plan(23);

insert into auth.users (id, email) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local');

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

-- Rules point at the ids the questions are sent with (new questions: the browser's own UUIDs).
select set_config('t.survey', tests.create_survey(p_title => 'Paid help', p_locale => 'en', p_questions => $json$[
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000001", "kind": "single_choice", "prompt": "Did you pay for help last year?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}, {"key": "maybe", "label": "Not sure"}]},
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000002", "kind": "short_text", "prompt": "What did you pay for?", "required": true,
   "show_if": {"question_id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000001", "option_keys": ["yes"]}},
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000003", "kind": "scale", "prompt": "How much did it weigh?", "min": 0, "max": 10,
   "show_if": {"question_id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000001", "option_keys": ["maybe", "yes"]}},
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000004", "kind": "long_text", "prompt": "Tell us about the last time.",
   "show_if": {"question_id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000003", "min": 7, "max": 10}},
  {"kind": "email_optin", "prompt": "Your email", "show_if": {"question_id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f000001", "option_keys": ["yes"]}}
]$json$) ->> 'id', true);
select set_config('t.q1', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid and q.position = 1;
select set_config('t.q2', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid and q.position = 2;
select set_config('t.q3', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid and q.position = 3;
select set_config('t.q4', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid and q.position = 4;

select is(
  (select jsonb_agg(q -> 'show_if' order by (q ->> 'position')::int) from jsonb_array_elements(tests.get_survey(current_setting('t.survey')::uuid) -> 'questions') q),
  jsonb_build_array(null,
    jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes"]'::jsonb),
    jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes", "maybe"]'::jsonb),
    jsonb_build_object('question_id', current_setting('t.q3'), 'min', 7, 'max', 10),
    jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes"]'::jsonb)),
  'rules are kept, pointing at the saved ids of earlier questions, options in their question''s order'
);

-- Rules that do not hold, on a draft of their own: refused with invalid_survey, its questions unchanged.
select set_config('t.draft', tests.create_survey(p_title => 'Draft', p_locale => 'en', p_questions => $json$[
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000a1", "kind": "single_choice", "prompt": "Paid?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
  {"id": "0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000a2", "kind": "scale", "prompt": "Weight?", "min": 0, "max": 5}
]$json$)::text, true);
select set_config('t.d1', current_setting('t.draft')::jsonb -> 'questions' -> 0 ->> 'id', true);
select set_config('t.d2', current_setting('t.draft')::jsonb -> 'questions' -> 1 ->> 'id', true);

-- Saves [choice, scale, text with p_rule] (p_scale_rule: the rule on the scale instead).
create function pg_temp.save_with(p_rule jsonb, p_scale_rule jsonb default null) returns text language plpgsql as $$
begin
  perform public.save_survey_questions((current_setting('t.draft')::jsonb ->> 'id')::uuid, jsonb_build_array(
    jsonb_build_object('id', current_setting('t.d1'), 'kind', 'single_choice', 'prompt', 'Paid?', 'required', true,
      'options', '[{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]'::jsonb),
    jsonb_build_object('id', current_setting('t.d2'), 'kind', 'scale', 'prompt', 'Weight?', 'min', 0, 'max', 5, 'show_if', p_scale_rule),
    jsonb_build_object('id', '0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000a3', 'kind', 'short_text', 'prompt', 'What?', 'show_if', p_rule)));
  return 'saved';
exception when others then
  return sqlerrm;
end;
$$;
select is(pg_temp.save_with(null, jsonb_build_object('question_id', '0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000a3', 'option_keys', '["yes"]'::jsonb)),
  'invalid_survey', 'a rule on a later question is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', '0b4c8b52-43a6-4d3c-9a0e-4a8f4f0000a3', 'option_keys', '["yes"]'::jsonb)),
  'invalid_survey', 'a rule on the question itself is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', gen_random_uuid(), 'option_keys', '["yes"]'::jsonb)), 'invalid_survey', 'a rule on an unknown question is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', current_setting('t.d1'), 'option_keys', '["maybe"]'::jsonb)), 'invalid_survey', 'an option the question does not offer is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', current_setting('t.d1'), 'option_keys', '[]'::jsonb)), 'invalid_survey', 'a rule with no option is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', current_setting('t.d2'), 'min', 4, 'max', 6)), 'invalid_survey', 'a range beyond the scale is refused');
select is(pg_temp.save_with(jsonb_build_object('question_id', current_setting('t.d2'), 'min', 3, 'max', 2)), 'invalid_survey', 'a range upside down is refused');
select is(pg_temp.save_with('"yes"'::jsonb), 'invalid_survey', 'a rule that is not an object is refused');
select is(
  (select count(*)::int from app.survey_questions q where q.survey_id = (current_setting('t.draft')::jsonb ->> 'id')::uuid),
  2, 'after the refusals the draft still has its two questions');
select is(pg_temp.save_with(jsonb_build_object('question_id', current_setting('t.d2'), 'min', 3, 'max', 5)), 'saved', 'a range within the scale is saved');
select throws_ok(
  format('update app.survey_questions set show_if_question = %L, show_if_choices = 1 where id = %L', current_setting('t.q2'), current_setting('t.d2')),
  '23503', null, 'a rule never points into another survey, even written to the table directly');

select lives_ok(format('select public.update_survey(%L::uuid, p_hypothesis => ''Most of the people asked have paid for help in the last year.'', p_threshold => %L::jsonb)', current_setting('t.survey'),
  jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes"]'::jsonb, 'target_rate', 0.3, 'min_responses', 5)),
  'the survey gets its threshold');
select lives_ok(format('select public.publish_survey(%L::uuid)', current_setting('t.survey')), 'and is published');
select set_config('t.slug', (select slug from app.surveys where id = current_setting('t.survey')::uuid), true);

-- ── anon answers ─────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();

create function pg_temp.answer(p_key text, p_answers jsonb, p_email text default null) returns text language plpgsql as $$
begin
  perform public.submit_response(current_setting('t.slug'), rpad('conditional-' || p_key, 20, '0'), p_answers, p_email, p_email is not null);
  return 'taken';
exception when others then
  return sqlerrm;
end;
$$;

select is(pg_temp.answer('a', jsonb_build_object(current_setting('t.q1'), 'yes', current_setting('t.q2'), 'A course')), 'taken', 'shown and required, answered: taken');
select is(pg_temp.answer('b', jsonb_build_object(current_setting('t.q1'), 'no')), 'taken', 'hidden and required, unanswered: taken');
select is(pg_temp.answer('c', jsonb_build_object(current_setting('t.q1'), 'maybe', current_setting('t.q3'), 9, current_setting('t.q4'), 'Sunday night.')),
  'taken', 'shown and optional, answered down a chain: taken');

select set_config('t.before', tests.response_writes()::text, true);
select is(pg_temp.answer('d', jsonb_build_object(current_setting('t.q1'), 'yes')), 'invalid_answers', 'shown and required, unanswered: invalid_answers');
select is(pg_temp.answer('e', jsonb_build_object(current_setting('t.q1'), 'no', current_setting('t.q2'), 'A course')), 'invalid_answers', 'hidden and required, answered: invalid_answers');
select is(pg_temp.answer('f', jsonb_build_object(current_setting('t.q1'), 'maybe', current_setting('t.q3'), 3, current_setting('t.q4'), 'Never.')),
  'invalid_answers', 'hidden by an answer out of range, answered: invalid_answers');
select is(pg_temp.answer('g', jsonb_build_object(current_setting('t.q1'), 'no'), 'lea@example.org'), 'invalid_answers', 'the email question hidden, with an email: invalid_answers');
select is(tests.response_writes()::text, current_setting('t.before'), 'the refused calls wrote nothing');

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(
  (select jsonb_agg(jsonb_build_array(q -> 'seen', q -> 'answered') order by (q ->> 'position')::int)
     from jsonb_array_elements(public.survey_results(current_setting('t.survey')::uuid) -> 'questions') q),
  '[[3, 3], [1, 1], [2, 1], [1, 1], [1, 0]]'::jsonb,
  'survey_results says how many saw each question and how many answered it');

select * from finish();
rollback;
