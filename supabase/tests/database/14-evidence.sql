-- What each question proves (issue 16): stored per question, bounded by its kind in the table
-- and in save_survey_questions, the kind's weakest level when none is sent, copied with the
-- survey, kept out of the public survey. tests/db/evidence.test.ts holds PGlite to the same rules.
begin;
select plan(11);

insert into auth.users (id, email) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local');
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select set_config('t.survey', tests.create_survey(p_title => 'Evidence', p_locale => 'en', p_questions => $json$[
  {"kind": "single_choice", "prompt": "Did you pay for help last year?", "required": true, "evidence": "behaviour",
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
  {"kind": "short_text", "prompt": "Book a call", "evidence": "strong_commitment"},
  {"kind": "scale", "prompt": "How much does it weigh?", "min": 1, "max": 5},
  {"kind": "email_optin", "prompt": "Leave your email"}
]$json$) ->> 'id', true);

select results_eq(
  format($$select q.evidence from app.survey_questions q where q.survey_id = %L order by q.position$$, current_setting('t.survey')),
  array['behaviour', 'strong_commitment', 'opinion', 'commitment'],
  'each level is stored as sent, or as the kind''s weakest when none is sent');
select results_eq(
  format($$select q ->> 'evidence' from jsonb_array_elements(tests.get_survey(%L) -> 'questions') q$$, current_setting('t.survey')),
  array['behaviour', 'strong_commitment', 'opinion', 'commitment'],
  'the creator reads them with the survey');

create function pg_temp.save(p_questions jsonb) returns text language plpgsql as $$
begin
  perform public.save_survey_questions(current_setting('t.survey')::uuid, p_questions);
  return 'saved';
exception when others then
  return sqlerrm;
end;
$$;

select is(pg_temp.save('[{"kind": "scale", "prompt": "How much?", "min": 1, "max": 5, "evidence": "behaviour"}]'),
  'invalid_survey', 'a scale is never more than an opinion');
select is(pg_temp.save('[{"kind": "email_optin", "prompt": "Email", "evidence": "opinion"}]'),
  'invalid_survey', 'an email left with consent is always a commitment');
select is(pg_temp.save('[{"kind": "short_text", "prompt": "Tool", "evidence": "commitment"}]'),
  'invalid_survey', 'a text answer is not an email commitment');
select is(pg_temp.save('[{"kind": "short_text", "prompt": "Tool", "evidence": ["opinion"]}]'),
  'invalid_survey', 'a level is text');
select is((select count(*)::integer from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid), 4,
  'a refused list writes nothing');

select throws_ok(
  format($$update app.survey_questions set evidence = 'behaviour' where survey_id = %L and kind = 'scale'$$, current_setting('t.survey')),
  '23514', null, 'the table holds the bound too, whoever writes');

select results_eq(
  format($$select q ->> 'evidence' from jsonb_array_elements(tests.duplicate_survey(%L) -> 'questions') q$$, current_setting('t.survey')),
  array['behaviour', 'strong_commitment', 'opinion', 'commitment'],
  'a copy of the survey keeps what each question proves');

select lives_ok(format($$select tests.update_survey(%L, p_hypothesis => 'Most paid for help.', p_threshold => %L::jsonb)$$,
  current_setting('t.survey'),
  jsonb_build_object('question_id', (select q.id from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid and q.position = 1),
                     'option_keys', '["yes"]'::jsonb, 'target_rate', 0.3, 'min_responses', 5)),
  'the test card is filled in');
select set_config('t.slug', (public.publish_survey(current_setting('t.survey')::uuid)).slug, true);
select tests.authenticate_as_anon();
select is(
  (select count(*)::integer from jsonb_array_elements(public.get_public_survey(current_setting('t.slug')) -> 'questions') q where q ? 'evidence'),
  0, 'respondents are not told what their answers prove');

select * from finish();
rollback;
