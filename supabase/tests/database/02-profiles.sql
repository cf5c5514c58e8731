-- app.profiles and its functions, as the owner (A), as another user (B), as a signed-in role
-- without a user id, and as anon, on every command.
begin;
select plan(40);

insert into auth.users (id, email) values
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'a@test.local'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'b@test.local');

-- ── A, the owner ─────────────────────────────────────────────────────────────
select tests.authenticate_as('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');

select is(
  to_jsonb(public.get_my_profile()),
  '{"id":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","display_name":"","roles":["creator"],"time_zone":null}'::jsonb,
  'A: defaults before the first save'
);
select is((select count(*)::int from app.profiles), 0, 'A: the defaults are not stored');
select is(
  to_jsonb(public.save_my_profile('  Alice  ', array['creator', 'coach'])),
  '{"id":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","display_name":"Alice","roles":["creator","coach"],"time_zone":null}'::jsonb,
  'A: save_my_profile stores a trimmed name and returns the profile'
);
select is(
  to_jsonb(public.get_my_profile()),
  '{"id":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","display_name":"Alice","roles":["creator","coach"],"time_zone":null}'::jsonb,
  'A: reads the profile back'
);
select is(
  (public.save_my_profile('Alice M.', array['coach'])).display_name,
  'Alice M.',
  'A: a second save updates the profile'
);
select is((select count(*)::int from app.profiles), 1, 'A: select sees their own profile only');
select results_eq(
  $$with changed as (update app.profiles set display_name = display_name returning 1) select count(*)::int from changed$$,
  array[1],
  'A: update reaches their own profile only'
);
select throws_ok(
  $$update app.profiles set id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'$$,
  '42501', 'new row violates row-level security policy for table "profiles"',
  'A: cannot move their profile to someone else'
);
select throws_ok(
  $$insert into app.profiles (id) values ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb')$$,
  '42501', 'new row violates row-level security policy for table "profiles"',
  'A: cannot create a profile for someone else'
);
select throws_ok(
  $$delete from app.profiles$$,
  '42501', 'permission denied for table profiles',
  'A: profiles are not deleted directly (they go with the account)'
);

-- Contract errors, and a rejected call writes nothing.
select throws_ok(
  format('select public.save_my_profile(%L)', repeat('é', 81)),
  'P0001', 'invalid_profile', 'a display name of 81 characters is invalid_profile'
);
select throws_ok(
  $$select public.save_my_profile('Alice', array['admin'])$$,
  'P0001', 'invalid_profile', 'a role outside creator/coach is invalid_profile'
);
select throws_ok(
  $$select public.save_my_profile('Alice', array['creator', 'admin'])$$,
  'P0001', 'invalid_profile', 'a known role with an unknown one is invalid_profile'
);
select throws_ok(
  $$select public.save_my_profile('Alice', array[]::text[])$$,
  'P0001', 'invalid_profile', 'no role at all is invalid_profile'
);
select throws_ok(
  $$select public.save_my_profile('Alice', null)$$,
  'P0001', 'invalid_profile', 'null roles are invalid_profile'
);
select is(
  to_jsonb(public.get_my_profile()),
  '{"id":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","display_name":"Alice M.","roles":["coach"],"time_zone":null}'::jsonb,
  'A: rejected calls wrote nothing'
);
select is(
  (public.save_my_profile(repeat('é', 80), array['creator'])).display_name,
  repeat('é', 80),
  'a display name of exactly 80 characters is accepted'
);
select is(
  to_jsonb(public.save_my_profile('Alice M.', array['creator', 'coach'])) -> 'roles',
  '["creator","coach"]'::jsonb,
  'A: both roles are accepted'
);

-- ── B, another user ──────────────────────────────────────────────────────────
select tests.authenticate_as('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

select is(
  to_jsonb(public.get_my_profile()),
  '{"id":"bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb","display_name":"","roles":["creator"],"time_zone":null}'::jsonb,
  'B: get_my_profile gives B''s defaults, not A''s profile'
);
select is((select count(*)::int from app.profiles), 0, 'B: select sees no profile');
select results_eq(
  $$with changed as (update app.profiles set display_name = 'Mallory' returning 1) select count(*)::int from changed$$,
  array[0],
  'B: update affects no row'
);
select throws_ok(
  $$delete from app.profiles$$,
  '42501', 'permission denied for table profiles', 'B: delete is denied'
);
select throws_ok(
  $$insert into app.profiles (id, display_name) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'Mallory')$$,
  '42501', 'new row violates row-level security policy for table "profiles"',
  'B: cannot insert a profile for A'
);
select throws_ok(
  $$select public.save_my_profile('Bob', array['owner'])$$,
  'P0001', 'invalid_profile', 'B: a first save with a bad role is rejected'
);
select is((select count(*)::int from app.profiles), 0, 'B: the rejected first save created no profile');
select is(
  (public.save_my_profile('Bob')).display_name,
  'Bob',
  'B: saves their own profile (roles default to creator)'
);
select is((select count(*)::int from app.profiles), 1, 'B: select sees their own profile only');

-- ── signed-in role without a user id ─────────────────────────────────────────
select tests.authenticate_as(null);

select throws_ok(
  $$select public.get_my_profile()$$,
  'P0001', 'not_authenticated', 'no sub claim: get_my_profile is not_authenticated'
);
select throws_ok(
  $$select public.save_my_profile('Nobody')$$,
  'P0001', 'not_authenticated', 'no sub claim: save_my_profile is not_authenticated'
);
select is((select count(*)::int from app.profiles), 0, 'no sub claim: select sees no profile');

set local request.jwt.claims to '';

select throws_ok(
  $$select public.get_my_profile()$$,
  'P0001', 'not_authenticated', 'empty claims: get_my_profile is not_authenticated'
);

-- ── anon ─────────────────────────────────────────────────────────────────────
select tests.authenticate_as_anon();

select throws_ok(
  $$select count(*) from app.profiles$$,
  '42501', 'permission denied for table profiles', 'anon: select is denied'
);
select throws_ok(
  $$insert into app.profiles (id) values ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')$$,
  '42501', 'permission denied for table profiles', 'anon: insert is denied'
);
select throws_ok(
  $$update app.profiles set display_name = 'Mallory'$$,
  '42501', 'permission denied for table profiles', 'anon: update is denied'
);
select throws_ok(
  $$delete from app.profiles$$,
  '42501', 'permission denied for table profiles', 'anon: delete is denied'
);
select throws_ok(
  $$select public.get_my_profile()$$,
  '42501', 'permission denied for function get_my_profile', 'anon: get_my_profile is denied'
);
select throws_ok(
  $$select public.save_my_profile('Mallory')$$,
  '42501', 'permission denied for function save_my_profile', 'anon: save_my_profile is denied'
);

-- ── the table owner sees the truth ───────────────────────────────────────────
select tests.clear_authentication();

select is(
  (select display_name || ' ' || array_to_string(roles, ',') from app.profiles
    where id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
  'Alice M. creator,coach',
  'owner view: A''s profile is intact'
);
select is(
  (select display_name from app.profiles where id = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
  'Bob',
  'owner view: B''s profile holds only what B saved'
);
select is(
  (select display_name from app.profiles where id = '00000000-0000-4000-8000-0000000000d1'),
  'Camille (démo)',
  'owner view: the demo profile is untouched'
);

select * from finish();
rollback;
