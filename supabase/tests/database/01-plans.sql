-- app.plans and its functions, as the owner (A), as another user (B), as a signed-in role
-- without a user id, and as anon, on every command. Identities switch with the helpers of
-- support/helpers.sql (tests.authenticate_as…), which set the role and claims as PostgREST does.
begin;
select plan(47);

insert into auth.users (id, email) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'b@test.local');

-- ── A, the owner ─────────────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(tests.get_my_plan(), null::jsonb, 'A: no plan before the first save');
select lives_ok(
  $$select public.save_plan_section('niche', '{"statement":"yoga for runners"}')$$,
  'A: saves a section'
);
select is(
  tests.get_my_plan() -> 'sections',
  '{"niche":{"statement":"yoga for runners"}}'::jsonb,
  'A: reads the section back'
);
select ok(
  tests.get_my_plan() ?& array['id', 'sections', 'updated_at'],
  'A: the plan comes as {id, sections, updated_at}'
);
select lives_ok(
  $$select public.save_plan_section('survey', '{"title":"Quick survey"}')$$,
  'A: saves a second section'
);
select lives_ok(
  $$select public.save_plan_section('niche', '{"statement":"yoga for trail runners"}')$$,
  'A: replaces a section'
);
select is(
  tests.get_my_plan() -> 'sections',
  '{"niche":{"statement":"yoga for trail runners"},"survey":{"title":"Quick survey"}}'::jsonb,
  'A: a save replaces its section and keeps the others'
);
select is((select count(*)::int from app.plans), 1, 'A: select sees their own plan only');
select results_eq(
  $$with changed as (update app.plans set sections = sections returning 1) select count(*)::int from changed$$,
  array[1],
  'A: update reaches their own plan only'
);
select throws_ok(
  $$insert into app.plans (owner_id) values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb')$$,
  '42501', 'new row violates row-level security policy for table "plans"',
  'A: cannot insert a plan for someone else'
);
select throws_ok(
  $$update app.plans set owner_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$,
  '42501', 'new row violates row-level security policy for table "plans"',
  'A: cannot hand their plan to someone else'
);

-- Contract errors, and a rejected call writes nothing.
select throws_ok(
  $$select public.save_plan_section('pricing', '{}')$$,
  'P0001', 'invalid_section', 'an unknown section is invalid_section'
);
select throws_ok(
  $$select public.save_plan_section(null, '{}')$$,
  'P0001', 'invalid_section', 'a missing section name is invalid_section'
);
select throws_ok(
  $$select public.save_plan_section('niche', '["not", "an", "object"]')$$,
  'P0001', 'invalid_section', 'an array payload is invalid_section'
);
select throws_ok(
  $$select public.save_plan_section('niche', '"text"')$$,
  'P0001', 'invalid_section', 'a string payload is invalid_section'
);
select throws_ok(
  $$select public.save_plan_section('niche', null)$$,
  'P0001', 'invalid_section', 'a null payload is invalid_section'
);
select throws_ok(
  $$select public.save_plan_section('niche', jsonb_build_object('text', repeat('x', 40 * 1024)))$$,
  'P0001', 'section_too_large', 'a 40 KB section is section_too_large'
);
select is(
  tests.get_my_plan() -> 'sections',
  '{"niche":{"statement":"yoga for trail runners"},"survey":{"title":"Quick survey"}}'::jsonb,
  'A: rejected calls wrote nothing'
);
select lives_ok(
  $$select public.save_plan_section('launch', jsonb_build_object('notes', repeat('x', 32000)))$$,
  'a section just under 32 KB is accepted'
);

-- ── B, another user ──────────────────────────────────────────────────────────
select tests.authenticate_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

