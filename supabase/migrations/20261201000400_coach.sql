-- Coach review: comments section by section (app.plan_comments), a status per plan and coach
-- (app.plan_reviews), and the API. Who a plan is shared with (invitations, links) is in
-- profiles and plans, since every area's policies read it.
-- The creator: create_coach_invitation, revoke_coach_invitation, list_my_coach_access,
-- revoke_coach, get_my_plan_review. The coach: accept_coach_invitation, list_coach_plans,
-- get_coach_plan, set_plan_review. Both: add_plan_comment.
-- All security invoker: RLS decides. An invitee reaches the invitation (and may link themself to
-- its plan) by presenting its code: see app.presented_invitation_hash.

-- The sections a plan is commented on: the wizard's steps, the summary standing for the whole plan.
create or replace function app.plan_comment_sections()
returns text[]
language sql
immutable
set search_path = ''
as $$
  select array['niche', 'survey', 'platform', 'rituals', 'launch', 'summary']
$$;

grant execute on function app.plan_comment_sections() to authenticated;


-- ── comments, section by section ─────────────────────────────────────────────

create table app.plan_comments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references app.plans (id) on delete cascade,
  author_id uuid not null references auth.users (id) on delete cascade,
  section text not null check (section = any (app.plan_comment_sections())),
  -- A reply points at the first comment of its thread (one level of threading).
  parent_id uuid references app.plan_comments (id) on delete cascade,
  -- Plain text, shown as text: never HTML.
  body text not null check (char_length(body) between 1 and 4000 and btrim(body) <> ''),
  created_at timestamptz not null default now()
);

create index plan_comments_plan_id_idx on app.plan_comments (plan_id, created_at);
create index plan_comments_parent_id_idx on app.plan_comments (parent_id) where parent_id is not null;
create index plan_comments_author_id_idx on app.plan_comments (author_id);

-- Comments are neither edited nor deleted: a thread reads the same for both sides.
grant select on app.plan_comments to authenticated;
grant insert (plan_id, author_id, section, parent_id, body) on app.plan_comments to authenticated;

alter table app.plan_comments enable row level security;

create policy "Owners and their coaches can read the comments on a plan"
  on app.plan_comments for select to authenticated
  using (
    plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
    or plan_id = any (array(select app.coached_plan_ids()))
  );

create policy "Owners and their coaches can comment on a plan, as themselves"
  on app.plan_comments for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and (
      plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
      or plan_id = any (array(select app.coached_plan_ids()))
    )
  );


-- ── review status, one per plan and coach ────────────────────────────────────

create table app.plan_reviews (
  plan_id uuid not null references app.plans (id) on delete cascade,
  coach_id uuid not null references auth.users (id) on delete cascade,
  status text not null check (status in ('needs_work', 'approved')),
  updated_at timestamptz not null default now(),
  primary key (plan_id, coach_id)
);

create index plan_reviews_coach_id_idx on app.plan_reviews (coach_id);

grant select on app.plan_reviews to authenticated;
grant insert (plan_id, coach_id, status) on app.plan_reviews to authenticated;
grant update (status, updated_at) on app.plan_reviews to authenticated;

alter table app.plan_reviews enable row level security;

create trigger plan_reviews_touch_updated_at
  before update on app.plan_reviews
  for each row execute function app.touch_updated_at();

create policy "Owners and their coaches can read the reviews of a plan"
  on app.plan_reviews for select to authenticated
  using (
    plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
    or plan_id = any (array(select app.coached_plan_ids()))
  );

create policy "Coaches can review the plans shared with them, as themselves"
  on app.plan_reviews for insert to authenticated
  with check (coach_id = (select auth.uid()) and plan_id = any (array(select app.coached_plan_ids())));

create policy "Coaches can change their review while the plan is shared"
  on app.plan_reviews for update to authenticated
  using (coach_id = (select auth.uid()) and plan_id = any (array(select app.coached_plan_ids())))
  with check (coach_id = (select auth.uid()) and plan_id = any (array(select app.coached_plan_ids())));

-- ── invitation codes ─────────────────────────────────────────────────────────

