-- Profiles and plans: who a user is (display name, roles, time zone), the creator's plan (one
-- jsonb document per wizard section, each section checked by its own function), and who a plan
-- is shared with (a coach's invitation and link): the later areas' policies read those links.

-- ── profiles ─────────────────────────────────────────────────────────────────
-- A profile per user: display name, roles and time zone. Created on first save by the user themself.

create table app.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null default '' check (char_length(display_name) <= 80),
  roles text[] not null default array['creator']
    check (roles <@ array['creator', 'coach'] and cardinality(roles) between 1 and 2),
  -- Null until the creator's browser (or the creator) sets it; date rules then use UTC.
  time_zone app.time_zone_name,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

grant select, insert, update on app.profiles to authenticated;

alter table app.profiles enable row level security;

create trigger profiles_touch_updated_at
  before update on app.profiles
  for each row execute function app.touch_updated_at();

create policy "Users can read their own profile"
  on app.profiles for select to authenticated
  using (id = (select auth.uid()));

create policy "Users can create their own profile"
  on app.profiles for insert to authenticated
  with check (id = (select auth.uid()));

create policy "Users can update their own profile"
  on app.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

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

grant execute on function app.today(uuid, timestamptz) to authenticated;

-- What the profile functions return: a type, so the generated types describe it to the app
-- (src/data/database.types.ts), and PostgREST sends it as one JSON object.
create type public.my_profile as (id uuid, display_name text, roles text[], time_zone text);

-- get_my_profile: the caller's profile; defaults (no name, creator, no zone) before the first save.
create or replace function public.get_my_profile()
returns public.my_profile
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_profile public.my_profile;
begin
  select p.id, p.display_name, p.roles, p.time_zone into v_profile from app.profiles p where p.id = v_uid;
  if not found then
    v_profile := row(v_uid, '', array['creator'], null)::public.my_profile;
  end if;
  return v_profile;
end;
$$;

-- save_my_profile: the display name and roles; the coach role needs an account with an email.
create or replace function public.save_my_profile(p_display_name text, p_roles text[] default array['creator'])
returns public.my_profile
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_name text := btrim(coalesce(p_display_name, ''));
begin
  if char_length(v_name) > 80 then
    perform app.fail('invalid_profile', 'A display name has at most 80 characters.');
  end if;
  if p_roles is null or not (p_roles <@ array['creator', 'coach']) or cardinality(p_roles) not between 1 and 2 then
    perform app.fail('invalid_profile', 'Roles are "creator", "coach" or both.');
  end if;
  if 'coach' = any (p_roles) and app.is_anonymous() then
    perform app.fail('coach_needs_email', 'Coaches sign in with an email address: add one to this account first.');
  end if;
  insert into app.profiles (id, display_name, roles)
  values (v_uid, v_name, p_roles)
  on conflict (id) do update set display_name = excluded.display_name, roles = excluded.roles;
  return public.get_my_profile();
end;
$$;

-- set_my_time_zone: the zone the caller's dates are counted in. Creates the profile if need be.
create or replace function public.set_my_time_zone(p_time_zone text)
returns public.my_profile
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

revoke execute on function public.get_my_profile() from public, anon;
revoke execute on function public.save_my_profile(text, text[]) from public, anon;
grant execute on function public.get_my_profile() to authenticated;
grant execute on function public.save_my_profile(text, text[]) to authenticated;
revoke execute on function public.set_my_time_zone(text) from public, anon;
grant execute on function public.set_my_time_zone(text) to authenticated;


-- ── plans ────────────────────────────────────────────────────────────────────
-- The creator's plan: one per owner for now, one jsonb document per wizard section.
-- Each section's shape is checked by the browser (zod) and its bounds again here.

create table app.plans (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null unique references auth.users (id) on delete cascade,
  sections jsonb not null default '{}'::jsonb
    check (jsonb_typeof(sections) = 'object')
    -- The jsonb's own size: printing it to text would expand numbers such as 1e131071.
    constraint plans_sections_size check (pg_column_size(sections) <= 262144),
  -- The survey whose verdict the plan relies on: the owner's own, set by save_plan_section from
  -- the survey section. Its foreign key is declared with app.surveys (surveys and responses).
  survey_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

grant select, insert, update, delete on app.plans to authenticated;

alter table app.plans enable row level security;

create trigger plans_touch_updated_at
  before update on app.plans
  for each row execute function app.touch_updated_at();

create policy "Owners can read their plan"
  on app.plans for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can create their plan"
  on app.plans for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Owners can update their plan"
  on app.plans for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Owners can delete their plan"
  on app.plans for delete to authenticated
  using (owner_id = (select auth.uid()));


-- ── who a plan is shared with ────────────────────────────────────────────────
-- A creator invites a coach with a single-use code (app.coach_invitations); the coach who
-- accepts it is linked to the plan (app.coach_links) and, while the link is active, reads the
-- plan, the survey it relies on and its check-ins (each area's policies ask app.coached_plan_ids),
-- comments section by section and gives the plan a status (the coach area).
-- Revoking a link takes effect at the next statement: every policy asks for an active link
-- (revoked_at is null), so nothing is cached anywhere.
--
-- Anonymous users (Supabase's anonymous sign-ins: claim is_anonymous) never act as coaches:
-- their links are invisible to them, and accept_coach_invitation refuses them.

create table app.coach_invitations (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references app.plans (id) on delete cascade,
  owner_id uuid not null references auth.users (id) on delete cascade,
  -- sha256 of the normalised code. The code (160 random bits) is shown once, to the creator who
  -- made it, and never stored: a copy of this table lets nobody in.
  code_hash bytea not null unique check (octet_length(code_hash) = 32),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by uuid references auth.users (id) on delete set null,
  revoked_at timestamptz,
  check (expires_at > created_at),
  check (accepted_by is null or accepted_at is not null)
);

create index coach_invitations_owner_id_idx on app.coach_invitations (owner_id, created_at desc);
create index coach_invitations_plan_id_idx on app.coach_invitations (plan_id);
create index coach_invitations_accepted_by_idx on app.coach_invitations (accepted_by) where accepted_by is not null;

-- Column-level grants: an invitation is made, accepted or revoked; nothing else changes.
grant select on app.coach_invitations to authenticated;
grant insert (plan_id, owner_id, code_hash, expires_at) on app.coach_invitations to authenticated;
grant update (accepted_at, accepted_by, revoked_at) on app.coach_invitations to authenticated;

alter table app.coach_invitations enable row level security;

-- The hash of the code the caller presents in this transaction (accept_coach_invitation sets it
-- with set_config), or null. Holding the code is the capability: the hash cannot be read by
-- anyone but the invitation's owner, and cannot be computed without the code.
create or replace function app.presented_invitation_hash()
returns bytea
language sql
stable
set search_path = ''
as $$
  select case when current_setting('noyau.invitation_hash', true) ~ '^[0-9a-f]{64}$'
              then decode(current_setting('noyau.invitation_hash', true), 'hex') end
$$;

grant execute on function app.presented_invitation_hash() to authenticated;

create policy "Owners can read their invitations"
  on app.coach_invitations for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Code holders can read the invitation of that code"
  on app.coach_invitations for select to authenticated
  using (code_hash = (select app.presented_invitation_hash()));

create policy "Owners can invite a coach to their own plan"
  on app.coach_invitations for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
  );

create policy "Owners can revoke their invitations"
  on app.coach_invitations for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Code holders can accept a waiting invitation, as themselves"
  on app.coach_invitations for update to authenticated
  using (
    code_hash = (select app.presented_invitation_hash())
    and accepted_at is null and revoked_at is null and expires_at > now()
  )
  with check (code_hash = (select app.presented_invitation_hash()) and accepted_by = (select auth.uid()));

-- ── links: who coaches which plan ────────────────────────────────────────────

create table app.coach_links (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references app.plans (id) on delete cascade,
  owner_id uuid not null references auth.users (id) on delete cascade,
  coach_id uuid not null references auth.users (id) on delete cascade,
  -- One link per invitation: a code accepted once cannot make a second link, even for the coach
  -- who accepted it (after being revoked, say).
  invitation_id uuid unique references app.coach_invitations (id) on delete set null,
  created_at timestamptz not null default now(),
  -- Kept rather than deleted: the creator sees whom they revoked, and the coach's page can say
  -- "access revoked" instead of "not found". A new invitation makes a new link.
  revoked_at timestamptz,
  check (coach_id <> owner_id)
);

-- At most one active link per plan and coach.
create unique index coach_links_active_key on app.coach_links (plan_id, coach_id) where revoked_at is null;
create index coach_links_coach_id_idx on app.coach_links (coach_id);
create index coach_links_owner_id_idx on app.coach_links (owner_id);

-- No delete: links are revoked, never removed.
grant select on app.coach_links to authenticated;
grant insert (plan_id, owner_id, coach_id, invitation_id) on app.coach_links to authenticated;
grant update (revoked_at) on app.coach_links to authenticated;

alter table app.coach_links enable row level security;

create policy "Owners can see who has access to their plan"
  on app.coach_links for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Coaches can see their own links, unless signed in anonymously"
  on app.coach_links for select to authenticated
  using (coach_id = (select auth.uid()) and not (select app.is_anonymous()));

-- Only with the code of the invitation just accepted (presented in this transaction), only for
-- oneself, only as a coach with an account.
create policy "Coaches can join a plan with the code they just accepted"
  on app.coach_links for insert to authenticated
  with check (
    coach_id = (select auth.uid())
    and not (select app.is_anonymous())
    and exists (select 1 from app.profiles p where p.id = (select auth.uid()) and 'coach' = any (p.roles))
    and invitation_id in (
      select i.id from app.coach_invitations i
       where i.code_hash = (select app.presented_invitation_hash())
         and i.accepted_by = (select auth.uid())
         and i.plan_id = coach_links.plan_id
         and i.owner_id = coach_links.owner_id)
  );

create policy "Owners can revoke access to their plan"
  on app.coach_links for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

-- The plans the caller coaches right now (policies read it once: `= any (array(select …))`).
-- app.coach_links' policies above decide: a coach's own links, none for an anonymous sign-in.
create or replace function app.coached_plan_ids()
returns setof uuid
language sql
stable
set search_path = ''
as $$
  select l.plan_id
    from app.coach_links l
   where l.coach_id = (select auth.uid()) and l.revoked_at is null
$$;

grant execute on function app.coached_plan_ids() to authenticated;

-- The plans whose review the caller takes part in: their own, and those they coach right now
-- (the coach area's policies: comments, reviews, versions, resolved threads, the inbox).
create or replace function app.own_or_coached_plan_ids()
returns setof uuid
language sql
stable
set search_path = ''
as $$
  select p.id from app.plans p where p.owner_id = (select auth.uid())
  union
  select app.coached_plan_ids()
$$;

grant execute on function app.own_or_coached_plan_ids() to authenticated;

-- People the caller may name: the coaches of their plan (revoked ones too, for the history) and
-- the owners of the plans they coach now.
create or replace function app.linked_user_ids()
returns setof uuid
language sql
stable
set search_path = ''
as $$
  select l.coach_id from app.coach_links l where l.owner_id = (select auth.uid())
  union
  select l.owner_id from app.coach_links l where l.coach_id = (select auth.uid()) and l.revoked_at is null
$$;

grant execute on function app.linked_user_ids() to authenticated;

-- ── what linked coaches may read elsewhere (read-only) ───────────────────────

create policy "Coaches can read the plans shared with them"
  on app.plans for select to authenticated
  using (id = any (array(select app.coached_plan_ids())));

create policy "Users can read the profiles of their coaches and clients"
  on app.profiles for select to authenticated
  using (id = any (array(select app.linked_user_ids())));


-- ── one check per section ────────────────────────────────────────────────────
-- Each section's bounds, the same as sectionSchemas in src/domain/plan.ts, checked in SQL as
-- well as in the browser. Unknown keys are kept, as the browser schemas keep them.
-- app.check_plan_section dispatches: a new section adds its function and one line there.

-- The niche (step 1): the statement and the guided answers, bounded as in src/domain/plan.ts.
create or replace function app.check_niche_section(p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_key text;
begin
  foreach v_key in array array['statement', 'who', 'what', 'situation', 'whyTalk'] loop
    if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'string' then
      perform app.fail('invalid_section', format('niche.%s must be text.', v_key));
    end if;
  end loop;
  if char_length(coalesce(p_data ->> 'statement', '')) > 200 then
    perform app.fail('niche_too_long', 'A niche statement has at most 200 characters.');
  end if;
  if char_length(coalesce(p_data ->> 'who', '')) > 120
     or char_length(coalesce(p_data ->> 'what', '')) > 120
     or char_length(coalesce(p_data ->> 'situation', '')) > 120 then
    perform app.fail('invalid_section', 'Each guided answer has at most 120 characters.');
  end if;
  if char_length(coalesce(p_data ->> 'whyTalk', '')) > 280 then
    perform app.fail('invalid_section', 'The "why would they talk to each other" answer has at most 280 characters.');
  end if;
  foreach v_key in array array['startSize', 'targetSize'] loop
    if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'null' and (
         jsonb_typeof(p_data -> v_key) <> 'number'
         or (p_data ->> v_key)::numeric <> trunc((p_data ->> v_key)::numeric)
         or (p_data ->> v_key)::numeric not between 1 and 100000) then
      perform app.fail('invalid_section', format('niche.%s is a whole number from 1 to 100,000.', v_key));
    end if;
  end loop;
end;
$$;

grant execute on function app.check_niche_section(jsonb) to authenticated;

-- The survey (step 2): the survey whose verdict the plan relies on, or the figures of a test
-- post for a creator who ran no survey.
create or replace function app.check_survey_section(p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_post jsonb := p_data -> 'post';
  v_key text;
begin
  if p_data ? 'surveyId' and (
       jsonb_typeof(p_data -> 'surveyId') <> 'string'
       or not app.is_uuid_text(p_data ->> 'surveyId')) then
    perform app.fail('invalid_section', 'survey.surveyId is the id of a survey.');
  end if;
  if v_post is null then
    return;
  end if;
  if jsonb_typeof(v_post) <> 'object' then
    perform app.fail('invalid_section', 'survey.post is an object.');
  end if;
  foreach v_key in array array['reach', 'comments', 'directMessages', 'signups', 'minReach'] loop
    if jsonb_typeof(v_post -> v_key) is distinct from 'number'
       or (v_post ->> v_key)::numeric <> trunc((v_post ->> v_key)::numeric)
       or (v_post ->> v_key)::numeric not between (case v_key when 'minReach' then 1 else 0 end) and 100000000 then
      perform app.fail('invalid_section', format('survey.post.%s is a whole number from %s to 100,000,000.', v_key,
        case v_key when 'minReach' then 1 else 0 end));
    end if;
  end loop;
  if jsonb_typeof(v_post -> 'targetRate') is distinct from 'number'
     or (v_post ->> 'targetRate')::numeric not between 0.001 and 1 then
    perform app.fail('invalid_section', 'survey.post.targetRate is a share from 0.001 to 1.');
  end if;
end;
$$;

grant execute on function app.check_survey_section(jsonb) to authenticated;
-- The platform (step 3): the questionnaire's answers, the choice and its reasons, as in
-- src/domain/platform-section.ts.
create or replace function app.check_platform_section(p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_key text;
  v_answers jsonb;
begin
  if p_data ? 'answers' and jsonb_typeof(p_data -> 'answers') <> 'object' then
    perform app.fail('invalid_section', 'platform.answers must be an object.');
  end if;
  v_answers := coalesce(p_data -> 'answers', '{}'::jsonb);
  foreach v_key in array array['kind', 'talk', 'live', 'money', 'devices', 'budget'] loop
    if v_answers ? v_key and jsonb_typeof(v_answers -> v_key) <> 'null' and not (
         jsonb_typeof(v_answers -> v_key) = 'string'
         and v_answers ->> v_key = any (case v_key
           when 'kind' then array['tech_gaming', 'expertise', 'learning', 'support', 'professional', 'hobby']
           when 'talk' then array['chat', 'threads', 'broadcast', 'personal']
           when 'live' then array['none', 'audio', 'video']
           when 'money' then array['free', 'later', 'paid']
           when 'devices' then array['phone', 'computer', 'both']
           else array['none', 'low', 'high'] end)) then
      perform app.fail('invalid_section', format('platform.answers.%s is not one of the offered answers.', v_key));
    end if;
  end loop;
  if v_answers ? 'courses' and jsonb_typeof(v_answers -> 'courses') not in ('boolean', 'null') then
    perform app.fail('invalid_section', 'platform.answers.courses is true, false or null.');
  end if;
  if v_answers ? 'apps' and (
       jsonb_typeof(v_answers -> 'apps') <> 'array'
       or jsonb_array_length(v_answers -> 'apps') > 4
       or exists (select 1 from jsonb_array_elements(v_answers -> 'apps') as a(app)
                  where jsonb_typeof(a.app) <> 'string' or a.app #>> '{}' not in ('discord', 'telegram', 'whatsapp', 'slack'))) then
    perform app.fail('invalid_section', 'platform.answers.apps lists at most the four chat apps.');
  end if;
  if v_answers ? 'hoursPerWeek' and jsonb_typeof(v_answers -> 'hoursPerWeek') <> 'null' and (
       jsonb_typeof(v_answers -> 'hoursPerWeek') <> 'number'
       or (v_answers ->> 'hoursPerWeek')::numeric not between 0 and 80) then
    perform app.fail('invalid_section', 'platform.answers.hoursPerWeek is a number of hours from 0 to 80.');
  end if;
  if p_data ? 'choice' and jsonb_typeof(p_data -> 'choice') <> 'null' and (
       jsonb_typeof(p_data -> 'choice') <> 'string'
       or p_data ->> 'choice' not in ('discord', 'telegram', 'circle', 'mighty', 'whatsapp', 'skool', 'slack')) then
    perform app.fail('invalid_section', 'platform.choice is one of the seven platforms.');
  end if;
  if p_data ? 'reasons' and (
       jsonb_typeof(p_data -> 'reasons') <> 'array'
       or jsonb_array_length(p_data -> 'reasons') > 5
       or exists (select 1 from jsonb_array_elements(p_data -> 'reasons') as r(reason)
                  where jsonb_typeof(r.reason) <> 'object'
                     or jsonb_typeof(r.reason -> 'key') is distinct from 'string'
                     or r.reason ->> 'key' !~ '^[a-z_]{1,40}$'
                     or (r.reason ? 'params' and (jsonb_typeof(r.reason -> 'params') <> 'object'
                         or octet_length((r.reason -> 'params')::text) > 400)))) then
    perform app.fail('invalid_section', 'platform.reasons holds at most five reasons, each a key and its figures.');
  end if;
  foreach v_key in array array['score', 'rank'] loop
    if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'null' and (
         jsonb_typeof(p_data -> v_key) <> 'number'
         or (p_data ->> v_key)::numeric <> trunc((p_data ->> v_key)::numeric)
         or (p_data ->> v_key)::numeric not between (case v_key when 'score' then 0 else 1 end) and (case v_key when 'score' then 100 else 7 end)) then
      perform app.fail('invalid_section', format('platform.%s is out of range.', v_key));
    end if;
  end loop;
  if p_data ? 'note' and (jsonb_typeof(p_data -> 'note') <> 'string' or char_length(p_data ->> 'note') > 500) then
    perform app.fail('invalid_section', 'platform.note is text of at most 500 characters.');
  end if;
end;
$$;

grant execute on function app.check_platform_section(jsonb) to authenticated;

-- The rituals (step 4), as in src/domain/ritual-section.ts. Drafts are saved as the creator
-- types: a ritual may still lack its day (weekday null), and the schedule says so; what is stored
-- is always well-typed and bounded.
create or replace function app.check_rituals_section(p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_item jsonb;
begin
  if p_data ? 'startDate' and jsonb_typeof(p_data -> 'startDate') <> 'null' then
    if jsonb_typeof(p_data -> 'startDate') <> 'string' or app.as_calendar_date(p_data ->> 'startDate') is null then
      perform app.fail('invalid_section', 'rituals.startDate is a day of the calendar written YYYY-MM-DD.');
    end if;
    if substr(p_data ->> 'startDate', 1, 4)::int not between 1900 and 2999 then
      perform app.fail('invalid_section', 'rituals.startDate is out of range.');
    end if;
  end if;
  if p_data ? 'timeZone' and (
       jsonb_typeof(p_data -> 'timeZone') <> 'string'
       or not app.is_time_zone_name(p_data ->> 'timeZone')) then
    perform app.fail('invalid_section', 'rituals.timeZone is an IANA time zone name.');
  end if;
  if p_data ? 'items' then
    if jsonb_typeof(p_data -> 'items') <> 'array' then
      perform app.fail('invalid_section', 'rituals.items is a list.');
    end if;
    if jsonb_array_length(p_data -> 'items') > 50 then
      perform app.fail('invalid_section', 'A plan holds at most 50 rituals.');
    end if;
    for v_item in select value from jsonb_array_elements(p_data -> 'items') loop
      if jsonb_typeof(v_item) <> 'object'
         or jsonb_typeof(v_item -> 'id') is distinct from 'string' or not app.is_local_id(v_item ->> 'id')
         or jsonb_typeof(v_item -> 'preset') is distinct from 'string'
         or v_item ->> 'preset' not in ('weekly_live', 'monthly_challenge', 'quarterly_event', 'hot_seat', 'custom')
         or jsonb_typeof(v_item -> 'name') is distinct from 'string' or char_length(v_item ->> 'name') > 80
         or (v_item ? 'description' and (jsonb_typeof(v_item -> 'description') <> 'string' or char_length(v_item ->> 'description') > 300))
         or jsonb_typeof(v_item -> 'frequency') is distinct from 'string'
         or v_item ->> 'frequency' not in ('weekly', 'monthly', 'quarterly')
         or (jsonb_typeof(v_item -> 'weekday') is distinct from 'null'
             and (jsonb_typeof(v_item -> 'weekday') is distinct from 'string' or v_item ->> 'weekday' not in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')))
         or (jsonb_typeof(v_item -> 'nth') is distinct from 'null'
             and (jsonb_typeof(v_item -> 'nth') is distinct from 'number' or v_item ->> 'nth' not in ('1', '2', '3', '4', '5', '-1')))
         or jsonb_typeof(v_item -> 'time') is distinct from 'string' or v_item ->> 'time' !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
         or jsonb_typeof(v_item -> 'durationMinutes') is distinct from 'number'
         or (v_item ->> 'durationMinutes')::numeric <> trunc((v_item ->> 'durationMinutes')::numeric)
         or (v_item ->> 'durationMinutes')::numeric not between 5 and 720
         or (v_item ? 'sequence' and (jsonb_typeof(v_item -> 'sequence') <> 'number'
             or (v_item ->> 'sequence')::numeric <> trunc((v_item ->> 'sequence')::numeric)
             or (v_item ->> 'sequence')::numeric not between 0 and 1000000)) then
        perform app.fail('invalid_section', 'Each ritual has an id, a preset, a name (80 characters at most), a description (300 at most), a cadence (weekly, monthly or quarterly, a weekday, an nth from 1 to 5 or -1), a time HH:MM and a duration from 5 to 720 minutes.');
      end if;
    end loop;
    if (select count(distinct value ->> 'id') from jsonb_array_elements(p_data -> 'items')) <> jsonb_array_length(p_data -> 'items') then
      perform app.fail('invalid_section', 'Two rituals share an id.');
    end if;
  end if;
end;
$$;

grant execute on function app.check_rituals_section(jsonb) to authenticated;

-- The launch (step 5). Check-ins are rows of their own (the check-ins area), not here.
create or replace function app.check_launch_section(p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_key text;
  v_type text;
  v_member jsonb;
begin
  if p_data is null or jsonb_typeof(p_data) <> 'object' then
    perform app.fail('invalid_section', 'The launch section is a JSON object.');
  end if;

  if p_data ? 'offerType' and jsonb_typeof(p_data -> 'offerType') <> 'null' and (
       jsonb_typeof(p_data -> 'offerType') <> 'string'
       or p_data ->> 'offerType' not in ('programme', 'course', 'subscription', 'paid_group')) then
    perform app.fail('invalid_section', 'launch.offerType is programme, course, subscription or paid_group.');
  end if;
  if p_data ? 'currency' and (
       jsonb_typeof(p_data -> 'currency') <> 'string'
       or p_data ->> 'currency' not in ('EUR', 'USD', 'GBP', 'CAD', 'CHF')) then
    perform app.fail('invalid_section', 'launch.currency is EUR, USD, GBP, CAD or CHF.');
  end if;

  -- Numbers, null allowed: {key, min, max, whole}.
  foreach v_key in array array['price', 'conversionRate', 'hoursBudget', 'targetSize', 'activeRateTarget', 'cellSize'] loop
    v_type := jsonb_typeof(p_data -> v_key);
    if v_type is not null and v_type <> 'null' and (
         v_type <> 'number'
         or (p_data ->> v_key)::numeric < case v_key when 'targetSize' then 1 when 'cellSize' then 150 else 0 end
         or (p_data ->> v_key)::numeric > case v_key
              when 'price' then 100000 when 'hoursBudget' then 80 when 'targetSize' then 100000
              when 'cellSize' then 500 else 1 end
         or (v_key in ('targetSize', 'cellSize') and (p_data ->> v_key)::numeric <> trunc((p_data ->> v_key)::numeric))) then
      perform app.fail('invalid_section', format('launch.%s is out of range.', v_key));
    end if;
  end loop;

  if p_data ? 'usesBots' and jsonb_typeof(p_data -> 'usesBots') not in ('boolean', 'null') then
    perform app.fail('invalid_section', 'launch.usesBots is true, false or null.');
  end if;

  if p_data ? 'paidStartDate' and jsonb_typeof(p_data -> 'paidStartDate') <> 'null' then
    if jsonb_typeof(p_data -> 'paidStartDate') <> 'string' or app.as_calendar_date(p_data ->> 'paidStartDate') is null then
      perform app.fail('invalid_section', 'launch.paidStartDate is a day of the calendar written YYYY-MM-DD.');
    end if;
  end if;

  if p_data ? 'members' then
    if jsonb_typeof(p_data -> 'members') <> 'array' then
      perform app.fail('invalid_section', 'launch.members is a list.');
    end if;
    if jsonb_array_length(p_data -> 'members') > 150 then
      perform app.fail('invalid_section', 'The member list holds at most 150 people.');
    end if;
    for v_member in select value from jsonb_array_elements(p_data -> 'members') loop
      if jsonb_typeof(v_member) <> 'object'
         or jsonb_typeof(v_member -> 'id') is distinct from 'string' or not app.is_local_id(v_member ->> 'id')
         or jsonb_typeof(v_member -> 'name') is distinct from 'string' or char_length(v_member ->> 'name') > 80
         or jsonb_typeof(v_member -> 'level') is distinct from 'string'
         or v_member ->> 'level' not in ('exploring', 'participating', 'contributing', 'leading') then
        perform app.fail('invalid_section', 'Each member has an id, a name of at most 80 characters and a level: exploring, participating, contributing or leading.');
      end if;
    end loop;
    if (select count(distinct value ->> 'id') from jsonb_array_elements(p_data -> 'members')) <> jsonb_array_length(p_data -> 'members') then
      perform app.fail('invalid_section', 'Two members share an id.');
    end if;
  end if;
end;
$$;

grant execute on function app.check_launch_section(jsonb) to authenticated;

-- The dispatcher save_plan_section calls. The summary (step 6) stores nothing of its own yet.
create or replace function app.check_plan_section(p_section text, p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  case p_section
    when 'niche' then perform app.check_niche_section(p_data);
    when 'survey' then perform app.check_survey_section(p_data);
    when 'platform' then perform app.check_platform_section(p_data);
    when 'rituals' then perform app.check_rituals_section(p_data);
    when 'launch' then perform app.check_launch_section(p_data);
    else null;
  end case;
end;
$$;

grant execute on function app.check_plan_section(text, jsonb) to authenticated;

-- What get_my_plan returns: the caller's plan, every field null before the first save (a
-- function returning one record answers with one, as PostgREST and the embedded adapter show it).
create type public.my_plan as (id uuid, sections jsonb, updated_at timestamptz);

-- get_my_plan: the caller's plan as {id, sections, updated_at}.
create or replace function public.get_my_plan()
returns public.my_plan
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return (select row(p.id, p.sections, p.updated_at)::public.my_plan from app.plans p where p.owner_id = v_uid);
end;
$$;

-- What public.save_plan_section returns (typed, for the generated types).
create type public.saved_plan as (id uuid, updated_at timestamptz);

-- save_plan_section: one section, measured as received, checked, then merged into the plan.
create or replace function public.save_plan_section(p_section text, p_data jsonb)
returns public.saved_plan
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan app.plans;
  v_problem text;
  v_survey_id uuid;
begin
  if p_section is null or p_section not in ('niche', 'survey', 'platform', 'rituals', 'launch', 'summary') then
    perform app.fail('invalid_section', 'Unknown plan section.');
  end if;
  if p_data is null or jsonb_typeof(p_data) <> 'object' then
    perform app.fail('invalid_section', 'A plan section is a JSON object.');
  end if;
  if pg_column_size(p_data) > 32768 then
    perform app.fail('section_too_large', 'A plan section holds at most 32 KB.');
  end if;
  -- Sections are a few levels deep (rituals: section, list, ritual, params, value).
  v_problem := app.json_input_problem(p_data, 32768, 12);
  if v_problem is not null then
    perform app.fail('invalid_section', v_problem);
  end if;
  perform app.check_plan_section(p_section, p_data);
  -- The survey section names the survey the plan relies on: the plan keeps it as a foreign key
  -- when it is one of the caller's surveys (an id the caller cannot use is kept as sent, and
  -- relates to nothing).
  if p_section = 'survey' then
    select s.id into v_survey_id from app.surveys s where s.id = (p_data ->> 'surveyId')::uuid and s.owner_id = v_uid;
  end if;

  insert into app.plans (owner_id, sections, survey_id)
  values (v_uid, jsonb_build_object(p_section, p_data), v_survey_id)
  on conflict (owner_id) do update
    set sections = app.plans.sections || jsonb_build_object(p_section, p_data),
        survey_id = case when p_section = 'survey' then excluded.survey_id else app.plans.survey_id end
  returning * into v_plan;

  return (v_plan.id, v_plan.updated_at)::public.saved_plan;
end;
$$;

revoke execute on function public.get_my_plan() from public, anon;
revoke execute on function public.save_plan_section(text, jsonb) from public, anon;
grant execute on function public.get_my_plan() to authenticated;
grant execute on function public.save_plan_section(text, jsonb) to authenticated;
