-- app.checkins and its functions, as the owner (A), as another user (B), as a signed-in role
-- without a user id, and as anon; each refusal of save_checkin; and the launch section's bounds
-- (app.check_launch_section, which save_plan_section applies).
begin;
select plan(54);

insert into auth.users (id, email) values
  ('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa', 'a7@test.local'),
  ('bbbbbbbb-0007-4bbb-8bbb-bbbbbbbbbbbb', 'b7@test.local'),
  ('cccccccc-0007-4ccc-8ccc-cccccccccccc', 'c7@test.local'),
  ('dddddddd-0007-4ddd-8ddd-dddddddddddd', 'd7@test.local');

-- Mondays: this week's and earlier ones, on A's calendar (app.today, the clock the rule reads:
-- A has no time zone, so UTC's), whatever the day and the server's TimeZone.
create temporary table w as
  select date_trunc('week', d)::date as this_monday,
         (date_trunc('week', d) - interval '7 days')::date as last_monday,
         (date_trunc('week', d) - interval '14 days')::date as two_ago,
         (date_trunc('week', d) + interval '7 days')::date as next_monday
    from app.today('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa') d;
grant select on w to authenticated, anon;

-- ── A, the owner ─────────────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa');

select is(tests.list_my_checkins(), '[]'::jsonb, 'A: no check-in yet');
select lives_ok(
  $$select tests.save_checkin((select last_monday from w), 40, 18, 12, 7, 5, 4.5, 'Hot seat 🎉')$$,
  'A: adds last week''s check-in'
);
select is((select count(*)::int from app.plans), 1, 'A: the first check-in created the plan it belongs to');
select lives_ok(
  $$select tests.save_checkin((select this_monday from w), 44, 20, 10, 6, 4, 5, 'this week counts too')$$,
  'A: adds this week''s check-in (the week has started)'
);
select is(
  (select jsonb_agg(e ->> 'week_start') from jsonb_array_elements(tests.list_my_checkins()) e),
  (select jsonb_build_array(last_monday::text, this_monday::text) from w),
  'A: lists them oldest first'
);
select ok(
  tests.list_my_checkins() -> 0 ?& array['week_start', 'members', 'active_members', 'conversations_total',
    'conversations_by_members', 'conversations_between_members', 'creator_hours', 'note', 'updated_at'],
  'A: a check-in comes with every field'
);

-- Refusals, each with its key.
select throws_ok(
  $$select tests.save_checkin((select last_monday from w), 41, 18, 12, 7, 5, 4.5, '')$$,
  'P0001', 'checkin_duplicate_week', 'the same week twice is refused when adding'
);
select throws_ok(
  $$select tests.save_checkin((select next_monday from w), 40, 18, 12, 7, 5, 4.5, '')$$,
  'P0001', 'checkin_in_future', 'a week that has not started is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w) + 2, 40, 18, 12, 7, 5, 4.5, '')$$,
  'P0001', 'invalid_checkin', 'a day that is not a Monday is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 41, 12, 7, 5, 4.5, '')$$,
  'P0001', 'invalid_checkin', 'more active members than members is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), -1, 0, 12, 7, 5, 4.5, '')$$,
  'P0001', 'invalid_checkin', 'negative members are refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 18, 12, 7, 5, -1, '')$$,
  'P0001', 'invalid_checkin', 'negative hours are refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 18, 12, 13, 5, 4.5, '')$$,
  'P0001', 'invalid_checkin', 'more conversations started by members than conversations is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 18, 12, 7, 13, 4.5, '')$$,
  'P0001', 'invalid_checkin', 'more conversations between members than conversations is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 18, 12, 7, 5, 169, '')$$,
  'P0001', 'invalid_checkin', 'more hours than a week holds is refused'
);
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 40, 18, 12, 7, 5, 4.5, repeat('n', 1001))$$,
  'P0001', 'invalid_checkin', 'a note over 1,000 characters is refused'
);
select is(jsonb_array_length(tests.list_my_checkins()), 2, 'A: refused calls wrote nothing');