-- 32 characters of Crockford's base32 (5 random bits each: 160 bits) from the random bytes of
-- three v4 uuids (the version and variant bytes left out), in groups of four: XXXX-XXXX-…
create or replace function app.new_invitation_code()
returns text
language sql
volatile
set search_path = ''
as $$
  select string_agg(
           substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(r.b, u.i) & 31) + 1, 1)
             || case when u.o % 4 = 0 and u.o < 32 then '-' else '' end,
           '' order by u.o)
    from (select uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) as b) r
         cross join unnest(array[0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15,
                                 16, 17, 18, 19, 20, 21, 23, 25, 26, 27, 28, 29, 30, 31,
                                 32, 33, 34, 35]) with ordinality as u(i, o)
$$;

-- The stored form of a code: sha256 of its 32 characters once spaces and dashes are dropped,
-- letters upper-cased and the look-alikes read as Crockford does (I, L → 1; O → 0). Null for
-- anything that cannot be a code, so a malformed one is simply not found.
create or replace function app.invitation_hash(p_code text)
returns bytea
language sql
immutable
set search_path = ''
as $$
  select case when c ~ '^[0-9A-HJKMNP-TV-Z]{32}$' then sha256(convert_to(c, 'UTF8')) end
    from (select translate(upper(regexp_replace(left(coalesce(p_code, ''), 200), '[\s-]', '', 'g')), 'ILO', '110') as c) x
$$;

-- What the functions of this file return, as types, so that database.types.ts describes them.
create type public.coach_invitation as (
  id uuid, created_at timestamptz, expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz,
  status text
);
-- The same with its code, in create_coach_invitation's answer only: the code is shown once.
create type public.created_invitation as (
  id uuid, created_at timestamptz, expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz,
  status text, code text
);
create type public.review_mark as (status text, updated_at timestamptz);
create type public.plan_coach as (
  id uuid, coach_id uuid, display_name text, since timestamptz, revoked_at timestamptz, review public.review_mark
);
create type public.my_coach_access as (
  plan_id uuid, invitations public.coach_invitation[], coaches public.plan_coach[]
);
create type public.comment_author as (id uuid, display_name text, role text);
create type public.plan_comment as (
  id uuid, section text, parent_id uuid, body text, created_at timestamptz, author public.comment_author
);
create type public.coach_review as (
  coach_id uuid, display_name text, status text, updated_at timestamptz, active boolean
);
create type public.my_plan_review as (
  plan_id uuid, comments public.plan_comment[], reviews public.coach_review[]
);
create type public.plan_client as (id uuid, display_name text);
-- A plan's survey as its coach sees it: the test card (hypothesis, the threshold's progress)
-- and the stored counts.
create type public.plan_survey as (
  id uuid, title text, hypothesis text, status text, responses integer, threshold public.threshold_progress,
  evidence text
);
create type public.coach_plan_item as (
  plan_id uuid, client public.plan_client, sections jsonb, shared_at timestamptz, last_activity timestamptz,
  survey public.plan_survey, comment_count integer, review public.review_mark
);
create type public.coach_plan as (
  plan_id uuid, client public.plan_client, sections jsonb, updated_at timestamptz, shared_at timestamptz,
  survey public.plan_survey, checkins public.checkin[], comments public.plan_comment[], reviews public.coach_review[]
);

-- An invitation as its creator sees it.
create or replace function app.invitation_row(
  p_id uuid, p_created_at timestamptz, p_expires_at timestamptz, p_accepted_at timestamptz, p_revoked_at timestamptz
)
returns public.coach_invitation
language sql
stable
set search_path = ''
as $$
  select row(p_id, p_created_at, p_expires_at, p_accepted_at, p_revoked_at,
             case when p_revoked_at is not null then 'revoked'
                  when p_accepted_at is not null then 'accepted'
                  when p_expires_at <= now() then 'expired'
                  else 'pending' end)::public.coach_invitation
$$;

grant execute on function app.new_invitation_code() to authenticated;
grant execute on function app.invitation_hash(text) to authenticated;
grant execute on function app.invitation_row(uuid, timestamptz, timestamptz, timestamptz, timestamptz) to authenticated;


-- ── shared pieces ────────────────────────────────────────────────────────────

create or replace function app.display_name(p_user_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select p.display_name from app.profiles p where p.id = p_user_id), '')
$$;

-- A comment with its author's name and side.
create or replace function app.plan_comment_row(p_comment app.plan_comments, p_owner_id uuid)
returns public.plan_comment
language sql
stable
set search_path = ''
as $$
  select row(p_comment.id, p_comment.section, p_comment.parent_id, p_comment.body, p_comment.created_at,
             row(p_comment.author_id, app.display_name(p_comment.author_id),
                 case when p_comment.author_id = p_owner_id then 'owner' else 'coach' end)::public.comment_author
         )::public.plan_comment
