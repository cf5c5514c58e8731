-- The survey plan section (step 2), checked by app.check_survey_section through the one
-- dispatcher, app.check_plan_section: a chosen survey's id, or a test post's figures.
begin;
select plan(8);

insert into auth.users (id, email) values ('00000000-0000-4000-8000-0000000005e1', 'survey-section@example.org');
select tests.authenticate_as('00000000-0000-4000-8000-0000000005e1');

select lives_ok(
  $$ select public.save_plan_section('survey', '{"surveyId": "6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f5a"}') $$,
  'a chosen survey is stored'
);
select lives_ok(
  $$ select public.save_plan_section('survey', '{"post": {"reach": 1200, "comments": 14, "directMessages": 3, "signups": 40, "targetRate": 0.02, "minReach": 500}}') $$,
  'a test post is stored'
);
select throws_ok(
  $$ select public.save_plan_section('survey', '{"surveyId": "not-a-uuid"}') $$,
  'P0001', 'invalid_section', 'a survey id that is not an id is refused'
);
select throws_ok(
  $$ select public.save_plan_section('survey', '{"post": {"reach": -1, "comments": 14, "directMessages": 3, "signups": 40, "targetRate": 0.02, "minReach": 500}}') $$,
  'P0001', 'invalid_section', 'a negative reach is refused'
);
select throws_ok(
  $$ select public.save_plan_section('survey', '{"post": {"reach": 1200, "comments": 14, "directMessages": 3, "signups": 40, "targetRate": 2, "minReach": 500}}') $$,
  'P0001', 'invalid_section', 'a target over 100% is refused'
);
select throws_ok(
  $$ select public.save_plan_section('survey', '{"post": {"reach": 1200}}') $$,
  'P0001', 'invalid_section', 'a post missing its figures is refused'
);
select is(
  (select sections -> 'survey' -> 'post' ->> 'reach' from app.plans where owner_id = '00000000-0000-4000-8000-0000000005e1'),
  '1200',
  'refused calls left the stored post as it was'
);
select tests.clear_authentication();
select is(
  array(select p.proname::text from pg_proc p
         where p.pronamespace = 'app'::regnamespace and p.proname like 'check\_%\_section' order by 1),
  array['check_launch_section', 'check_niche_section', 'check_plan_section', 'check_platform_section',
        'check_rituals_section', 'check_survey_section'],
  'one check per stored section (niche, survey, platform, rituals, launch) and the dispatcher'
);

select * from finish();
rollback;
