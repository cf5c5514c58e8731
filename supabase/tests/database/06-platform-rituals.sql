begin;
select plan(16);

insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-00000000c0b1', 'rituals@example.org'),
  ('00000000-0000-4000-8000-00000000c0b2', 'other@example.org');
select tests.authenticate_as('00000000-0000-4000-8000-00000000c0b1');

-- Platform
select lives_ok(
  $$ select public.save_plan_section('platform', '{"answers": {"kind": "support", "apps": ["whatsapp"], "hoursPerWeek": 2.5, "courses": null}, "choice": "whatsapp", "reasons": [{"key": "article_closeness"}], "score": 88, "rank": 1, "note": "Mes membres y sont."}') $$,
  'a platform choice with its answers and reasons is stored'
);
select throws_ok(
  $$ select public.save_plan_section('platform', '{"choice": "myspace"}') $$,
  'P0001', 'invalid_section', 'an unknown platform is refused'
);
select throws_ok(
  $$ select public.save_plan_section('platform', '{"answers": {"kind": "everything"}}') $$,
  'P0001', 'invalid_section', 'an answer that was not offered is refused'
);
select throws_ok(
  $$ select public.save_plan_section('platform', '{"answers": {"hoursPerWeek": 81}}') $$,
  'P0001', 'invalid_section', 'more than 80 hours a week is refused'
);
select throws_ok(
  $$ select public.save_plan_section('platform', jsonb_build_object('reasons', (select jsonb_agg(jsonb_build_object('key', 'courses')) from generate_series(1, 6)))) $$,
  'P0001', 'invalid_section', 'more than five kept reasons are refused'
);
select is(
  (select sections -> 'platform' ->> 'choice' from app.plans where owner_id = '00000000-0000-4000-8000-00000000c0b1'),
  'whatsapp',
  'refused calls left the stored choice as it was'
);

-- Rituals
select lives_ok(
  $$ select public.save_plan_section('rituals', '{"startDate": "2027-02-01", "timeZone": "Europe/Paris", "items": [
       {"id": "live", "preset": "weekly_live", "name": "Live", "description": "", "frequency": "weekly", "weekday": "TU", "nth": null, "time": "19:00", "durationMinutes": 60, "sequence": 0},
       {"id": "custom", "preset": "custom", "name": "", "frequency": "monthly", "weekday": null, "nth": -1, "time": "08:05", "durationMinutes": 5}
     ]}') $$,
  'rituals are stored, a draft one without its day included'
);
select lives_ok(
  format($$ select public.save_plan_section('rituals', %L) $$, jsonb_build_object('items', (
    select jsonb_agg(jsonb_build_object('id', 'r' || i, 'preset', 'weekly_live', 'name', 'Live ' || i, 'frequency', 'weekly',
                                        'weekday', 'MO', 'nth', null, 'time', '19:00', 'durationMinutes', 60))
    from generate_series(1, 50) as i))),
  '50 rituals are stored'
);
select throws_ok(
  format($$ select public.save_plan_section('rituals', %L) $$, jsonb_build_object('items', (
    select jsonb_agg(jsonb_build_object('id', 'r' || i, 'preset', 'weekly_live', 'name', 'Live ' || i, 'frequency', 'weekly',
                                        'weekday', 'MO', 'nth', null, 'time', '19:00', 'durationMinutes', 60))
    from generate_series(1, 51) as i))),
  'P0001', 'invalid_section', '51 rituals are refused'
);
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"items": [{"id": "a", "preset": "custom", "name": "x", "frequency": "daily", "weekday": "MO", "nth": null, "time": "19:00", "durationMinutes": 60}]}') $$,
  'P0001', 'invalid_section', 'an unknown cadence is refused'
);
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"items": [{"id": "a", "preset": "custom", "name": "x", "frequency": "weekly", "weekday": "MO", "nth": null, "time": "24:00", "durationMinutes": 60}]}') $$,
  'P0001', 'invalid_section', 'a time that is not on a 24-hour clock is refused'
);
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"items": [{"id": "a", "preset": "custom", "name": "x", "frequency": "monthly", "weekday": "FR", "nth": 6, "time": "19:00", "durationMinutes": 60}]}') $$,
  'P0001', 'invalid_section', 'a sixth Friday of the month is refused'
);
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"startDate": "2027-02-30"}') $$,
  'P0001', 'invalid_section', 'a start date that is not on the calendar is refused'
);
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"items": [{"id": "a", "preset": "custom", "name": "x", "frequency": "weekly", "weekday": "MO", "nth": null, "time": "19:00", "durationMinutes": 60}, {"id": "a", "preset": "custom", "name": "y", "frequency": "weekly", "weekday": "TU", "nth": null, "time": "19:00", "durationMinutes": 60}]}') $$,
  'P0001', 'invalid_section', 'two rituals with one id are refused'
);

-- Another user sees none of it, and the anonymous visitor cannot call the function.
select tests.authenticate_as('00000000-0000-4000-8000-00000000c0b2');
select is(tests.get_my_plan(), null, 'another user does not get this plan');
select tests.clear_authentication();
select tests.authenticate_as_anon();
select throws_ok(
  $$ select public.save_plan_section('rituals', '{"items": []}') $$,
  '42501', null, 'the anonymous visitor cannot save rituals'
);

select * from finish();
rollback;
