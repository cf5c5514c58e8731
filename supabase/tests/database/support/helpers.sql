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

-- The API's answers as JSON, as a client receives them: tests.<fn>(…) for each public function
-- returning a record or a set of records, with the same arguments, gives what PostgREST would
-- send (a set as an array; a record as an object, or null when every field is null, so that
-- "nothing yet" reads as it did when the functions returned jsonb). Made from the catalog, so a
-- new typed function has its JSON twin without a line here.
do $$
declare
  f record;
  v_call text;
begin
  for f in
    select p.proname, p.pronargs, p.proretset, pg_catalog.pg_get_function_arguments(p.oid) as args
      from pg_catalog.pg_proc p
           join pg_catalog.pg_type t on t.oid = p.prorettype
     where p.pronamespace = 'public'::regnamespace and t.typtype = 'c'
  loop
    v_call := format('public.%I(%s)', f.proname,
                     (select coalesce(string_agg('$' || i, ', '), '') from generate_series(1, f.pronargs) i));
    execute format(
      'create or replace function tests.%I(%s) returns jsonb language sql volatile set search_path = '''' as $f$ %s $f$',
      f.proname, f.args,
      case when f.proretset
           then format('select coalesce(jsonb_agg(to_jsonb(r)), ''[]''::jsonb) from %s r', v_call)
           else format('select case when r is null then null else to_jsonb(r) end from %s r', v_call)
      end);
  end loop;
end;
$$;

grant execute on all functions in schema tests to anon, authenticated;
