-- Ground rules that every migration, present and future, must keep. Each check reads the
-- catalogues, so a new table or function is covered without touching this file.
begin;
select plan(29);

-- Schema `app`: reachable by the API roles only where granted, never by PUBLIC.
select has_schema('app', 'schema app exists');
select ok(not has_schema_privilege('public', 'app', 'usage'), 'PUBLIC has no usage on schema app');
select ok(not has_schema_privilege('public', 'app', 'create'), 'PUBLIC cannot create in schema app');
select is(
  array(select r from unnest(array['anon', 'authenticated', 'service_role']) r
         where has_schema_privilege(r, 'app', 'create')),
  '{}'::text[],
  'no API role can create objects in schema app'
);

-- Row level security on every table in `app`, and no table open to PUBLIC or anon.
select ok(
  array['plans', 'profiles']::name[] <@ array(
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'app' and c.relkind in ('r', 'p')),
  'the checks below see the tables of schema app'
);
select is(
  array(select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'app' and c.relkind in ('r', 'p') and not c.relrowsecurity
         order by 1),
  '{}'::name[],
  'row level security is enabled on every table in schema app'
);
select is(
  array(select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'app' and c.relkind in ('r', 'p', 'v', 'm', 'f')
           and has_table_privilege('public', c.oid, 'select, insert, update, delete, truncate, references, trigger')
         order by 1),
  '{}'::name[],
  'PUBLIC holds no privilege on any table or view in schema app'
);
-- anon reaches data only through functions (the public respondent ones are security definer).
select is(
  array(select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'app' and c.relkind in ('r', 'p', 'v', 'm', 'f')
           and has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')
         order by 1),
  '{}'::name[],
  'anon holds no privilege on any table or view in schema app'
);

-- Functions: nothing is callable by PUBLIC; each migration grants execute explicitly.
-- Members of extensions (pgTAP, plpgsql_check, ...) are not ours and are left out.
select is(
  array(select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'public'
           and not exists (select 1 from pg_depend d
                            where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
           and has_function_privilege('public', p.oid, 'execute')
         order by 1),
  '{}'::text[],
  'no function in schema public is executable by PUBLIC'
);
select is(
  array(select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = 'app' and has_function_privilege('public', p.oid, 'execute')
         order by 1),
  '{}'::text[],
  'no function in schema app is executable by PUBLIC'
);
-- Security definer, each for a reason: the two public respondent functions; the triggers that
-- write the other side's inbox, which nobody may write by hand, with the plan's other side
-- (plan_audience: a coach cannot read the other coaches' links); and the plan of a comment a
-- revoked coach no longer reads (comment_plan_for_coach, for set_thread_resolved's answer).
select is(
  array(select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('public', 'app') and p.prosecdef
           and p.oid::regprocedure::text not in (
             'get_public_survey(text)', 'submit_response(text,text,jsonb,text,boolean)',
             'app.inbox_on_comment()', 'app.inbox_on_version()', 'app.inbox_on_review()',
             'app.plan_audience(uuid,uuid)', 'app.comment_plan_for_coach(uuid)')
         order by 1),
  '{}'::text[],
  'functions are security invoker, except the public respondent functions and the review loop''s named few'
);
select is(
  array(select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname in ('public', 'app') and p.prosecdef
           and not exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%')
         order by 1),
  '{}'::text[],
  'every security definer function sets its search_path'
);

-- The private API: authenticated only.
select is(
  array(select f from unnest(array['public.get_my_plan()', 'public.save_plan_section(text, jsonb)',
                                   'public.get_my_profile()', 'public.save_my_profile(text, text[])']) f
         where to_regprocedure(f) is null),
  '{}'::text[],
  'the private functions exist'
);
select is(
  array(select f from unnest(array['public.get_my_plan()', 'public.save_plan_section(text, jsonb)',
                                   'public.get_my_profile()', 'public.save_my_profile(text, text[])']) f
         where has_function_privilege('anon', to_regprocedure(f), 'execute')),
  '{}'::text[],
  'anon cannot execute get_my_plan, save_plan_section, get_my_profile, save_my_profile'
);
select is(
  array(select f from unnest(array['public.get_my_plan()', 'public.save_plan_section(text, jsonb)',
                                   'public.get_my_profile()', 'public.save_my_profile(text, text[])']) f
         where not has_function_privilege('authenticated', to_regprocedure(f), 'execute')),
  '{}'::text[],
  'authenticated can execute get_my_plan, save_plan_section, get_my_profile, save_my_profile'
);

-- TRUNCATE ignores row level security; REFERENCES and TRIGGER are never needed by clients.
select is(
  array(select r || ' on ' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         cross join unnest(array['anon', 'authenticated']) r
         where n.nspname = 'app' and c.relkind in ('r', 'p')
           and has_table_privilege(r, c.oid, 'truncate, references, trigger')
         order by 1),
  '{}'::text[],
  'anon and authenticated hold no TRUNCATE, REFERENCES or TRIGGER on tables in schema app'
);

-- The shared rules, each in one place (a predicate, and a domain where a column holds it).
select is(array[app.is_uuid_text('6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f5a'), app.is_uuid_text('6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f5'),
                app.is_uuid_text('6f1c2a4e8b3d4c5e9f7a0b1c2d3e4f5a')], array[true, false, false], 'app.is_uuid_text: the written form of a uuid only');
select is(array[app.as_calendar_date('2028-02-29')::text, app.as_calendar_date('2026-02-29')::text, app.as_calendar_date('2026-2-1')::text],
  array['2028-02-29', null, null], 'app.as_calendar_date: a day of the calendar written YYYY-MM-DD, else null');
select is(array[app.is_local_id('ritual_1-a'), app.is_local_id(''), app.is_local_id(repeat('a', 65)), app.is_local_id('a b')],
  array[true, false, false, false], 'app.is_local_id: 1 to 64 of A-Z, a-z, 0-9, _ and -');
select lives_ok($$select 'America/Argentina/Buenos_Aires'::app.time_zone_name, null::app.time_zone_name$$, 'app.time_zone_name takes a zone name, and null');
select throws_ok($$select 'UTC+5 '::app.time_zone_name$$, '23514', null, '... and refuses anything else');
select lives_ok($$select 'abcdefghijklmnop'::app.respondent_key$$, 'app.respondent_key takes 16 characters');
select throws_ok($$select 'abcdefghijklmno!'::app.respondent_key$$, '23514', null, '... and refuses a character outside its set');

-- The test helpers (support/helpers.sql) act as PostgREST does: role and claims together.
select tests.authenticate_as('aaaaaaaa-0000-4aaa-8aaa-aaaaaaaaaaaa', true);
select is(current_user::text, 'authenticated', 'tests.authenticate_as: role authenticated');
select is(auth.jwt(), '{"sub": "aaaaaaaa-0000-4aaa-8aaa-aaaaaaaaaaaa", "role": "authenticated", "is_anonymous": true}'::jsonb,
  '... with the claims Supabase sends for that user');
select tests.authenticate_as(null);
select is(auth.jwt(), '{"role": "authenticated"}'::jsonb, 'tests.authenticate_as(null): a token without a subject');
select tests.authenticate_as_anon();
select is(current_user::text, 'anon', 'tests.authenticate_as_anon: role anon');
select is(auth.jwt(), '{}'::jsonb, '... and no claims');
select tests.clear_authentication();
select is(current_user::text, session_user::text, 'tests.clear_authentication: back to the test''s own role');

select * from finish();
rollback;
