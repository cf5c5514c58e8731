-- The test card (issue 16): a hypothesis in one sentence beside the threshold, needed to publish
-- and fixed from then on, before and after the first response. tests/db/test-card.test.ts holds
-- PGlite to the same rules.
begin;
select plan(12);

insert into auth.users (id, email) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local');
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select set_config('t.survey', tests.create_survey(p_title => 'Paid help', p_locale => 'en', p_questions => $json$[
  {"kind": "single_choice", "prompt": "Did you pay for help last year?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]}
]$json$) ->> 'id', true);
select set_config('t.q1', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid;
select set_config('t.threshold', jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes"]'::jsonb,
  'target_rate', 0.3, 'min_responses', 5)::text, true);

create function pg_temp.update(p_hypothesis text, p_threshold jsonb default null) returns text language plpgsql as $$
begin
  return tests.update_survey(current_setting('t.survey')::uuid, p_hypothesis => p_hypothesis, p_threshold => p_threshold) ->> 'hypothesis';
exception when others then
  return sqlerrm;
end;
$$;

select is(pg_temp.update(null, current_setting('t.threshold')::jsonb), '', 'a threshold alone leaves the hypothesis empty');
select throws_ok(format('select public.publish_survey(%L)', current_setting('t.survey')),
  'P0001', 'survey_not_ready', 'no survey is published without its hypothesis');
select is(pg_temp.update(E'\u00a0 \u200b '), '', 'a hypothesis of spaces and invisible characters is no hypothesis');
select throws_ok(format('select public.publish_survey(%L)', current_setting('t.survey')),
  'P0001', 'survey_not_ready', '... and still does not publish');
select is(pg_temp.update(repeat('x', 301)), 'invalid_survey', 'a hypothesis over 300 characters is refused');
select is(pg_temp.update(repeat('x', 100000)), 'invalid_survey', 'a huge one is refused before it is cleaned');
select is(pg_temp.update('  At least 30 % of freelancers paid for help last year.  '),
  'At least 30 % of freelancers paid for help last year.', 'a hypothesis is stored trimmed');
select lives_ok(format('select public.publish_survey(%L)', current_setting('t.survey')), 'with it, the survey publishes');

select is(pg_temp.update('At least 30 % of freelancers paid for help last year.'),
  'At least 30 % of freelancers paid for help last year.', 'sending the same hypothesis again is not an edit');
select is(pg_temp.update('At least 50 % of freelancers paid.'), 'survey_not_editable', 'once published, the hypothesis is fixed');

select set_config('t.slug', (select slug from app.surveys where id = current_setting('t.survey')::uuid), true);
select tests.authenticate_as_anon();
select lives_ok(format('select public.submit_response(%L, %L, %L::jsonb)',
  current_setting('t.slug'), 'test-card-respondent-1',
  jsonb_build_object(current_setting('t.q1'), 'yes')), 'a first response arrives');
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.update('Nobody paid.', jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["no"]'::jsonb,
  'target_rate', 0.3, 'min_responses', 5)), 'survey_not_editable', 'after the first response, neither the hypothesis nor the threshold changes');

select * from finish();
rollback;
