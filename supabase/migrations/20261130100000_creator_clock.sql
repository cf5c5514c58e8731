-- The creator's day is the creator's: each profile keeps an IANA time zone (taken from the
-- browser, editable on /account), and every date rule reads "today" through app.today(), in
-- that zone. Before, check-ins compared with UTC's current_date plus a day of grace, which
-- accepted next week's Monday all through a Sunday in UTC.

-- Null until the creator's browser (or the creator) sets it; date rules then use UTC.
alter table app.profiles
  add column time_zone text
    check (time_zone ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$');

-- A name PostgreSQL's time zone database knows ("Europe/Paris", "Pacific/Kiritimati", "UTC").
-- POSIX strings such as "UTC+5" (which means five hours west) are not names and are refused.
create or replace function app.is_time_zone(p_zone text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select p_zone is not null
     and p_zone ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$'
     and exists (select 1 from pg_catalog.pg_timezone_names z where z.name = p_zone)
$$;

-- The calendar day of an instant in a zone: pure, so tests can ask for any instant.
create or replace function app.local_date(p_at timestamptz, p_zone text)
returns date
language sql
stable
set search_path = ''
as $$
  select (p_at at time zone coalesce(p_zone, 'UTC'))::date
$$;

-- The one clock of date rules: the user's calendar day at p_at (now by default), in the time
-- zone of their profile, UTC when they have none.
create or replace function app.today(p_user uuid, p_at timestamptz default pg_catalog.now())
returns date
language sql
stable
set search_path = ''
as $$
  select app.local_date(p_at, (select p.time_zone from app.profiles p where p.id = p_user))
$$;

grant execute on function app.is_time_zone(text) to authenticated;
grant execute on function app.local_date(timestamptz, text) to authenticated;
grant execute on function app.today(uuid, timestamptz) to authenticated;


-- ── profiles: the time zone travels with the profile ─────────────────────────

-- As in 20261126120100, plus time_zone (null until set).
create or replace function public.get_my_profile()
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_profile jsonb;
begin
  select jsonb_build_object('id', p.id, 'display_name', p.display_name, 'roles', to_jsonb(p.roles),
                            'time_zone', p.time_zone)
    into v_profile
    from app.profiles p
   where p.id = v_uid;
  return coalesce(v_profile,
    jsonb_build_object('id', v_uid, 'display_name', '', 'roles', jsonb_build_array('creator'), 'time_zone', null));
end;
$$;

-- set_my_time_zone: the zone the caller's dates are counted in. Creates the profile if need be.
create or replace function public.set_my_time_zone(p_time_zone text)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  -- Bounded before the catalog is searched.
  if p_time_zone is null or octet_length(p_time_zone) > 64 or not app.is_time_zone(p_time_zone) then
    perform app.fail('invalid_time_zone', 'A time zone is a name such as Europe/Paris or America/Montreal.');
  end if;
  insert into app.profiles (id, time_zone)
  values (v_uid, p_time_zone)
  on conflict (id) do update set time_zone = excluded.time_zone;
  return public.get_my_profile();
end;
$$;

revoke execute on function public.set_my_time_zone(text) from public, anon;
grant execute on function public.set_my_time_zone(text) to authenticated;


-- ── check-ins: "this week" in the creator's zone, no day of grace ────────────

drop function app.check_checkin(date, integer, integer, integer, integer, integer, numeric, text);

-- As in 20261126160000, with the creator's today as a parameter (no clock inside the rule).
create or replace function app.check_checkin(
  p_week_start date, p_members integer, p_active_members integer, p_conversations_total integer,
  p_conversations_by_members integer, p_conversations_between_members integer,
  p_creator_hours numeric, p_note text, p_today date
)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_week_start is null or extract(isodow from p_week_start) <> 1 then
    perform app.fail('invalid_checkin', 'A check-in is filed under the Monday its week starts on.');
  end if;
  if p_week_start < date '2000-01-03' then
    perform app.fail('invalid_checkin', 'A check-in week starts in 2000 or later.');
  end if;
  -- The week must have started, on the creator's calendar.
  if p_week_start > p_today then
    perform app.fail('checkin_in_future', 'This week has not started yet: check in once it has.');
  end if;
  if p_members is null or p_active_members is null or p_conversations_total is null
     or p_conversations_by_members is null or p_conversations_between_members is null or p_creator_hours is null then
    perform app.fail('invalid_checkin', 'Every count of a check-in is required (0 is a valid answer).');
  end if;
  if least(p_members, p_active_members, p_conversations_total, p_conversations_by_members, p_conversations_between_members) < 0
     or p_creator_hours < 0 then
    perform app.fail('invalid_checkin', 'Counts and hours cannot be negative.');
  end if;
  if greatest(p_members, p_conversations_total) > 1000000 then
    perform app.fail('invalid_checkin', 'Counts go up to 1,000,000.');
  end if;
  if p_creator_hours > 168 then
    perform app.fail('invalid_checkin', 'A week holds 168 hours at most.');
  end if;
  if p_active_members > p_members then
    perform app.fail('invalid_checkin', 'Active members cannot outnumber members.');
  end if;
  if p_conversations_by_members > p_conversations_total or p_conversations_between_members > p_conversations_total then
    perform app.fail('invalid_checkin', 'Conversations started by members, or between members, are part of all conversations: they cannot outnumber them.');
  end if;
  if char_length(coalesce(p_note, '')) > 1000 then
    perform app.fail('invalid_checkin', 'A note has at most 1,000 characters.');
  end if;
end;
$$;

grant execute on function app.check_checkin(date, integer, integer, integer, integer, integer, numeric, text, date) to authenticated;

-- As in 20261126160000, with today taken from the creator's zone.
create or replace function public.save_checkin(
  p_week_start date,
  p_members integer,
  p_active_members integer,
  p_conversations_total integer,
  p_conversations_by_members integer,
  p_conversations_between_members integer,
  p_creator_hours numeric,
  p_note text default '',
  p_replace boolean default false
)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan_id uuid;
  v_row app.checkins;
begin
  perform app.check_checkin(p_week_start, p_members, p_active_members, p_conversations_total,
                            p_conversations_by_members, p_conversations_between_members, p_creator_hours, p_note,
                            app.today(v_uid));

  -- Check-ins belong to the plan; the first one may come before any section was saved.
  insert into app.plans (owner_id) values (v_uid) on conflict (owner_id) do nothing;
  select p.id into v_plan_id from app.plans p where p.owner_id = v_uid;

  if coalesce(p_replace, false) then
    insert into app.checkins as c (owner_id, plan_id, week_start, members, active_members, conversations_total,
                                   conversations_by_members, conversations_between_members, creator_hours, note)
    values (v_uid, v_plan_id, p_week_start, p_members, p_active_members, p_conversations_total,
            p_conversations_by_members, p_conversations_between_members, p_creator_hours, coalesce(p_note, ''))
    on conflict (owner_id, week_start) do update
      set members = excluded.members,
          active_members = excluded.active_members,
          conversations_total = excluded.conversations_total,
          conversations_by_members = excluded.conversations_by_members,
          conversations_between_members = excluded.conversations_between_members,
          creator_hours = excluded.creator_hours,
          note = excluded.note
    returning * into v_row;
  else
    insert into app.checkins (owner_id, plan_id, week_start, members, active_members, conversations_total,
                              conversations_by_members, conversations_between_members, creator_hours, note)
    values (v_uid, v_plan_id, p_week_start, p_members, p_active_members, p_conversations_total,
            p_conversations_by_members, p_conversations_between_members, p_creator_hours, coalesce(p_note, ''))
    on conflict (owner_id, week_start) do nothing
    returning * into v_row;
    if v_row.id is null then
      perform app.fail('checkin_duplicate_week', format('There is already a check-in for the week of %s: edit it instead.', p_week_start));
    end if;
  end if;

  return app.checkin_json(v_row);
end;
$$;