$$;

-- Every comment on a plan, oldest first.
create or replace function app.plan_comment_list(p_plan_id uuid)
returns public.plan_comment[]
language sql
stable
set search_path = ''
as $$
  select coalesce(array_agg(app.plan_comment_row(c, p.owner_id) order by c.created_at, c.id), '{}')
    from app.plan_comments c
         join app.plans p on p.id = c.plan_id
   where c.plan_id = p_plan_id
$$;

create or replace function app.plan_review_list(p_plan_id uuid)
returns public.coach_review[]
language sql
stable
set search_path = ''
as $$
  select coalesce(
           array_agg(
             row(r.coach_id, app.display_name(r.coach_id), r.status, r.updated_at,
                 exists (select 1 from app.coach_links l
                          where l.plan_id = r.plan_id and l.coach_id = r.coach_id and l.revoked_at is null)
             )::public.coach_review
             order by r.updated_at desc),
           '{}')
    from app.plan_reviews r
   where r.plan_id = p_plan_id
$$;

-- The caller's active link to a plan, or the reason they have none: plan_not_found (never
-- shared with them, or no such plan) or coach_access_revoked.
create or replace function app.require_coach_link(p_plan_id uuid)
returns app.coach_links
language plpgsql
stable
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_link app.coach_links;
begin
  -- The active link, else the latest revoked one.
  select l.* into v_link
    from app.coach_links l
   where l.plan_id = p_plan_id and l.coach_id = v_uid
   order by l.revoked_at is null desc, l.created_at desc
   limit 1;
  if v_link.id is null then
    perform app.fail('plan_not_found', 'No plan with this id is shared with you.');
  end if;
  if v_link.revoked_at is not null then
    perform app.fail('coach_access_revoked', 'The creator of this plan no longer shares it with you.');
  end if;
  return v_link;
end;
$$;

