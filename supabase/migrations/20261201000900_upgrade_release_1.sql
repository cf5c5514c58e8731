-- The second half of the upgrade from the first release (see the ground rules): in a local
-- database that set the old schema aside as `app_release_1`, the rows move into the tables the
-- baselines just created, then the old schema goes. Anywhere else (a new database, Supabase)
-- there is no such schema and nothing happens.
--
-- Every table keeps its name and its columns keep theirs, so each table's rows are copied
-- column by column as they are, triggers and foreign-key checks off (session_replication_role =
-- replica, which the local database's superuser may set): the rows were valid where they were,
-- and a trigger would count them again (the response counters are copied as they stand).
-- A table or column of the old schema with no counterpart stops the upgrade, so no data is
-- lost in silence; the rows stay where they were until a release that knows what to do with it.
do $$
declare
  v_table text;
  v_columns text;
  v_missing text;
begin
  if to_regnamespace('app_release_1') is null then
    return;
  end if;

  select string_agg(format('%I.%I', c.relname, a.attname), ', ')
    into v_missing
    from pg_catalog.pg_class c
    join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
   where c.relnamespace = 'app_release_1'::regnamespace and c.relkind = 'r'
     and not exists (select 1 from pg_catalog.pg_attribute n
                      where n.attrelid = to_regclass(format('app.%I', c.relname))
                        and n.attname = a.attname and not n.attisdropped);
  if v_missing is not null then
    raise exception 'upgrade from the first release: no place for %', v_missing;
  end if;

  perform pg_catalog.set_config('session_replication_role', 'replica', true);
  for v_table in
    select c.relname from pg_catalog.pg_class c
     where c.relnamespace = 'app_release_1'::regnamespace and c.relkind = 'r'
     order by c.relname
  loop
    select string_agg(format('%I', a.attname), ', ' order by a.attnum)
      into v_columns
      from pg_catalog.pg_attribute a
     where a.attrelid = format('app_release_1.%I', v_table)::regclass and a.attnum > 0 and not a.attisdropped
       and a.attgenerated = '';  -- generated columns are computed anew
    if v_table = 'survey_questions' then
      -- New in this release: what each question proves, the weakest level its kind allows (as
      -- save_survey_questions gives a question sent without one).
      execute format('insert into app.%I (%s, evidence) select %s, case kind when ''email_optin'' then ''commitment'' else ''opinion'' end from app_release_1.%I',
                     v_table, v_columns, v_columns, v_table);
    else
      execute format('insert into app.%I (%s) select %s from app_release_1.%I', v_table, v_columns, v_columns, v_table);
    end if;
  end loop;
  -- New in this release: the plan's chosen survey as a foreign key, from the survey section,
  -- as save_plan_section sets it (the owner's own survey, or none).
  update app.plans p
     set survey_id = s.id
    from app.surveys s
   where s.id = case when app.is_uuid_text(p.sections -> 'survey' ->> 'surveyId') then (p.sections -> 'survey' ->> 'surveyId')::uuid end
     and s.owner_id = p.owner_id;
  -- New in this release: each survey's stored tallies, counted from its responses.
  perform app.recount_survey_tallies(s.id) from app.surveys s;
  perform pg_catalog.set_config('session_replication_role', 'origin', true);

  drop schema app_release_1 cascade;
end;
$$;