select lives_ok(
  $$select tests.save_checkin((select last_monday from w), 50, 20, 12, 7, 5, 6, 'edited', p_replace => true)$$,
  'A: replacing a week edits it'
);
select is(
  (select (e ->> 'members')::int from jsonb_array_elements(tests.list_my_checkins()) e where e ->> 'note' = 'edited'),
  50,
  'A: the edited week holds the new figures'
);
select throws_ok(
  $$update app.checkins set owner_id = 'bbbbbbbb-0007-4bbb-8bbb-bbbbbbbbbbbb'$$,
  '42501', 'permission denied for table checkins',
  'A: the owner of a check-in cannot change'
);
select throws_ok(
  $$insert into app.checkins (owner_id, plan_id, week_start, members, active_members, conversations_total,
      conversations_by_members, conversations_between_members, creator_hours)
    select 'bbbbbbbb-0007-4bbb-8bbb-bbbbbbbbbbbb', p.id, (select two_ago from w), 1, 1, 1, 1, 1, 1 from app.plans p$$,
  '42501', 'new row violates row-level security policy for table "checkins"',
  'A: cannot file a check-in for someone else'
);

-- ── B, another user ──────────────────────────────────────────────────────────
select tests.authenticate_as('bbbbbbbb-0007-4bbb-8bbb-bbbbbbbbbbbb');

select is(tests.list_my_checkins(), '[]'::jsonb, 'B: list_my_checkins does not return A''s check-ins');
select is((select count(*)::int from app.checkins), 0, 'B: select sees no check-in');
select results_eq(
  $$with changed as (update app.checkins set note = 'x' returning 1) select count(*)::int from changed$$,
  array[0],
  'B: update affects no row'
);
select results_eq(
  $$with gone as (delete from app.checkins returning 1) select count(*)::int from gone$$,
  array[0],
  'B: delete affects no row'
);
select throws_ok(
  $$select public.delete_checkin((select last_monday from w))$$,
  'P0001', 'checkin_not_found', 'B: cannot delete A''s week through the API'
);
select throws_ok(
  $$insert into app.checkins (owner_id, plan_id, week_start, members, active_members, conversations_total,
      conversations_by_members, conversations_between_members, creator_hours)
    values ('bbbbbbbb-0007-4bbb-8bbb-bbbbbbbbbbbb',
            (select id from app.plans where owner_id = 'aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa'),
            (select two_ago from w), 1, 1, 1, 1, 1, 1)$$,
  '42501', 'new row violates row-level security policy for table "checkins"',
  'B: cannot file a check-in in A''s plan'
);
select lives_ok(
  $$select tests.save_checkin((select last_monday from w), 7, 7, 0, 0, 0, 1, '')$$,
  'B: the same week is free for B'
);

-- ── A again: B changed nothing ───────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa');

select is(
  (select jsonb_agg(e ->> 'members') from jsonb_array_elements(tests.list_my_checkins()) e),
  '["50", "44"]'::jsonb,
  'A: the check-ins are unchanged after B''s attempts'
);
select is(
  to_jsonb(public.delete_checkin((select this_monday from w))),
  (select jsonb_build_object('week_start', this_monday) from w),
  'A: deletes a week'
);
select throws_ok(
  $$select public.delete_checkin((select this_monday from w))$$,
  'P0001', 'checkin_not_found', 'A: a deleted week is gone'
);

-- ── signed-in role without a user id ─────────────────────────────────────────
select tests.authenticate_as(null);

select throws_ok($$select tests.list_my_checkins()$$, 'P0001', 'not_authenticated', 'no sub claim: list_my_checkins is not_authenticated');
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 1, 1, 1, 1, 1, 1, '')$$,
  'P0001', 'not_authenticated', 'no sub claim: save_checkin is not_authenticated'
);

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();

select throws_ok($$select count(*) from app.checkins$$, '42501', 'permission denied for table checkins', 'anon: select is denied');
select throws_ok($$select tests.list_my_checkins()$$, '42501', null, 'anon: cannot call list_my_checkins');
select throws_ok(
  $$select tests.save_checkin((select two_ago from w), 1, 1, 1, 1, 1, 1, '')$$,
  '42501', null, 'anon: cannot call save_checkin'
);
select throws_ok($$select public.delete_checkin((select last_monday from w))$$, '42501', null, 'anon: cannot call delete_checkin');