-- The surveys plans rely on (app.plans.survey_id, always their owner's), those the caller can
-- read, with their threshold's progress. Stored counts, not results, asked once for all the
-- plans of a list.
create or replace function app.plan_survey_list(p_survey_ids uuid[])
returns table (survey_id uuid, survey public.plan_survey)
language sql
stable
set search_path = ''
as $$
  select s.id,
         row(s.id, s.title, s.hypothesis, app.survey_status(s.status, s.closes_at, s.max_responses, g.responses),
             g.responses, g.threshold, app.threshold_evidence(g.threshold))::public.plan_survey
    from app.survey_progress(p_survey_ids) g
         join app.surveys s on s.id = g.survey_id
$$;

grant execute on function app.display_name(uuid) to authenticated;
grant execute on function app.plan_comment_row(app.plan_comments, uuid) to authenticated;
grant execute on function app.plan_comment_list(uuid) to authenticated;
grant execute on function app.plan_review_list(uuid) to authenticated;
grant execute on function app.require_coach_link(uuid) to authenticated;
grant execute on function app.plan_survey_list(uuid[]) to authenticated;


-- ── the creator's side ───────────────────────────────────────────────────────

-- create_coach_invitation: a new single-use code for the caller's plan (created if need be),
-- valid 7 days. The code is in this answer only. At most 10 invitations wait at once.
create or replace function public.create_coach_invitation()
returns public.created_invitation
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan_id uuid;
  v_code text := app.new_invitation_code();
  v_id uuid;
  v_created_at timestamptz;
  v_expires_at timestamptz;
begin
  insert into app.plans (owner_id) values (v_uid) on conflict (owner_id) do nothing;
  select p.id into v_plan_id from app.plans p where p.owner_id = v_uid;

  if (select count(*) from app.coach_invitations i
       where i.owner_id = v_uid and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()) >= 10 then
    perform app.fail('invitation_limit', 'Ten invitations are already waiting: revoke one before making another.');
  end if;

  insert into app.coach_invitations (plan_id, owner_id, code_hash, expires_at)
  values (v_plan_id, v_uid, app.invitation_hash(v_code), now() + interval '7 days')
  returning id, created_at, expires_at into v_id, v_created_at, v_expires_at;

  return (select row(i.id, i.created_at, i.expires_at, i.accepted_at, i.revoked_at, i.status, v_code)::public.created_invitation
            from app.invitation_row(v_id, v_created_at, v_expires_at, null, null) i);
end;
$$;

-- revoke_coach_invitation: the code stops working. An invitation already accepted or revoked,
-- or not the caller's, is invitation_invalid.
create or replace function public.revoke_coach_invitation(p_invitation_id uuid)
returns public.coach_invitation
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_row record;
begin
  update app.coach_invitations i
     set revoked_at = now()
   where i.id = p_invitation_id and i.owner_id = v_uid and i.accepted_at is null and i.revoked_at is null
  returning i.id, i.created_at, i.expires_at, i.accepted_at, i.revoked_at into v_row;
  if v_row.id is null then
    perform app.fail('invitation_invalid', 'There is no waiting invitation of yours with this id.');
  end if;
  return app.invitation_row(v_row.id, v_row.created_at, v_row.expires_at, v_row.accepted_at, v_row.revoked_at);
end;
$$;

-- list_my_coach_access: the caller's invitations (newest first) and the coaches of their plan,
-- those whose access was revoked included.
create or replace function public.list_my_coach_access()
returns public.my_coach_access
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return row(
    (select p.id from app.plans p where p.owner_id = v_uid),
    (select coalesce(array_agg(app.invitation_row(i.id, i.created_at, i.expires_at, i.accepted_at, i.revoked_at)
                               order by i.created_at desc, i.id), '{}')
       from app.coach_invitations i
      where i.owner_id = v_uid),
    -- Each coach once: their active link, else their latest revoked one.
    (select coalesce(array_agg(
              row(l.id, l.coach_id, app.display_name(l.coach_id), l.created_at, l.revoked_at,
                  (select row(r.status, r.updated_at)::public.review_mark
                     from app.plan_reviews r where r.plan_id = l.plan_id and r.coach_id = l.coach_id)
              )::public.plan_coach
              order by l.revoked_at is not null, l.created_at desc), '{}')
       from (select distinct on (x.coach_id) x.*
               from app.coach_links x
              where x.owner_id = v_uid
              order by x.coach_id, x.revoked_at is null desc, x.created_at desc) l)
  )::public.my_coach_access;
end;
$$;

-- What public.revoke_coach returns (typed, for the generated types).
create type public.revoked_coach as (id uuid, coach_id uuid, revoked_at timestamptz);

-- revoke_coach: removes a coach's access to the caller's plan, from their next call on.
-- Revoking twice changes nothing.
create or replace function public.revoke_coach(p_link_id uuid)
returns public.revoked_coach
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_link app.coach_links;
begin
  update app.coach_links l
     set revoked_at = coalesce(l.revoked_at, now())
   where l.id = p_link_id and l.owner_id = v_uid
  returning l.* into v_link;
  if v_link.id is null then
    perform app.fail('coach_link_not_found', 'No coach of yours has this id.');
  end if;
  return (v_link.id, v_link.coach_id, v_link.revoked_at)::public.revoked_coach;
end;
$$;

-- get_my_plan_review: the comments on the caller's plan and the status each coach gave it,
-- for the wizard; before the plan exists, no plan_id and nothing in either list.
create or replace function public.get_my_plan_review()
returns public.my_plan_review
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan_id uuid;
begin
  select p.id into v_plan_id from app.plans p where p.owner_id = v_uid;
  return row(v_plan_id, app.plan_comment_list(v_plan_id), app.plan_review_list(v_plan_id))::public.my_plan_review;
end;
$$;


-- ── the coach's side ─────────────────────────────────────────────────────────

-- What public.accept_coach_invitation returns (typed, for the generated types).
create type public.accepted_invitation as (plan_id uuid, link_id uuid);

-- accept_coach_invitation: links the caller, a coach signed in with an account, to the plan of
-- the invitation, and uses the invitation up. Unknown, used, expired and revoked codes give the
-- same answer (invitation_invalid), so a guess learns nothing; the creator's own code is
-- invitation_own and stays usable. Security invoker: presenting the code (its hash, for this
-- transaction only) is what lets the caller read, accept and link through that one invitation.
create or replace function public.accept_coach_invitation(p_code text)
returns public.accepted_invitation
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_hash bytea := app.invitation_hash(p_code);
  v_invitation_id uuid;
  v_plan_id uuid;
  v_owner_id uuid;
  v_link_id uuid;
begin
  if app.is_anonymous() then
    perform app.fail('coach_needs_email', 'Coaches sign in with an email address: a guest account cannot follow clients.');
  end if;
  if not exists (select 1 from app.profiles p where p.id = v_uid and 'coach' = any (p.roles)) then
    perform app.fail('not_a_coach', 'Turn on the coach role in your profile before accepting an invitation.');
  end if;

  perform set_config('noyau.invitation_hash', coalesce(encode(v_hash, 'hex'), ''), true);
  -- Locked: of two people accepting the same code at once, the second finds it used.
  select i.id, i.plan_id, i.owner_id into v_invitation_id, v_plan_id, v_owner_id
    from app.coach_invitations i
   where i.code_hash = v_hash
     and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
     for update;
  if v_invitation_id is null then
    perform app.fail('invitation_invalid', 'This invitation code is unknown, already used, expired or revoked.');
  end if;
  if v_owner_id = v_uid then
    perform app.fail('invitation_own', 'This invitation is yours: send it to your coach.');
  end if;

  update app.coach_invitations i set accepted_at = now(), accepted_by = v_uid where i.id = v_invitation_id;
  -- Already coaching this plan: the invitation is used up, the link stays as it is.
  insert into app.coach_links (plan_id, owner_id, coach_id, invitation_id)
  values (v_plan_id, v_owner_id, v_uid, v_invitation_id)
  on conflict (plan_id, coach_id) where revoked_at is null do nothing
  returning id into v_link_id;
  perform set_config('noyau.invitation_hash', '', true);

  if v_link_id is null then
    select l.id into v_link_id from app.coach_links l
     where l.plan_id = v_plan_id and l.coach_id = v_uid and l.revoked_at is null;
  end if;
  return (v_plan_id, v_link_id)::public.accepted_invitation;
end;
$$;

-- list_coach_plans: the plans shared with the caller now, most recent activity first: the
-- client, the plan's sections (progress is computed in the browser by the wizard's own rules),
-- the survey's figures, the caller's review, and when the client last did something.
create or replace function public.list_coach_plans()
returns setof public.coach_plan_item
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  -- Set-based: each access rule is evaluated once for the whole list, not once per client.
  return query
    with shared as materialized (
      select p.id as plan_id, p.owner_id, p.sections, p.updated_at, p.survey_id, l.created_at as shared_at
        from app.coach_links l
             join app.plans p on p.id = l.plan_id
       where l.coach_id = v_uid and l.revoked_at is null
    ),
    surveys as materialized (
      select x.survey_id, x.survey
        from app.plan_survey_list(array(select sh.survey_id from shared sh where sh.survey_id is not null)) x
    )
    select sh.plan_id,
           row(sh.owner_id, app.display_name(sh.owner_id))::public.plan_client,
           sh.sections, sh.shared_at, a.last_activity, sv.survey,
           (select count(*)::integer from app.plan_comments c where c.plan_id = sh.plan_id),
           (select row(r.status, r.updated_at)::public.review_mark
              from app.plan_reviews r where r.plan_id = sh.plan_id and r.coach_id = v_uid)
      from shared sh
           left join surveys sv on sv.survey_id = sh.survey_id
           cross join lateral (
             select greatest(
                      sh.updated_at,
                      (select max(c.updated_at) from app.checkins c where c.plan_id = sh.plan_id),
                      (select max(m.created_at) from app.plan_comments m
                        where m.plan_id = sh.plan_id and m.author_id = sh.owner_id)) as last_activity
           ) a
     order by a.last_activity desc, sh.plan_id;
