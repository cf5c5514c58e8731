-- Coach review, the tables: a creator invites a coach with a single-use code
-- (app.coach_invitations); the coach who accepts it is linked to the plan (app.coach_links) and,
-- while the link is active, reads the plan, the survey it relies on and its check-ins, comments
-- section by section (app.plan_comments) and gives the plan a status (app.plan_reviews).
-- Revoking a link takes effect at the next statement: every policy below asks for an active
-- link (revoked_at is null), so nothing is cached anywhere.
--
-- Anonymous users (Supabase's anonymous sign-ins: claim is_anonymous) never act as coaches:
-- their links are invisible to them, and accept_coach_invitation refuses them.

-- ── helpers used by the policies ─────────────────────────────────────────────

-- Whether the request comes from an anonymous sign-in. A token without the claim (older
-- Supabase tokens, the pgTAP tests) is a signed-in user's.
create or replace function app.is_anonymous()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce((auth.jwt() ->> 'is_anonymous')::boolean, false)
$$;

grant execute on function app.is_anonymous() to authenticated;

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


-- ── invitations ──────────────────────────────────────────────────────────────

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


-- ── the survey a plan relies on belongs to the plan ──────────────────────────

-- The survey step records the chosen survey in the plan (sections.survey.surveyId); this
-- attaches that survey to the plan (app.surveys.plan_id), so that "the plan's surveys" is a
-- plain, indexed column for the coaches' policy below. Only a survey of the plan's own owner,
-- only while it is attached to no plan (one plan per owner: it can only be this one). Security
-- invoker: the owner's own update policy on app.surveys applies.
create or replace function app.attach_plan_survey()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_text text := new.sections -> 'survey' ->> 'surveyId';
begin
  if v_text ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' then
    update app.surveys s
       set plan_id = new.id
     where s.id = v_text::uuid and s.owner_id = new.owner_id and s.plan_id is null;
  end if;
  return null;
end;
$$;

grant execute on function app.attach_plan_survey() to authenticated;

create trigger plans_attach_survey
  after insert or update of sections on app.plans
  for each row execute function app.attach_plan_survey();

-- Surveys chosen before this migration.
update app.surveys s
   set plan_id = p.id
  from app.plans p
 where s.plan_id is null and s.owner_id = p.owner_id and p.sections -> 'survey' ->> 'surveyId' = s.id::text;


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


-- ── what linked coaches may read elsewhere (read-only) ───────────────────────

create policy "Coaches can read the plans shared with them"
  on app.plans for select to authenticated
  using (id = any (array(select app.coached_plan_ids())));

-- Questions, responses and answers follow: their policies read the surveys visible here. The
-- waiting list does not (its policy asks for the survey's owner): emails stay with the creator.
create policy "Coaches can read the surveys of plans shared with them"
  on app.surveys for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())));

create policy "Coaches can read the check-ins of plans shared with them"
  on app.checkins for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())));

create policy "Users can read the profiles of their coaches and clients"
  on app.profiles for select to authenticated
  using (id = any (array(select app.linked_user_ids())));
