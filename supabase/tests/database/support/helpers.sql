-- pgTAP helpers, installed once per cluster by scripts/test-pg.mjs before the test files run (not
-- a migration: nothing here ships). A test acts as someone the way PostgREST and the embedded
-- adapter do it: a role and the request.jwt.claims setting, both local to the test's transaction.
create schema if not exists tests;
grant usage on schema tests to anon, authenticated;

-- A signed-in user (role authenticated). p_user null: a token without a subject.
-- p_is_anonymous: the claim Supabase adds for an anonymous sign-in (left out when null).
create or replace function tests.authenticate_as(p_user uuid, p_is_anonymous boolean default null)
returns void language sql as $$
  select set_config('role', 'authenticated', true),
         set_config('request.jwt.claims',
           jsonb_strip_nulls(jsonb_build_object('sub', p_user, 'role', 'authenticated', 'is_anonymous', p_is_anonymous))::text,
           true);
$$;

-- A visitor who has not signed in (role anon, no claims).
create or replace function tests.authenticate_as_anon()
returns void language sql as $$
  select set_config('role', 'anon', true), set_config('request.jwt.claims', '', true);
$$;

-- Back to the test's own superuser identity, with no claims.
create or replace function tests.clear_authentication()
returns void language sql as $$
  select set_config('role', 'none', true), set_config('request.jwt.claims', '', true);
$$;

-- Rows in the response tables and the rate limit's, counted as their owner whatever the
-- caller's role: "a rejected call writes nothing" is this number unchanged.
create or replace function tests.response_writes()
returns bigint language sql security definer set search_path = '' as $$
  select (select count(*) from app.responses) + (select count(*) from app.response_answers) + (select count(*) from app.waitlist)
       + (select count(*) from app.client_submissions)
$$;

grant execute on all functions in schema tests to anon, authenticated;