end;
$$;

-- get_coach_plan: one shared plan, read-only: sections, survey, check-ins, comments, reviews.
create or replace function public.get_coach_plan(p_plan_id uuid)
returns public.coach_plan
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_link app.coach_links := app.require_coach_link(p_plan_id);
  v_plan app.plans;
begin
  select p.* into v_plan from app.plans p where p.id = v_link.plan_id;
  return row(
    v_plan.id,
    row(v_plan.owner_id, app.display_name(v_plan.owner_id))::public.plan_client,
    v_plan.sections,
    v_plan.updated_at,
    v_link.created_at,
    (select x.survey from app.plan_survey_list(array[v_plan.survey_id]) x),
    (select coalesce(array_agg(app.checkin_row(c) order by c.week_start), '{}') from app.checkins c where c.plan_id = v_plan.id),
    app.plan_comment_list(v_plan.id),
    app.plan_review_list(v_plan.id))::public.coach_plan;
end;
$$;

-- What public.set_plan_review returns (typed, for the generated types).
create type public.plan_review as (plan_id uuid, status text, updated_at timestamptz);

-- set_plan_review: the caller's status for a shared plan, "needs_work" or "approved", dated now.
create or replace function public.set_plan_review(p_plan_id uuid, p_status text)
returns public.plan_review
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_link app.coach_links := app.require_coach_link(p_plan_id);
  v_status text;
  v_updated_at timestamptz;
