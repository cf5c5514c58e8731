-- Step 5, launch: the creator's weekly check-ins (rows, one per week); the `launch` plan
-- section's bounds are with the other sections' (profiles and plans). Engagement is measured from the check-ins in the browser
-- (src/domain/engagement.ts); every bound the form checks is checked here again.

create table app.checkins (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  plan_id uuid not null references app.plans (id) on delete cascade,
  -- The Monday the week starts on (ISO weeks).
  week_start date not null
    check (extract(isodow from week_start) = 1)
    check (week_start >= date '2000-01-03'),
  members integer not null check (members between 0 and 1000000),
  -- Members with at least one meaningful action that week (a post, a reply, a live attended).
  active_members integer not null check (active_members >= 0),
  -- Every conversation that week: the denominator of the two shares below.
  conversations_total integer not null check (conversations_total between 0 and 1000000),
  -- Conversations a member opened (not the creator).
  conversations_by_members integer not null check (conversations_by_members >= 0),
  -- Conversations in which members answered each other, whoever opened them.
  conversations_between_members integer not null check (conversations_between_members >= 0),
  creator_hours numeric(5, 2) not null check (creator_hours between 0 and 168),
  note text not null default '' check (char_length(note) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (owner_id, week_start),
  check (active_members <= members),
  check (conversations_by_members <= conversations_total),
  check (conversations_between_members <= conversations_total)
);

create index checkins_plan_id_idx on app.checkins (plan_id);

-- Column-level grants: the owner, the plan and the week are set once.
grant select, delete on app.checkins to authenticated;
grant insert (owner_id, plan_id, week_start, members, active_members, conversations_total,
              conversations_by_members, conversations_between_members, creator_hours, note)
  on app.checkins to authenticated;
grant update (members, active_members, conversations_total, conversations_by_members,
              conversations_between_members, creator_hours, note, updated_at)
  on app.checkins to authenticated;

alter table app.checkins enable row level security;

create trigger checkins_touch_updated_at
  before update on app.checkins
  for each row execute function app.touch_updated_at();

create policy "Owners can read their check-ins"
  on app.checkins for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can add check-ins to their own plan"
  on app.checkins for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
  );

create policy "Owners can change their check-ins"
  on app.checkins for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Owners can delete their check-ins"
  on app.checkins for delete to authenticated
  using (owner_id = (select auth.uid()));

create policy "Coaches can read the check-ins of plans shared with them"
  on app.checkins for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())));


-- ── helpers ──────────────────────────────────────────────────────────────────

-- A check-in as the functions return it (list_my_checkins, save_checkin, a coach's get_coach_plan).
create type public.checkin as (
  week_start date, members integer, active_members integer, conversations_total integer,
  conversations_by_members integer, conversations_between_members integer, creator_hours numeric,
  note text, updated_at timestamptz
);

create or replace function app.checkin_row(p_checkin app.checkins)
returns public.checkin
language sql
immutable
set search_path = ''
as $$
  select row(p_checkin.week_start, p_checkin.members, p_checkin.active_members, p_checkin.conversations_total,
             p_checkin.conversations_by_members, p_checkin.conversations_between_members, p_checkin.creator_hours,
             p_checkin.note, p_checkin.updated_at)::public.checkin
$$;

-- A check-in's bounds; the creator's today is a parameter (no clock inside the rule).
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

grant execute on function app.checkin_row(app.checkins) to authenticated;
grant execute on function app.check_checkin(date, integer, integer, integer, integer, integer, numeric, text, date) to authenticated;


-- ── API ──────────────────────────────────────────────────────────────────────

-- list_my_checkins: the caller's check-ins, oldest week first.
create or replace function public.list_my_checkins()
returns setof public.checkin
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return query
    select (app.checkin_row(c)).*
      from app.checkins c
     where c.owner_id = v_uid
     order by c.week_start;
end;
$$;

-- save_checkin: today is the creator's, in their zone (app.today).
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
returns public.checkin
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

  return app.checkin_row(v_row);
end;
$$;

-- What public.delete_checkin returns (typed, for the generated types).
create type public.deleted_checkin as (week_start date);

-- delete_checkin: removes the caller's check-in of that week.
create or replace function public.delete_checkin(p_week_start date)
returns public.deleted_checkin
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_week date;
begin
  delete from app.checkins c
   where c.owner_id = v_uid and c.week_start = p_week_start
  returning c.week_start into v_week;
  if v_week is null then
    perform app.fail('checkin_not_found', 'There is no check-in of yours for this week.');
  end if;
  return row(v_week)::public.deleted_checkin;
end;
$$;

revoke execute on function public.list_my_checkins() from public, anon;
revoke execute on function public.save_checkin(date, integer, integer, integer, integer, integer, numeric, text, boolean) from public, anon;
revoke execute on function public.delete_checkin(date) from public, anon;

grant execute on function public.list_my_checkins() to authenticated;
grant execute on function public.save_checkin(date, integer, integer, integer, integer, integer, numeric, text, boolean) to authenticated;
grant execute on function public.delete_checkin(date) to authenticated;