-- ── the launch section's bounds ──────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa');

select lives_ok(
  $$select app.check_launch_section('{"offerType":"programme","price":500,"currency":"EUR","conversionRate":0.05,
      "hoursBudget":6,"usesBots":false,"paidStartDate":"2027-03-01","targetSize":1200,"cellSize":300,
      "members":[{"id":"m-1","name":"Léa","level":"contributing"}],"notes":"unknown keys are kept"}')$$,
  'launch: a full plan passes'
);
select throws_ok(
  $$select app.check_launch_section('{"conversionRate":1.5}')$$,
  'P0001', 'invalid_section', 'launch: a conversion over 100 % is refused'
);
select throws_ok(
  $$select app.check_launch_section('{"members":[{"id":"m-1","name":"Ana","level":"vip"}]}')$$,
  'P0001', 'invalid_section', 'launch: an unknown member level is refused'
);
select throws_ok(
  $$select public.save_plan_section('launch', '{"offerType":"programme","price":-5}')$$,
  'P0001', 'invalid_section', 'launch: save_plan_section applies the same bounds'
);

-- ── the creator's day: the time zone of the profile, no day of grace ─────────
-- Sunday 6 December 2026, 23:30 UTC: Monday the 7th at UTC+14, Sunday afternoon at UTC-8.
select is(app.local_date('2026-12-06 23:30:00+00', 'Pacific/Kiritimati'), date '2026-12-07', 'clock: Sunday night in UTC is Monday at UTC+14');
select is(app.local_date('2026-12-06 23:30:00+00', 'America/Los_Angeles'), date '2026-12-06', 'clock: and still Sunday in Los Angeles');
select is(app.local_date('2026-10-24 22:30:00+00', 'Europe/Paris'), date '2026-10-25', 'clock: the night Paris leaves summer time');
select is(app.local_date('2028-02-28 13:30:00+00', 'Australia/Sydney'), date '2028-02-29', 'clock: a leap day');
select is(app.today('aaaaaaaa-0007-4aaa-8aaa-aaaaaaaaaaaa', '2026-12-06 23:30:00+00'), date '2026-12-06', 'clock: UTC for a profile without a zone');
select throws_ok(
  $$select app.check_checkin(date '2026-12-07', 1, 1, 1, 1, 1, 1, '', date '2026-12-06')$$,
  'P0001', 'checkin_in_future', 'rule: a week whose Monday has not come is refused'
);
select lives_ok(
  $$select app.check_checkin(date '2026-12-07', 1, 1, 1, 1, 1, 1, '', date '2026-12-07')$$,
  'rule: on its Monday, the week is open'
);

select tests.authenticate_as('cccccccc-0007-4ccc-8ccc-cccccccccccc');
select is((public.set_my_time_zone('Pacific/Kiritimati')).time_zone, 'Pacific/Kiritimati', 'C: sets a time zone (UTC+14)');
select is(app.today('cccccccc-0007-4ccc-8ccc-cccccccccccc'), (now() at time zone 'Pacific/Kiritimati')::date, 'C: today is Kiritimati''s');
select lives_ok(
  $$select tests.save_checkin(date_trunc('week', app.today('cccccccc-0007-4ccc-8ccc-cccccccccccc'))::date, 5, 5, 0, 0, 0, 1, '')$$,
  'C: this week, on C''s calendar, is open'
);
select throws_ok(
  $$select public.set_my_time_zone('UTC+5')$$,
  'P0001', 'invalid_time_zone', 'C: a POSIX string is not a zone name'
);

select tests.authenticate_as('dddddddd-0007-4ddd-8ddd-dddddddddddd');
select lives_ok($$select public.set_my_time_zone('Etc/GMT+12')$$, 'D: sets a time zone (UTC-12)');
select throws_ok(
  $$select tests.save_checkin(date_trunc('week', app.today('dddddddd-0007-4ddd-8ddd-dddddddddddd'))::date + 7, 5, 5, 0, 0, 0, 1, '')$$,
  'P0001', 'checkin_in_future', 'D: next week, on D''s calendar, is refused whatever day it is in UTC'
);

select * from finish();
rollback;