begin
  if p_status is null or p_status not in ('needs_work', 'approved') then
    perform app.fail('invalid_review', 'A review status is "needs_work" or "approved".');
  end if;
  insert into app.plan_reviews as r (plan_id, coach_id, status)
  values (v_link.plan_id, v_link.coach_id, p_status)
  on conflict (plan_id, coach_id) do update set status = excluded.status, updated_at = now()
  returning r.status, r.updated_at into v_status, v_updated_at;
  return (v_link.plan_id, v_status, v_updated_at)::public.plan_review;
end;
$$;


-- ── both sides ───────────────────────────────────────────────────────────────

-- add_plan_comment: a comment on one section of a plan, by its owner or by a coach it is shared
-- with; p_parent_id makes it a reply in that comment's thread (and its section).
create or replace function public.add_plan_comment(
  p_plan_id uuid, p_section text, p_body text, p_parent_id uuid default null
)
returns public.plan_comment
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_body text := btrim(coalesce(p_body, ''));
  v_section text := p_section;
  v_parent uuid;
  v_parent_plan uuid;
  v_parent_parent uuid;
  v_id uuid;
begin
  -- Access first: someone without access learns nothing about the plan or the thread.
  if not exists (select 1 from app.plans p where p.id = p_plan_id and p.owner_id = v_uid) then
    perform app.require_coach_link(p_plan_id);
  end if;

  if p_parent_id is not null then
    select c.id, c.plan_id, c.parent_id, c.section into v_parent, v_parent_plan, v_parent_parent, v_section
      from app.plan_comments c where c.id = p_parent_id;
    if v_parent is null or v_parent_plan <> p_plan_id then
      perform app.fail('invalid_comment', 'The comment replied to is not on this plan.');
    end if;
    -- Replies to a reply join the thread's first comment.
    v_parent := coalesce(v_parent_parent, v_parent);
  elsif v_section is null or not (v_section = any (app.plan_comment_sections())) then
    perform app.fail('invalid_comment', 'A comment is about niche, survey, platform, rituals, launch or summary.');
  end if;
  if v_body = '' then
    perform app.fail('invalid_comment', 'A comment needs some text.');
  end if;
  if char_length(v_body) > 4000 then
    perform app.fail('comment_too_long', 'A comment has at most 4,000 characters.');
  end if;

  insert into app.plan_comments (plan_id, author_id, section, parent_id, body)
  values (p_plan_id, v_uid, v_section, v_parent, v_body)
  returning id into v_id;

  return (select app.plan_comment_row(c, p.owner_id)
            from app.plan_comments c join app.plans p on p.id = c.plan_id
           where c.id = v_id);
end;
$$;


revoke execute on function public.create_coach_invitation() from public, anon;
revoke execute on function public.revoke_coach_invitation(uuid) from public, anon;
revoke execute on function public.list_my_coach_access() from public, anon;
revoke execute on function public.revoke_coach(uuid) from public, anon;
revoke execute on function public.get_my_plan_review() from public, anon;
revoke execute on function public.accept_coach_invitation(text) from public, anon;
revoke execute on function public.list_coach_plans() from public, anon;
revoke execute on function public.get_coach_plan(uuid) from public, anon;
revoke execute on function public.set_plan_review(uuid, text) from public, anon;
revoke execute on function public.add_plan_comment(uuid, text, text, uuid) from public, anon;

grant execute on function public.create_coach_invitation() to authenticated;
grant execute on function public.revoke_coach_invitation(uuid) to authenticated;
grant execute on function public.list_my_coach_access() to authenticated;
grant execute on function public.revoke_coach(uuid) to authenticated;
grant execute on function public.get_my_plan_review() to authenticated;
grant execute on function public.accept_coach_invitation(text) to authenticated;
grant execute on function public.list_coach_plans() to authenticated;
grant execute on function public.get_coach_plan(uuid) to authenticated;
grant execute on function public.set_plan_review(uuid, text) to authenticated;
grant execute on function public.add_plan_comment(uuid, text, text, uuid) to authenticated;