select is(tests.get_my_plan(), null::jsonb, 'B: get_my_plan does not return A''s plan');
select is((select count(*)::int from app.plans), 0, 'B: select sees no plan');
select results_eq(
  $$with changed as (update app.plans set sections = '{}' returning 1) select count(*)::int from changed$$,
  array[0],
  'B: update affects no row'
);
select results_eq(
  $$with gone as (delete from app.plans returning 1) select count(*)::int from gone$$,
  array[0],
  'B: delete affects no row'
);
select throws_ok(
  $$insert into app.plans (owner_id, sections) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '{}')$$,
  '42501', 'new row violates row-level security policy for table "plans"',
  'B: cannot insert a plan owned by A'
);
select throws_ok(
  $$select public.save_plan_section('niche', jsonb_build_object('text', repeat('x', 40 * 1024)))$$,
  'P0001', 'section_too_large', 'B: a first save that is too large is rejected'
);
select is(tests.get_my_plan(), null::jsonb, 'B: the rejected first save created no plan');
select lives_ok(
  $$select public.save_plan_section('platform', '{"choice":"telegram"}')$$,
  'B: saves a section of their own plan'
);
select is(
  tests.get_my_plan() -> 'sections',
  '{"platform":{"choice":"telegram"}}'::jsonb,
  'B: reads only their own plan'
);

-- ── A again: B changed nothing ───────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(
  tests.get_my_plan() -> 'sections' -> 'niche',
  '{"statement":"yoga for trail runners"}'::jsonb,
  'A: the plan is unchanged after B''s attempts'
);

-- ── signed-in role without a user id ─────────────────────────────────────────
select tests.authenticate_as(null);

select throws_ok(
  $$select tests.get_my_plan()$$,
  'P0001', 'not_authenticated', 'no sub claim: get_my_plan is not_authenticated'
);
select throws_ok(
  $$select public.save_plan_section('niche', '{}')$$,
  'P0001', 'not_authenticated', 'no sub claim: save_plan_section is not_authenticated'
);
select is((select count(*)::int from app.plans), 0, 'no sub claim: select sees no plan');

set local request.jwt.claims to '';

select throws_ok(
  $$select public.save_plan_section('niche', '{}')$$,
  'P0001', 'not_authenticated', 'empty claims: save_plan_section is not_authenticated'
);

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();

select throws_ok(
  $$select count(*) from app.plans$$,
  '42501', 'permission denied for table plans', 'anon: select is denied'
);
select throws_ok(
  $$insert into app.plans (owner_id) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')$$,
  '42501', 'permission denied for table plans', 'anon: insert is denied'
);
select throws_ok(
  $$update app.plans set sections = '{}'$$,
  '42501', 'permission denied for table plans', 'anon: update is denied'
);
select throws_ok(
  $$delete from app.plans$$,
  '42501', 'permission denied for table plans', 'anon: delete is denied'
);
select throws_ok(
  $$select tests.get_my_plan()$$,
  '42501', 'permission denied for function get_my_plan', 'anon: get_my_plan is denied'
);
select throws_ok(
  $$select public.save_plan_section('niche', '{}')$$,
  '42501', 'permission denied for function save_plan_section', 'anon: save_plan_section is denied'
);

set local request.jwt.claims to '{"sub":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","role":"anon"}';

select throws_ok(
  $$select count(*) from app.plans$$,
  '42501', 'permission denied for table plans', 'anon with a forged sub: select is still denied'
);

-- ── the table owner sees the truth ───────────────────────────────────────────
select tests.clear_authentication();

select is(
  (select sections -> 'niche' from app.plans where owner_id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  '{"statement":"yoga for trail runners"}'::jsonb,
  'owner view: A''s plan is intact'
);
select is(
  (select sections from app.plans where owner_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
  '{"platform":{"choice":"telegram"}}'::jsonb,
  'owner view: B''s plan holds only what B saved'
);
select is(
  (select count(*)::int from app.plans
    where owner_id in ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb')),
  2,
  'owner view: one plan each for A and B'
);
select is(
  (select count(*)::int from app.plans where owner_id = '00000000-0000-4000-8000-0000000000d1'),
  1,
  'owner view: the demo plan is untouched'
);

-- ── A deletes their plan ─────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select results_eq(
  $$with gone as (delete from app.plans returning owner_id) select owner_id from gone$$,
  array['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'::uuid],
  'A: delete removes their own plan only'
);
select is(tests.get_my_plan(), null::jsonb, 'A: no plan after deleting it');

select tests.clear_authentication();

select is(
  (select count(*)::int from app.plans where owner_id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
  1,
  'owner view: B''s plan survived A''s delete'
);

select * from finish();
rollback;
