-- The access matrix: every table of schema `app` × six people × select, insert, update, delete.
-- Run by 08-access-matrix.sql (pgTAP, PostgreSQL 15) and by tests/db/matrix.test.ts (PGlite),
-- each inside a transaction that is thrown away. Plain SQL, no psql meta-command, superuser.
--
-- The people: anon (no sign-in), owner (the creator whose plan is shared), other_creator (has a
-- plan of their own, with comments), linked_coach (accepted the owner's invitation),
-- unlinked_coach (a coach, of the other creator only) and revoked_coach (was linked, then revoked).
--
-- How a cell is measured, for each table read from the catalogue (so a new table is covered, and
-- fails until its expected row is added below). "The owner's rows" are the rows the owner's
-- world added (everything created while building it, compared with what was there before).
--   select  how many of the owner's rows the person sees: 'all', 'none', 'k/n' rows, or
--           'denied' (no privilege at all).
--   insert  a copy of one of the owner's rows, signed by the person (author_id, coach_id,
--           accepted_by, requested_by and resolved_by take their id), with only the columns they
--           may insert: 'allowed' when the access rules let the row through (a unique or
--           foreign-key error raised after them still counts as allowed: the rules said yes),
--           'denied' on insufficient privilege or a row-level security refusal.
--   update  `set col = col` on all of the owner's rows at once, col being a column they may
--           update: 'allowed' when at least one row changed, 'denied' otherwise. All of them,
--           not one: "one of the owner's rows" would be picked by its random id, and where a
--           person may change some rows only (their own inbox items) the answer would depend
--           on which.
--   delete  one of the owner's rows: 'allowed' when it went, 'denied' otherwise.
-- Every attempt runs in a subtransaction that is rolled back, as the person, with the claims
-- Supabase would send; nothing an attempt does is left behind.

create schema access_matrix;
grant usage on schema access_matrix to anon, authenticated;

create table access_matrix.people (
  person text primary key,
  position integer not null unique,
  user_id uuid
);
insert into access_matrix.people values
  ('anon', 1, null),
  ('owner', 2, '0a000000-0000-4000-8000-00000000000a'),
  ('other_creator', 3, '0b000000-0000-4000-8000-00000000000b'),
  ('linked_coach', 4, '0c000000-0000-4000-8000-00000000000c'),
  ('unlinked_coach', 5, '0d000000-0000-4000-8000-00000000000d'),
  ('revoked_coach', 6, '0e000000-0000-4000-8000-00000000000e');
grant select on access_matrix.people to anon, authenticated;

