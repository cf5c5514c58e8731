-- The learning card (issue 16): written once the survey has ended, with the counts of that
-- moment (a reopening does not rewrite them), the creator's words and a decision; narrowing
-- gives the niche a new version and the plan the new statement. Read by a linked coach, written
-- by the owner only. tests/db/learning-card.test.ts holds PGlite to the same rules.
begin;
select plan(22);

insert into auth.users (id, email) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'b@test.local'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'c@test.local');

select tests.authenticate_as('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
select public.save_my_profile('Coach', array['coach']);

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select public.save_plan_section('niche', '{"statement": "productivity for freelancers", "who": "freelancers"}');
select set_config('t.plan', (public.get_my_plan()).id::text, true);
select set_config('t.survey', tests.create_survey(p_title => 'Paid help', p_locale => 'en', p_questions => $json$[
  {"kind": "single_choice", "prompt": "Did you pay for help last year?", "required": true,
   "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]}
]$json$) ->> 'id', true);
select set_config('t.q1', q.id::text, true) from app.survey_questions q where q.survey_id = current_setting('t.survey')::uuid;
select public.update_survey(current_setting('t.survey')::uuid,
  p_hypothesis => 'At least 30 % of freelancers paid for help last year.',
  p_threshold => jsonb_build_object('question_id', current_setting('t.q1'), 'option_keys', '["yes"]'::jsonb,
                                    'target_rate', 0.3, 'min_responses', 5));
select public.publish_survey(current_setting('t.survey')::uuid);
select set_config('t.slug', (select slug from app.surveys where id = current_setting('t.survey')::uuid), true);

select tests.authenticate_as_anon();
select public.submit_response(current_setting('t.slug'), 'learning-card-respondent-' || n,
                              jsonb_build_object(current_setting('t.q1'), case when n <= 2 then 'yes' else 'no' end))
  from generate_series(1, 6) n;

-- What a call raises, or 'ok'; and what it wrote.
create function pg_temp.save(p_learned text, p_decision text, p_statement text default null) returns text language plpgsql as $$
begin
  perform public.save_learning_card(current_setting('t.survey')::uuid, p_learned, p_decision, p_statement);
  return 'ok';
exception when others then
  return sqlerrm;
end;
$$;
-- Cards and versions in the database, counted as the test's superuser.
create function pg_temp.written() returns text language sql as $$
  select (select count(*) from app.learning_cards) || ' cards, ' || (select count(*) from app.niche_versions) || ' versions'
$$;
select tests.clear_authentication();
select set_config('t.before', pg_temp.written(), true);

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.save('Too early.', 'persevere'), 'survey_not_ended', 'an open survey takes no learning card');
select public.close_survey(current_setting('t.survey')::uuid);

select tests.authenticate_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
select is(pg_temp.save('Not mine.', 'persevere'), 'survey_not_found', 'another creator''s survey looks missing');
select tests.authenticate_as_anon();
select throws_ok(format('select public.save_learning_card(%L, %L, %L)', current_setting('t.survey'), 'x', 'persevere'),
  '42501', null, 'anon may not call it');

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is(pg_temp.save(E'\u00a0 \u200b ', 'persevere'), 'invalid_learning_card', 'what was learned is not blank');
select is(pg_temp.save(repeat('x', 1001), 'persevere'), 'invalid_learning_card', '... nor over 1,000 characters');
select is(pg_temp.save(repeat(' ', 100000), 'persevere'), 'invalid_learning_card', '... and a huge one is refused before it is cleaned');
select is(pg_temp.save('Learned.', 'pivot'), 'invalid_learning_card', 'the decision is one of three');
select is(pg_temp.save('Learned.', 'narrow'), 'invalid_learning_card', 'narrowing takes a statement');
select is(pg_temp.save('Learned.', 'narrow', E' \t'), 'invalid_learning_card', '... not a blank one');
select is(pg_temp.save('Learned.', 'retest', 'a statement'), 'invalid_learning_card', 'only narrowing takes a statement');
select is(pg_temp.save('Learned.', 'narrow', repeat('x', 201)), 'niche_too_long', 'the statement is bounded as the niche step bounds it');
select tests.clear_authentication();
select is(pg_temp.written(), current_setting('t.before'), 'a refused card writes nothing');
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(tests.save_learning_card(current_setting('t.survey')::uuid, '  Designers paid; the others did not.  ', 'narrow',
                                   'productivity for freelance designers') - 'id' - 'created_at',
  jsonb_build_object('survey_id', current_setting('t.survey'), 'survey_title', 'Paid help',
    'hypothesis', 'At least 30 % of freelancers paid for help last year.', 'responses', 6,
    'threshold', jsonb_build_object('question_id', current_setting('t.q1'), 'successes', 2, 'total', 6,
                                    'target_rate', 0.3, 'min_responses', 5),
    'evidence', 'opinion',
    'learned', 'Designers paid; the others did not.', 'decision', 'narrow',
    'niche_before', 'productivity for freelancers', 'niche_after', 'productivity for freelance designers'),
  'the card keeps what we believed, what we observed (with what the counted answers prove), what we learned and the decision');
select is((public.get_my_plan()).sections -> 'niche',
  '{"statement": "productivity for freelance designers", "who": "freelancers"}'::jsonb,
  'the plan''s niche statement becomes the new one, the rest of the section as it was');
select is(array(select v.version || ' ' || v.statement || ' ' || coalesce(v.survey_title, '-') from public.list_niche_versions() v),
  array['1 productivity for freelancers -', '2 productivity for freelance designers Paid help'],
  'the niche keeps its versions, each with the survey whose card led to it');
select is(pg_temp.save('Again.', 'persevere'), 'learning_card_exists', 'a survey has one learning card');

select public.reopen_survey(current_setting('t.survey')::uuid);
select tests.authenticate_as_anon();
select public.submit_response(current_setting('t.slug'), 'learning-card-respondent-late', jsonb_build_object(current_setting('t.q1'), 'yes'));
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select is((select (c.responses, (c.threshold).successes)::text from public.list_learning_cards() c), '(6,2)',
  'reopening and answering again does not rewrite what the card observed');

-- The coach: reads through a link, never writes; a revoked coach reads nothing.
select set_config('t.code', (public.create_coach_invitation()).code, true);
select tests.authenticate_as('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
select public.accept_coach_invitation(current_setting('t.code'));
select is((select count(*)::int from public.list_learning_cards(current_setting('t.plan')::uuid)), 1, 'a linked coach reads the client''s cards');
select is((select count(*)::int from public.list_niche_versions(current_setting('t.plan')::uuid)), 2, '... and the niche''s versions');
select is(pg_temp.save('A coach''s words.', 'persevere'), 'survey_not_found', 'a coach writes no card');

select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
select public.revoke_coach((select l.id from app.coach_links l where l.coach_id = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc'));
select tests.authenticate_as('cccccccc-cccc-4ccc-8ccc-cccccccccccc');
select throws_ok(format('select * from public.list_learning_cards(%L)', current_setting('t.plan')),
  'P0001', 'coach_access_revoked', 'a revoked coach reads no card');

select tests.authenticate_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
select throws_ok(format('select * from public.list_niche_versions(%L)', current_setting('t.plan')),
  'P0001', 'plan_not_found', 'another creator reads no version');

select * from finish();
rollback;