-- What each cell must be. One row per table and command; a table missing here fails.
create table access_matrix.expected (
  tbl text not null,
  cmd text not null check (cmd in ('select', 'insert', 'update', 'delete')),
  anon text not null,
  owner text not null,
  other_creator text not null,
  linked_coach text not null,
  unlinked_coach text not null,
  revoked_coach text not null,
  primary key (tbl, cmd)
);
insert into access_matrix.expected values
  -- A linked coach reads what the owner shared (plan, survey and its answers, check-ins); never
  -- the waiting list's emails; writes only comments and their own review.
  ('checkins',          'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('checkins',          'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('checkins',          'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('checkins',          'delete', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  -- Learning cards and the niche's versions: written once by their owner (save_learning_card),
  -- never changed or removed by hand; read by the linked coach.
  ('learning_cards',    'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('learning_cards',    'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('learning_cards',    'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('learning_cards',    'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('niche_versions',    'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('niche_versions',    'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('niche_versions',    'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('niche_versions',    'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- Invitations are the owner's alone; accepting goes through accept_coach_invitation.
  ('coach_invitations', 'select', 'denied', 'all',     'none',   'none',    'none',   'none'),
  ('coach_invitations', 'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('coach_invitations', 'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('coach_invitations', 'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- A coach sees their own link (a revoked one too: the page can say "revoked"); the owner
  -- revokes (update); links are never inserted or deleted directly.
  ('coach_links',       'select', 'denied', 'all',     'none',   '1/2',     'none',   '1/2'),
  ('coach_links',       'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('coach_links',       'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('coach_links',       'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- Comments: the owner and the linked coach, nobody else; never changed or removed.
  ('plan_comments',     'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('plan_comments',     'insert', 'denied', 'allowed', 'denied', 'allowed', 'denied', 'denied'),
  ('plan_comments',     'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('plan_comments',     'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- Reviews: written by the linked coach only, read by the owner and the linked coach.
  ('plan_reviews',      'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('plan_reviews',      'insert', 'denied', 'denied',  'denied', 'allowed', 'denied', 'denied'),
  ('plan_reviews',      'update', 'denied', 'denied',  'denied', 'allowed', 'denied', 'denied'),
  ('plan_reviews',      'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- Versions sent for review: the owner sends (request_plan_review), the linked coach reads;
  -- what was sent is never changed or removed (no update or delete grant).
  ('plan_versions',     'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('plan_versions',     'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('plan_versions',     'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('plan_versions',     'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- A resolved thread: either side resolves it (as themself) and reopens it (the row goes);
  -- a resolution is never edited (no update grant).
  ('thread_resolutions', 'select', 'denied', 'all',    'none',   'all',     'none',   'none'),
  ('thread_resolutions', 'insert', 'denied', 'allowed', 'denied', 'allowed', 'denied', 'denied'),
  ('thread_resolutions', 'update', 'denied', 'denied', 'denied', 'denied',  'denied', 'denied'),
  ('thread_resolutions', 'delete', 'denied', 'allowed', 'denied', 'allowed', 'denied', 'denied'),
  -- The inbox: each person reads the items addressed to them only (the owner 4 of the 9, the
  -- linked coach 3; the revoked coach's 2 stay in the table, hidden since the plan is no longer
  -- shared); only the triggers write items (no insert or delete grant); a recipient marks their
  -- own read (update tries all the owner's rows at once: 'allowed' is their own share changing,
  -- the others' items being out of their reach).
  ('inbox_items',       'select', 'denied', '4/9',     'none',   '3/9',     'none',   'none'),
  ('inbox_items',       'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('inbox_items',       'update', 'denied', 'allowed', 'denied', 'allowed', 'denied', 'denied'),
  ('inbox_items',       'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- The plan: read by the linked coach, changed by its owner only.
  ('plans',             'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('plans',             'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('plans',             'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('plans',             'delete', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  -- Profiles: the linked coach may read the client's name.
  ('profiles',          'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('profiles',          'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('profiles',          'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('profiles',          'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- Answers are written by submit_response (security definer) only.
  ('response_answers',  'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('response_answers',  'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('response_answers',  'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('response_answers',  'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('responses',         'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('responses',         'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('responses',         'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('responses',         'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('survey_questions',  'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('survey_questions',  'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('survey_questions',  'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('survey_questions',  'delete', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('surveys',           'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('surveys',           'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('surveys',           'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('surveys',           'delete', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  -- Emails: the owner only, coaches included out.
  ('waitlist',          'select', 'denied', 'all',     'none',   'none',    'none',   'none'),
  ('waitlist',          'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('waitlist',          'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('waitlist',          'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  -- The stuffing guard's salt and per-client counts: submit_response (security definer) only.
  ('client_hash_salt',  'select', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('client_hash_salt',  'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('client_hash_salt',  'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('client_hash_salt',  'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('client_submissions', 'select', 'denied', 'denied', 'denied', 'denied',  'denied', 'denied'),
  ('client_submissions', 'insert', 'denied', 'denied', 'denied', 'denied',  'denied', 'denied'),
  ('client_submissions', 'update', 'denied', 'denied', 'denied', 'denied',  'denied', 'denied'),
  ('client_submissions', 'delete', 'denied', 'denied', 'denied', 'denied',  'denied', 'denied'),
  -- A limited survey's counters: its owner's, like the limit (submit_response moves them).
  ('survey_counters',   'select', 'denied', 'all',     'none',   'none',    'none',   'none'),
  ('survey_counters',   'insert', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('survey_counters',   'update', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  ('survey_counters',   'delete', 'denied', 'allowed', 'denied', 'denied',  'denied', 'denied'),
  -- The stored tallies: read wherever the survey is read; written by submit_response only.
  ('survey_tallies',    'select', 'denied', 'all',     'none',   'all',     'none',   'none'),
  ('survey_tallies',    'insert', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('survey_tallies',    'update', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied'),
  ('survey_tallies',    'delete', 'denied', 'denied',  'denied', 'denied',  'denied', 'denied');

-- Acts as a person for what follows in the current transaction (null: back to the superuser).
create function access_matrix.act(p_person text)
returns void
language plpgsql
as $$
declare
  v_user uuid;
begin
  if p_person is null then
    reset role;
    perform set_config('request.jwt.claims', '', true);
    return;
  end if;
  select p.user_id into v_user from access_matrix.people p where p.person = p_person;
  if p_person = 'anon' then
    set local role anon;
    perform set_config('request.jwt.claims', '', true);
  else
    set local role authenticated;
    perform set_config('request.jwt.claims',
      jsonb_build_object('sub', v_user, 'role', 'authenticated', 'aud', 'authenticated', 'is_anonymous', false)::text, true);
  end if;
end;
$$;
grant execute on function access_matrix.act(text) to anon, authenticated;

-- The rows of each table, by primary key, before and after the owner's world is built.
create table access_matrix.rows_before (tbl text not null, pk jsonb not null);
create table access_matrix.owner_rows (tbl text not null, pk jsonb not null);

-- `jsonb_build_object('col', t.col, …)` over a table's primary key.
create function access_matrix.pk_expression(p_table text)
returns text
language sql
stable
as $$
  select 'jsonb_build_object(' || string_agg(format('%L, t.%I', a.attname, a.attname), ', ' order by k.ord) || ')'
    from pg_index i
         cross join lateral unnest(i.indkey) with ordinality k(attnum, ord)
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
   where i.indrelid = format('app.%I', p_table)::regclass and i.indisprimary
$$;

create function access_matrix.app_tables()
returns setof text
language sql
stable
as $$
  select c.relname::text
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'app' and c.relkind in ('r', 'p')
   order by 1
$$;

create function access_matrix.snapshot(p_into text)
returns void
language plpgsql
as $$
declare
  v_table text;
begin
  for v_table in select access_matrix.app_tables() loop
    if access_matrix.pk_expression(v_table) is null then
      raise exception 'app.% has no primary key: the access matrix cannot name its rows', v_table;
    end if;
    execute format('insert into access_matrix.%I (tbl, pk) select %L, %s from app.%I t',
                   p_into, v_table, access_matrix.pk_expression(v_table), v_table);
  end loop;
end;
$$;


-- ── the world ────────────────────────────────────────────────────────────────

insert into auth.users (id, email, raw_user_meta_data)
select p.user_id, p.person || '@matrix.test', jsonb_build_object('display_name', p.person)
  from access_matrix.people p where p.user_id is not null;

-- The other creator (a plan with a note to self), and every coach's profile; the unlinked coach
-- coaches the other creator, not the owner.
do $$
declare
  v_code text;
  v_plan uuid;
begin
  perform access_matrix.act('other_creator');
  perform public.save_my_profile('Other creator');
  perform public.save_plan_section('niche', '{"statement": "weekend bakers at farmers markets"}');
  v_plan := (public.get_my_plan()).id;
  perform public.add_plan_comment(v_plan, 'niche', 'Note to self: ask the market organisers.');
  v_code := (public.create_coach_invitation()).code;
  perform access_matrix.act('linked_coach');
  perform public.save_my_profile('Linked coach', array['coach']);
  perform access_matrix.act('revoked_coach');
  perform public.save_my_profile('Revoked coach', array['coach']);
  perform access_matrix.act('unlinked_coach');
  perform public.save_my_profile('Unlinked coach', array['coach']);
  perform public.accept_coach_invitation(v_code);
  perform public.add_plan_comment(v_plan, 'niche', 'Which markets?');
  perform access_matrix.act('other_creator');
  perform public.request_plan_review();
  perform access_matrix.act('unlinked_coach');
  perform public.set_plan_review(v_plan, 'needs_work');
  perform access_matrix.act(null);
end;
$$;

select access_matrix.snapshot('rows_before');

-- The owner's world: profile, plan, a published survey with answers and a waiting-list email,
-- closed with a learning card that narrows the niche, a check-in, three invitations (accepted by
-- the linked coach, accepted by the coach revoked later, one waiting), comments from both coaches
-- and the owner, a version sent for review, both coaches' reviews of it, a resolved thread, and
-- what all this put in the inbox of the owner (4 items: two comments, two decisions), of the
-- linked coach (3: a comment, the request, the reply) and of the revoked coach (2: the request,
-- the reply).
do $$
declare
  v_survey jsonb;
  v_question text;
  v_linked text;
  v_revoked text;
  v_plan uuid;
  v_comment uuid;
begin
  perform access_matrix.act('owner');
  perform public.save_my_profile('Owner');
  v_survey := to_jsonb(public.create_survey('Matrix survey', 'en', '', '[
    {"kind": "single_choice", "prompt": "Did you pay for help last year?", "required": true,
     "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]},
    {"kind": "email_optin", "prompt": "Join the waiting list?"}]'));
  v_question := v_survey -> 'questions' -> 0 ->> 'id';
  perform public.update_survey(p_survey_id => (v_survey ->> 'id')::uuid, p_max_responses => 100,
    p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object('question_id', v_question, 'option_keys', jsonb_build_array('yes'),
                                      'target_rate', 0.4, 'min_responses', 5));
  perform public.publish_survey((v_survey ->> 'id')::uuid);
  perform public.save_plan_section('niche', '{"statement": "productivity for introverted freelancers"}');
  perform public.save_plan_section('survey', jsonb_build_object('surveyId', v_survey ->> 'id'));
  v_plan := (public.get_my_plan()).id;
  perform public.save_checkin(date_trunc('week', app.today(auth.uid()))::date - 7, 40, 18, 12, 7, 5, 4.5, 'first week');
  v_linked := (public.create_coach_invitation()).code;
  v_revoked := (public.create_coach_invitation()).code;
  perform public.create_coach_invitation();

  perform access_matrix.act('anon');
  -- As through Supabase's API, so the stuffing guard writes its rows too.
  perform set_config('request.headers', '{"cf-connecting-ip": "198.51.100.7"}', true);
  perform public.submit_response(v_survey ->> 'slug', 'matrix-respondent-0001',
    jsonb_build_object(v_question, 'yes'), 'reader@matrix.test', true);
  perform set_config('request.headers', '', true);

  perform access_matrix.act('linked_coach');
  perform public.accept_coach_invitation(v_linked);
  v_comment := (public.add_plan_comment(v_plan, 'niche', 'Say who they are first.')).id;

  perform access_matrix.act('revoked_coach');
  perform public.accept_coach_invitation(v_revoked);
  perform public.add_plan_comment(v_plan, 'launch', 'Price it higher.');

  perform access_matrix.act('owner');
  perform public.request_plan_review('Is the niche sharp enough now?');
  perform access_matrix.act('linked_coach');
  perform public.set_plan_review(v_plan, 'approved', 1);
  perform access_matrix.act('revoked_coach');
  perform public.set_plan_review(v_plan, 'needs_work', 1);

  perform access_matrix.act('owner');
  perform public.add_plan_comment(v_plan, 'niche', 'Done, thanks.', v_comment);
  perform public.set_thread_resolved(v_comment, true);
  -- The test ends; its learning card narrows the niche (versions 1 and 2).
  perform public.close_survey((v_survey ->> 'id')::uuid);
  perform public.save_learning_card((v_survey ->> 'id')::uuid, 'Designers pay; developers do not.', 'narrow',
                                    'productivity for introverted freelance designers');
  perform public.revoke_coach((select l.id from app.coach_links l
                                where l.coach_id = '0e000000-0000-4000-8000-00000000000e'));
  perform access_matrix.act(null);
end;
$$;

select access_matrix.snapshot('owner_rows');
delete from access_matrix.owner_rows o
 using access_matrix.rows_before b
 where b.tbl = o.tbl and b.pk = o.pk;


-- ── the measure ──────────────────────────────────────────────────────────────

create table access_matrix.cells (
  tbl text not null,
  cmd text not null,
  person text not null,
  actual text not null,
  primary key (tbl, cmd, person)
);

create function access_matrix.measure(p_table text, p_cmd text, p_person text)
returns text
language plpgsql
as $$
declare
  v_role text := case when p_person = 'anon' then 'anon' else 'authenticated' end;
  v_user uuid := (select p.user_id from access_matrix.people p where p.person = p_person);
  v_pk_expr text := access_matrix.pk_expression(p_table);
  v_scope jsonb[] := array(select o.pk from access_matrix.owner_rows o where o.tbl = p_table order by o.pk::text);
  v_sample jsonb;
  v_columns text;
  v_values text;
  v_column text;
  v_sql text;
  v_count bigint;
begin
  if cardinality(v_scope) = 0 then
    return 'error: the owner''s world has no row in app.' || p_table;
  end if;
  execute format('select to_jsonb(t) from app.%I t where %s = $1', p_table, v_pk_expr) into v_sample using v_scope[1];

  if p_cmd = 'select' then
    v_sql := format('select count(*) from app.%I t where %s = any ($1)', p_table, v_pk_expr);
  elsif p_cmd = 'insert' then
    -- The columns this role may insert (generated ones never), signed by the person.
    select string_agg(format('%I', a.attname), ', ' order by a.attnum),
           string_agg(format('(jsonb_populate_record(null::app.%I, $2)).%I', p_table, a.attname), ', ' order by a.attnum)
      into v_columns, v_values
      from pg_attribute a
     where a.attrelid = format('app.%I', p_table)::regclass and a.attnum > 0 and not a.attisdropped
       and a.attgenerated = '' and has_column_privilege(v_role, a.attrelid, a.attnum, 'INSERT');
    if v_columns is null then
      return 'denied';
    end if;
    v_sample := v_sample
      || (select coalesce(jsonb_object_agg(k, to_jsonb(v_user)), '{}'::jsonb)
            from unnest(array['author_id', 'coach_id', 'accepted_by', 'requested_by', 'resolved_by']) k where v_sample ? k);
    v_sql := format('insert into app.%I (%s) select %s', p_table, v_columns, v_values);
  elsif p_cmd = 'update' then
    select format('%I', a.attname) into v_column
      from pg_attribute a
     where a.attrelid = format('app.%I', p_table)::regclass and a.attnum > 0 and not a.attisdropped
       and a.attgenerated = '' and has_column_privilege(v_role, a.attrelid, a.attnum, 'UPDATE')
     order by a.attnum
     limit 1;
    if v_column is null then
      return 'denied';
    end if;
    v_sql := format('update app.%I t set %s = t.%s where %s = any ($1)', p_table, v_column, v_column, v_pk_expr);
  else
    v_sql := format('delete from app.%I t where %s = $1[1]', p_table, v_pk_expr);
  end if;

  begin
    perform access_matrix.act(p_person);
    if p_cmd = 'select' then
      execute v_sql into v_count using v_scope;
    else
      execute v_sql using v_scope, v_sample;
      get diagnostics v_count = row_count;
    end if;
    -- Undo whatever the attempt did (and the role switch) by leaving the subtransaction.
    raise exception using errcode = 'MX000', message = v_count::text;
  exception
    when sqlstate 'MX000' then
      v_count := sqlerrm::bigint;
    when insufficient_privilege then
      return 'denied';
    when unique_violation or foreign_key_violation then
      -- Raised after the access rules let the row through: the rules said yes.
      return case when p_cmd = 'insert' then 'allowed' else format('error %s: %s', sqlstate, sqlerrm) end;
    when others then
      return format('error %s: %s', sqlstate, sqlerrm);
  end;

  if p_cmd = 'select' then
    return case when v_count = cardinality(v_scope) then 'all' when v_count = 0 then 'none'
                else format('%s/%s', v_count, cardinality(v_scope)) end;
  end if;
  return case when v_count > 0 then 'allowed' else 'denied' end;
end;
$$;

insert into access_matrix.cells (tbl, cmd, person, actual)
select t.tbl, c.cmd, p.person, access_matrix.measure(t.tbl, c.cmd, p.person)
  from access_matrix.app_tables() t(tbl)
       cross join unnest(array['select', 'insert', 'update', 'delete']) with ordinality c(cmd, ord)
       cross join access_matrix.people p;

-- One line per table and command: what was measured and what was expected, per person.
create view access_matrix.report as
  select t.tbl, c.cmd, c.ord,
         jsonb_object_agg(x.person, x.actual) as actual,
         (select jsonb_build_object('anon', e.anon, 'owner', e.owner, 'other_creator', e.other_creator,
                                    'linked_coach', e.linked_coach, 'unlinked_coach', e.unlinked_coach,
                                    'revoked_coach', e.revoked_coach)
            from access_matrix.expected e where e.tbl = t.tbl and e.cmd = c.cmd) as expected
    from access_matrix.app_tables() t(tbl)
         cross join unnest(array['select', 'insert', 'update', 'delete']) with ordinality c(cmd, ord)
         join access_matrix.cells x on x.tbl = t.tbl and x.cmd = c.cmd
   group by t.tbl, c.cmd, c.ord;

-- The matrix as text, one line per table and command, a column per person; the number after a
-- table's name is how many of the owner's rows it holds; a cell that differs from its
-- expectation reads "✗ got (expected)".
create view access_matrix.printed as
  with widths as (select 23 as tbl, 7 as cmd, 16 as cell),
  lines as (
    select 0 as n, rpad('table (owner''s rows)', w.tbl) || rpad('command', w.cmd + 2)
             || string_agg(rpad(p.person, w.cell), '' order by p.position) as line
      from widths w cross join access_matrix.people p
     group by w.tbl, w.cmd
    union all
    select 1, repeat('─', w.tbl + w.cmd + 2 + 6 * w.cell) from widths w
    union all
    select 2 + row_number() over (order by r.tbl, r.ord),
           rpad(case when r.ord = 1
                       then r.tbl || ' (' || (select count(*) from access_matrix.owner_rows o where o.tbl = r.tbl) || ')'
                       else '' end, w.tbl)
             || rpad(r.cmd, w.cmd + 2)
             || (select string_agg(
                          rpad(case when r.expected is null then '✗ ' || (r.actual ->> p.person) || ' (no expectation)'
                                    when r.actual ->> p.person = r.expected ->> p.person then r.actual ->> p.person
                                    else '✗ ' || (r.actual ->> p.person) || ' (' || (r.expected ->> p.person) || ')' end,
                               w.cell),
                          '' order by p.position)
                   from access_matrix.people p)
      from access_matrix.report r cross join widths w
  )
  select line from lines order by n;

grant select on access_matrix.report, access_matrix.printed, access_matrix.cells, access_matrix.expected,
  access_matrix.owner_rows to anon, authenticated;
