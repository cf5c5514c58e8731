-- Coach review: comments section by section (app.plan_comments) in threads that either side
-- resolves (app.thread_resolutions), the versions a creator sends for review (app.plan_versions),
-- a status per plan and coach about one version (app.plan_reviews), an inbox for each side
-- (app.inbox_items), and the API. Who a plan is shared with (invitations, links) is in profiles
-- and plans, since every area's policies read it.
-- The creator: create_coach_invitation, revoke_coach_invitation, list_my_coach_access,
-- revoke_coach, get_my_plan_review, request_plan_review. The coach: accept_coach_invitation,
-- list_coach_plans, get_coach_plan, set_plan_review. Both: add_plan_comment,
-- set_thread_resolved, get_my_inbox, mark_inbox_read.
-- All security invoker: RLS decides. An invitee reaches the invitation (and may link themself to
-- its plan) by presenting its code: see app.presented_invitation_hash. The inbox is written by
-- triggers (security definer): a comment, a request or a decision reaches the other side's inbox.

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
  -- The plan's version under review when the comment was written (null before any request).
  version integer check (version > 0),
  created_at timestamptz not null default now(),
  -- What a thread's resolution points at: a comment of this plan (app.thread_resolutions).
  unique (id, plan_id)
);

create index plan_comments_plan_id_idx on app.plan_comments (plan_id, created_at);
create index plan_comments_parent_id_idx on app.plan_comments (parent_id) where parent_id is not null;
create index plan_comments_author_id_idx on app.plan_comments (author_id);

-- Comments are neither edited nor deleted: a thread reads the same for both sides.
grant select on app.plan_comments to authenticated;
grant insert (plan_id, author_id, section, parent_id, body, version) on app.plan_comments to authenticated;

alter table app.plan_comments enable row level security;

create policy "Owners and their coaches can read the comments on a plan"
  on app.plan_comments for select to authenticated
  using (plan_id = any (array(select app.own_or_coached_plan_ids())));

create policy "Owners and their coaches can comment on a plan, as themselves"
  on app.plan_comments for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and plan_id = any (array(select app.own_or_coached_plan_ids()))
  );


-- ── review status, one per plan and coach ────────────────────────────────────

create table app.plan_reviews (
  plan_id uuid not null references app.plans (id) on delete cascade,
  coach_id uuid not null references auth.users (id) on delete cascade,
  status text not null check (status in ('needs_work', 'approved')),
  -- The version the status is about (app.plan_versions.number); null for a status given before
  -- versions existed (the first release).
  version integer check (version > 0),
  updated_at timestamptz not null default now(),
  primary key (plan_id, coach_id)
);

create index plan_reviews_coach_id_idx on app.plan_reviews (coach_id);

grant select on app.plan_reviews to authenticated;
grant insert (plan_id, coach_id, status, version) on app.plan_reviews to authenticated;
grant update (status, version, updated_at) on app.plan_reviews to authenticated;

alter table app.plan_reviews enable row level security;

create trigger plan_reviews_touch_updated_at
  before update on app.plan_reviews
  for each row execute function app.touch_updated_at();

create policy "Owners and their coaches can read the reviews of a plan"
  on app.plan_reviews for select to authenticated
  using (plan_id = any (array(select app.own_or_coached_plan_ids())));

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
-- A status is about a version (null: given before versions existed).
create type public.review_mark as (status text, updated_at timestamptz, version integer);
create type public.plan_coach as (
  id uuid, coach_id uuid, display_name text, since timestamptz, revoked_at timestamptz, review public.review_mark
);
create type public.my_coach_access as (
  plan_id uuid, invitations public.coach_invitation[], coaches public.plan_coach[]
);
create type public.plan_client as (id uuid, display_name text);
-- A plan's survey as its coach sees it: the test card (hypothesis, the threshold's progress)
-- and the stored counts.
create type public.plan_survey as (
  id uuid, title text, hypothesis text, status text, responses integer, threshold public.threshold_progress,
  evidence text
);
create type public.comment_author as (id uuid, display_name text, role text);
-- A comment, with the version it was written on; a thread's first comment carries the thread's
-- resolution (when, by whom), replies none.
create type public.plan_comment as (
  id uuid, section text, parent_id uuid, body text, created_at timestamptz, author public.comment_author,
  version integer, resolved_at timestamptz, resolved_by public.comment_author
);
-- A coach's status; current: about the latest version, and the plan unchanged since it.
create type public.coach_review as (
  coach_id uuid, display_name text, status text, updated_at timestamptz, active boolean,
  version integer, current boolean
);
create type public.plan_version_summary as (number integer, created_at timestamptz, note text);
-- A version as it was sent: the sections, and the survey's card and verdict at that moment.
create type public.plan_version as (
  number integer, created_at timestamptz, note text, sections jsonb, survey public.plan_survey
);
-- changed_since_request: the plan differs from its latest version (or none was sent).
create type public.my_plan_review as (
  plan_id uuid, comments public.plan_comment[], reviews public.coach_review[],
  versions public.plan_version_summary[], changed_since_request boolean
);
-- waiting: the client is waiting for the caller (a version sent and not decided on by them, or
-- something unread from the client); list_coach_plans puts these first.
create type public.coach_plan_item as (
  plan_id uuid, client public.plan_client, sections jsonb, shared_at timestamptz, last_activity timestamptz,
  survey public.plan_survey, comment_count integer, review public.review_mark,
  open_threads integer, unread integer, latest_version integer, waiting boolean
);
-- reviewing: the latest version sent (what the caller decides on); compared: the version the
-- caller last decided on, when an older one (what changed since is shown against it).
create type public.coach_plan as (
  plan_id uuid, client public.plan_client, sections jsonb, updated_at timestamptz, shared_at timestamptz,
  survey public.plan_survey, checkins public.checkin[], comments public.plan_comment[], reviews public.coach_review[],
  versions public.plan_version_summary[], reviewing public.plan_version, compared public.plan_version,
  changed_since_request boolean
);
-- An inbox item. side: where it leads, the creator's own plan ('owner') or a coached one
-- ('coach'); section and excerpt for a comment or reply, version for a request or a decision,
-- status for a decision.
create type public.inbox_item as (
  id uuid, kind text, plan_id uuid, side text, section text, version integer, status text,
  actor public.comment_author, excerpt text, created_at timestamptz, read_at timestamptz
);
create type public.my_inbox as (unread integer, items public.inbox_item[]);
create type public.inbox_count as (unread integer);

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


-- ── versions sent for review ─────────────────────────────────────────────────

-- What a review request froze: the plan's sections and its survey's card and verdict as they
-- were (request_plan_review). Numbered per plan from 1; never changed or removed.
create table app.plan_versions (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references app.plans (id) on delete cascade,
  number integer not null check (number between 1 and 1000),
  sections jsonb not null check (jsonb_typeof(sections) = 'object'),
  survey public.plan_survey,
  -- A word to the coach with the request, plain text.
  note text check (char_length(note) between 1 and 1000),
  requested_by uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  unique (plan_id, number)
);

grant select on app.plan_versions to authenticated;
grant insert (plan_id, number, sections, survey, note, requested_by) on app.plan_versions to authenticated;

alter table app.plan_versions enable row level security;

create policy "Owners and their coaches can read the versions of a plan"
  on app.plan_versions for select to authenticated
  using (plan_id = any (array(select app.own_or_coached_plan_ids())));

create policy "Owners send versions of their own plan, as themselves"
  on app.plan_versions for insert to authenticated
  with check (
    requested_by = (select auth.uid())
    and plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
  );


-- ── resolved threads ─────────────────────────────────────────────────────────

-- A thread (its first comment) marked resolved, by either side; reopening removes the row.
create table app.thread_resolutions (
  comment_id uuid primary key,
  plan_id uuid not null,
  resolved_by uuid not null references auth.users (id) on delete cascade,
  resolved_at timestamptz not null default now(),
  foreign key (comment_id, plan_id) references app.plan_comments (id, plan_id) on delete cascade
);

create index thread_resolutions_plan_id_idx on app.thread_resolutions (plan_id);

grant select, delete on app.thread_resolutions to authenticated;
grant insert (comment_id, plan_id, resolved_by) on app.thread_resolutions to authenticated;

alter table app.thread_resolutions enable row level security;

create policy "Owners and their coaches can read which threads are resolved"
  on app.thread_resolutions for select to authenticated
  using (plan_id = any (array(select app.own_or_coached_plan_ids())));

create policy "Owners and their coaches can resolve a thread, as themselves"
  on app.thread_resolutions for insert to authenticated
  with check (
    resolved_by = (select auth.uid())
    and plan_id = any (array(select app.own_or_coached_plan_ids()))
  );

create policy "Owners and their coaches can reopen a thread"
  on app.thread_resolutions for delete to authenticated
  using (plan_id = any (array(select app.own_or_coached_plan_ids())));


-- ── the inbox ────────────────────────────────────────────────────────────────

-- What reached someone about a plan they own or coach: a comment or a reply, a review request,
-- a decision. Written by the triggers below, never by hand; the recipient marks items read.
create table app.inbox_items (
  id uuid primary key default gen_random_uuid(),
  recipient_id uuid not null references auth.users (id) on delete cascade,
  plan_id uuid not null references app.plans (id) on delete cascade,
  kind text not null check (kind in ('comment', 'reply', 'review_request', 'decision')),
  actor_id uuid not null references auth.users (id) on delete cascade,
  comment_id uuid references app.plan_comments (id) on delete cascade,
  version integer check (version > 0),
  status text check (status in ('needs_work', 'approved')),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  check ((kind in ('comment', 'reply')) = (comment_id is not null)),
  check ((kind = 'decision') = (status is not null))
);

create index inbox_items_recipient_idx on app.inbox_items (recipient_id, created_at desc, id);
create index inbox_items_unread_idx on app.inbox_items (recipient_id, plan_id) where read_at is null;
create index inbox_items_plan_id_idx on app.inbox_items (plan_id);
create index inbox_items_comment_id_idx on app.inbox_items (comment_id) where comment_id is not null;

grant select on app.inbox_items to authenticated;
grant update (read_at) on app.inbox_items to authenticated;

alter table app.inbox_items enable row level security;

-- The recipient's own items, while the plan is theirs or still shared with them: a revoked
-- coach loses the plan's items at once.
create policy "People read their own inbox, about plans they own or coach now"
  on app.inbox_items for select to authenticated
  using (
    recipient_id = (select auth.uid())
    and plan_id = any (array(select app.own_or_coached_plan_ids()))
  );

create policy "People mark their own inbox items read"
  on app.inbox_items for update to authenticated
  using (
    recipient_id = (select auth.uid())
    and plan_id = any (array(select app.own_or_coached_plan_ids()))
  )
  with check (recipient_id = (select auth.uid()));

-- The people on the other side of a plan from p_actor: its owner, and the coaches it is shared
-- with now, the actor left out.
create or replace function app.plan_audience(p_plan_id uuid, p_actor uuid)
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.owner_id from app.plans p where p.id = p_plan_id and p.owner_id <> p_actor
  union
  select l.coach_id from app.coach_links l
   where l.plan_id = p_plan_id and l.revoked_at is null and l.coach_id <> p_actor
$$;

-- Security definer: the author of a comment cannot write in the other side's inbox themself.
create or replace function app.inbox_on_comment()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into app.inbox_items (recipient_id, plan_id, kind, actor_id, comment_id, version, created_at)
  select r, new.plan_id, case when new.parent_id is null then 'comment' else 'reply' end,
         new.author_id, new.id, new.version, new.created_at
    from app.plan_audience(new.plan_id, new.author_id) r;
  return null;
end;
$$;

create or replace function app.inbox_on_version()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into app.inbox_items (recipient_id, plan_id, kind, actor_id, version, created_at)
  select r, new.plan_id, 'review_request', new.requested_by, new.number, new.created_at
    from app.plan_audience(new.plan_id, new.requested_by) r;
  return null;
end;
$$;

-- A decision reaches the plan's owner only.
create or replace function app.inbox_on_review()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and old.status is not distinct from new.status and old.version is not distinct from new.version then
    return null;
  end if;
  insert into app.inbox_items (recipient_id, plan_id, kind, actor_id, version, status, created_at)
  select p.owner_id, new.plan_id, 'decision', new.coach_id, new.version, new.status, new.updated_at
    from app.plans p where p.id = new.plan_id;
  return null;
end;
$$;

revoke execute on function app.plan_audience(uuid, uuid) from public;
revoke execute on function app.inbox_on_comment() from public;
revoke execute on function app.inbox_on_version() from public;
revoke execute on function app.inbox_on_review() from public;

create trigger plan_comments_inbox after insert on app.plan_comments
  for each row execute function app.inbox_on_comment();
create trigger plan_versions_inbox after insert on app.plan_versions
  for each row execute function app.inbox_on_version();
create trigger plan_reviews_inbox after insert or update on app.plan_reviews
  for each row execute function app.inbox_on_review();


-- ── shared pieces ────────────────────────────────────────────────────────────

create or replace function app.display_name(p_user_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select p.display_name from app.profiles p where p.id = p_user_id), '')
$$;

-- Someone as the other side sees them: their name, and their side of the plan.
create or replace function app.comment_author_row(p_user_id uuid, p_owner_id uuid)
returns public.comment_author
language sql
stable
set search_path = ''
as $$
  select row(p_user_id, app.display_name(p_user_id),
             case when p_user_id = p_owner_id then 'owner' else 'coach' end)::public.comment_author
$$;

-- A comment with its author's name and side, the version it was written on, and for a thread's
-- first comment the thread's resolution.
create or replace function app.plan_comment_row(p_comment app.plan_comments, p_owner_id uuid)
returns public.plan_comment
language sql
stable
set search_path = ''
as $$
  select row(p_comment.id, p_comment.section, p_comment.parent_id, p_comment.body, p_comment.created_at,
             app.comment_author_row(p_comment.author_id, p_owner_id),
             p_comment.version, r.resolved_at,
             case when r.comment_id is not null then app.comment_author_row(r.resolved_by, p_owner_id) end
         )::public.plan_comment
    from (select) x
         left join app.thread_resolutions r on r.comment_id = p_comment.id
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

-- The latest version a plan's owner sent for review (every field null before the first).
create or replace function app.latest_plan_version(p_plan_id uuid)
returns app.plan_versions
language sql
stable
set search_path = ''
as $$
  select v.* from app.plan_versions v where v.plan_id = p_plan_id order by v.number desc limit 1
$$;

-- Whether a plan, as it is now (its sections, its survey), differs from a version of it: the
-- sections, or the survey relied on and its hypothesis (the answers keep coming: they are not a
-- change of the plan). True when there is no version.
create or replace function app.plan_differs(p_version app.plan_versions, p_sections jsonb, p_survey_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select p_version.id is null
      or p_version.sections is distinct from p_sections
      or (p_version.survey).id is distinct from p_survey_id
      or (p_version.survey).hypothesis is distinct from (select s.hypothesis from app.surveys s where s.id = p_survey_id)
$$;

-- A version as a list names it, and as it was sent (null for no version).
create or replace function app.plan_version_summary_row(p_version app.plan_versions)
returns public.plan_version_summary
language sql
immutable
set search_path = ''
as $$
  select row(p_version.number, p_version.created_at, p_version.note)::public.plan_version_summary
$$;

create or replace function app.plan_version_row(p_version app.plan_versions)
returns public.plan_version
language sql
immutable
set search_path = ''
as $$
  select case when p_version.id is not null
              then row(p_version.number, p_version.created_at, p_version.note, p_version.sections, p_version.survey)::public.plan_version end
$$;

-- A plan's versions, newest first, without their content.
create or replace function app.plan_version_list(p_plan_id uuid)
returns public.plan_version_summary[]
language sql
stable
set search_path = ''
as $$
  select coalesce(array_agg(app.plan_version_summary_row(v) order by v.number desc), '{}')
    from app.plan_versions v
   where v.plan_id = p_plan_id
$$;

-- Each coach's status; current when it is about the latest version and the plan has not changed since.
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
                          where l.plan_id = r.plan_id and l.coach_id = r.coach_id and l.revoked_at is null),
                 r.version,
                 r.version is not null and r.version = v.number and not app.plan_differs(v, p.sections, p.survey_id)
             )::public.coach_review
             order by r.updated_at desc),
           '{}')
    from app.plan_reviews r
         join app.plans p on p.id = r.plan_id
         cross join lateral app.latest_plan_version(r.plan_id) v
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

-- The plan of a comment, for a coach linked to that plan now or before; null for anyone else,
-- who learns nothing. Security definer: once revoked, the coach no longer reads the comment, and
-- set_thread_resolved needs its plan to say coach_access_revoked, as every coach function does.
create or replace function app.comment_plan_for_coach(p_comment_id uuid)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select c.plan_id
    from app.plan_comments c
   where c.id = p_comment_id
     and exists (select 1 from app.coach_links l where l.plan_id = c.plan_id and l.coach_id = (select auth.uid()))
$$;

revoke execute on function app.comment_plan_for_coach(uuid) from public;

grant execute on function app.comment_plan_for_coach(uuid) to authenticated;
grant execute on function app.display_name(uuid) to authenticated;
grant execute on function app.comment_author_row(uuid, uuid) to authenticated;
grant execute on function app.plan_comment_row(app.plan_comments, uuid) to authenticated;
grant execute on function app.latest_plan_version(uuid) to authenticated;
grant execute on function app.plan_differs(app.plan_versions, jsonb, uuid) to authenticated;
grant execute on function app.plan_version_summary_row(app.plan_versions) to authenticated;
grant execute on function app.plan_version_row(app.plan_versions) to authenticated;
grant execute on function app.plan_version_list(uuid) to authenticated;
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
                  (select row(r.status, r.updated_at, r.version)::public.review_mark
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

-- get_my_plan_review: the comments on the caller's plan, the status each coach gave it, the
-- versions sent for review and whether the plan changed since the latest, for the wizard; before
-- the plan exists, no plan_id and nothing in any list.
create or replace function public.get_my_plan_review()
returns public.my_plan_review
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan app.plans;
begin
  select p.* into v_plan from app.plans p where p.owner_id = v_uid;
  return row(v_plan.id, app.plan_comment_list(v_plan.id), app.plan_review_list(v_plan.id),
             app.plan_version_list(v_plan.id),
             case when v_plan.id is not null
                  then app.plan_differs(app.latest_plan_version(v_plan.id), v_plan.sections, v_plan.survey_id) end
         )::public.my_plan_review;
end;
$$;


-- request_plan_review: freezes the caller's plan as its next version (the sections, the
-- survey's card and verdict now) and asks the coaches it is shared with to review it; p_note is
-- a word to them. Refused while no coach is linked (no_coach) and when the latest version
-- already holds the plan as it is (review_up_to_date).
create or replace function public.request_plan_review(p_note text default null)
returns public.plan_version_summary
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_note text;
  v_plan app.plans;
  v_latest app.plan_versions;
  v_version app.plan_versions;
begin
  if char_length(p_note) > 1000 then
    perform app.fail('invalid_review_request', 'A note to the coach has at most 1,000 characters.');
  end if;
  v_note := nullif(btrim(p_note), '');
  -- Locked: two requests at once make two numbers, one after the other.
  select p.* into v_plan from app.plans p where p.owner_id = v_uid for update;
  if v_plan.id is null
     or not exists (select 1 from app.coach_links l where l.plan_id = v_plan.id and l.revoked_at is null) then
    perform app.fail('no_coach', 'Share the plan with a coach before asking for a review.');
  end if;
  v_latest := app.latest_plan_version(v_plan.id);
  if not app.plan_differs(v_latest, v_plan.sections, v_plan.survey_id) then
    perform app.fail('review_up_to_date', format('Version %s already holds the plan as it is.', v_latest.number));
  end if;
  if coalesce(v_latest.number, 0) >= 1000 then
    perform app.fail('version_limit', 'A plan has at most 1,000 versions.');
  end if;

  insert into app.plan_versions (plan_id, number, sections, survey, note, requested_by)
  values (v_plan.id, coalesce(v_latest.number, 0) + 1, v_plan.sections,
          (select x.survey from app.plan_survey_list(array[v_plan.survey_id]) x), v_note, v_uid)
  returning * into v_version;
  return app.plan_version_summary_row(v_version);
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

-- list_coach_plans: the plans shared with the caller now, those waiting for the caller first (a
-- version sent that they have not decided on, or something unread from the client), then by
-- most recent activity: the client, the plan's sections (progress is computed in the browser by
-- the wizard's own rules), the survey's figures, the caller's review, the open threads, the
-- caller's unread items, and when the client last did something.
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
    ),
    figures as materialized (
      select sh.plan_id,
             (select count(*)::integer from app.plan_comments c where c.plan_id = sh.plan_id) as comment_count,
             (select count(*)::integer from app.plan_comments c
               where c.plan_id = sh.plan_id and c.parent_id is null
                 and not exists (select 1 from app.thread_resolutions t where t.comment_id = c.id)) as open_threads,
             (select count(*)::integer from app.inbox_items i
               where i.recipient_id = v_uid and i.plan_id = sh.plan_id and i.read_at is null) as unread,
             (select max(v.number) from app.plan_versions v where v.plan_id = sh.plan_id) as latest_version,
             (select r from app.plan_reviews r where r.plan_id = sh.plan_id and r.coach_id = v_uid) as review
        from shared sh
    )
    select sh.plan_id,
           row(sh.owner_id, app.display_name(sh.owner_id))::public.plan_client,
           sh.sections, sh.shared_at, a.last_activity, sv.survey,
           f.comment_count,
           case when (f.review).plan_id is not null
                then row((f.review).status, (f.review).updated_at, (f.review).version)::public.review_mark end,
           f.open_threads, f.unread, f.latest_version, w.waiting
      from shared sh
           join figures f on f.plan_id = sh.plan_id
           left join surveys sv on sv.survey_id = sh.survey_id
           cross join lateral (
             select greatest(
                      sh.updated_at,
                      (select max(c.updated_at) from app.checkins c where c.plan_id = sh.plan_id),
                      (select max(m.created_at) from app.plan_comments m
                        where m.plan_id = sh.plan_id and m.author_id = sh.owner_id),
                      (select max(v.created_at) from app.plan_versions v where v.plan_id = sh.plan_id)) as last_activity
           ) a
           cross join lateral (
             select f.unread > 0
                    or (f.latest_version is not null and coalesce((f.review).version, 0) < f.latest_version) as waiting
           ) w
     order by w.waiting desc, a.last_activity desc, sh.plan_id;
end;
$$;

-- get_coach_plan: one shared plan, read-only: sections, survey, check-ins, comments, reviews,
-- the versions sent, the one under review (the latest) and the one the caller last decided on
-- when it is older (to show what changed since).
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
  v_latest app.plan_versions;
  v_compared app.plan_versions;
begin
  select p.* into v_plan from app.plans p where p.id = v_link.plan_id;
  v_latest := app.latest_plan_version(v_plan.id);
  select v.* into v_compared
    from app.plan_reviews r
         join app.plan_versions v on v.plan_id = r.plan_id and v.number = r.version
   where r.plan_id = v_plan.id and r.coach_id = v_link.coach_id and r.version < v_latest.number;
  return row(
    v_plan.id,
    row(v_plan.owner_id, app.display_name(v_plan.owner_id))::public.plan_client,
    v_plan.sections,
    v_plan.updated_at,
    v_link.created_at,
    (select x.survey from app.plan_survey_list(array[v_plan.survey_id]) x),
    (select coalesce(array_agg(app.checkin_row(c) order by c.week_start), '{}') from app.checkins c where c.plan_id = v_plan.id),
    app.plan_comment_list(v_plan.id),
    app.plan_review_list(v_plan.id),
    app.plan_version_list(v_plan.id),
    app.plan_version_row(v_latest),
    app.plan_version_row(v_compared),
    app.plan_differs(v_latest, v_plan.sections, v_plan.survey_id)
  )::public.coach_plan;
end;
$$;

-- What public.set_plan_review returns (typed, for the generated types).
create type public.plan_review as (plan_id uuid, status text, updated_at timestamptz, version integer);

-- set_plan_review: the caller's status for a shared plan, "needs_work" or "approved", about its
-- latest version, dated now, and marks the requests it answers read in the caller's inbox.
-- p_version, when given, is the version the coach read: a newer one sent meanwhile makes it
-- version_outdated. Nothing to decide before a request (no_review_request).
create or replace function public.set_plan_review(p_plan_id uuid, p_status text, p_version integer default null)
returns public.plan_review
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_link app.coach_links := app.require_coach_link(p_plan_id);
  v_latest app.plan_versions;
  v_row app.plan_reviews;
begin
  if p_status is null or p_status not in ('needs_work', 'approved') then
    perform app.fail('invalid_review', 'A review status is "needs_work" or "approved".');
  end if;
  v_latest := app.latest_plan_version(v_link.plan_id);
  if v_latest.id is null then
    perform app.fail('no_review_request', 'Your client has not sent a version of the plan for review yet.');
  end if;
  if p_version is not null and p_version <> v_latest.number then
    perform app.fail('version_outdated', format('Your client has sent version %s since: read it before deciding.', v_latest.number));
  end if;
  insert into app.plan_reviews as r (plan_id, coach_id, status, version)
  values (v_link.plan_id, v_link.coach_id, p_status, v_latest.number)
  on conflict (plan_id, coach_id) do update set status = excluded.status, version = excluded.version, updated_at = now()
  returning r.* into v_row;
  -- The requests this decision answers are no longer waiting in the coach's inbox.
  update app.inbox_items i
     set read_at = now()
   where i.recipient_id = v_link.coach_id and i.plan_id = v_link.plan_id and i.kind = 'review_request'
     and i.version <= v_latest.number and i.read_at is null;
  return (v_row.plan_id, v_row.status, v_row.updated_at, v_row.version)::public.plan_review;
end;
$$;


-- ── both sides ───────────────────────────────────────────────────────────────

-- add_plan_comment: a comment on one section of a plan, by its owner or by a coach it is shared
-- with, on the plan's latest version; p_parent_id makes it a reply in that comment's thread (and
-- its section), which reopens the thread if it was resolved.
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

  insert into app.plan_comments (plan_id, author_id, section, parent_id, body, version)
  values (p_plan_id, v_uid, v_section, v_parent, v_body, (app.latest_plan_version(p_plan_id)).number)
  returning id into v_id;
  if v_parent is not null then
    delete from app.thread_resolutions t where t.comment_id = v_parent;
  end if;

  return (select app.plan_comment_row(c, p.owner_id)
            from app.plan_comments c join app.plans p on p.id = c.plan_id
           where c.id = v_id);
end;
$$;

-- set_thread_resolved: marks the thread of a comment (its first comment) resolved, or open again,
-- by the plan's owner or a coach it is shared with (a coach no longer: coach_access_revoked).
-- Returns the thread's first comment.
create or replace function public.set_thread_resolved(p_comment_id uuid, p_resolved boolean)
returns public.plan_comment
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_comment app.plan_comments;
  v_coached_plan uuid;
  v_owner uuid;
  v_thread uuid;
begin
  if p_resolved is null then
    perform app.fail('invalid_comment', 'A thread is resolved or open.');
  end if;
  -- Read under the caller's rules: a comment they cannot see is not found.
  select c.* into v_comment from app.plan_comments c where c.id = p_comment_id;
  if v_comment.id is null then
    -- A coach whose access was revoked is told so (require_coach_link raises it).
    v_coached_plan := app.comment_plan_for_coach(p_comment_id);
    if v_coached_plan is not null then
      perform app.require_coach_link(v_coached_plan);
    end if;
    perform app.fail('invalid_comment', 'No comment with this id on a plan you can read.');
  end if;
  select p.owner_id into v_owner from app.plans p where p.id = v_comment.plan_id;
  if v_owner is distinct from v_uid then
    perform app.require_coach_link(v_comment.plan_id);
  end if;
  v_thread := coalesce(v_comment.parent_id, v_comment.id);
  if p_resolved then
    insert into app.thread_resolutions (comment_id, plan_id, resolved_by)
    values (v_thread, v_comment.plan_id, v_uid)
    on conflict (comment_id) do nothing;
  else
    delete from app.thread_resolutions t where t.comment_id = v_thread;
  end if;
  return (select app.plan_comment_row(c, v_owner) from app.plan_comments c where c.id = v_thread);
end;
$$;

-- An inbox item as its recipient reads it.
create or replace function app.inbox_item_row(p_item app.inbox_items)
returns public.inbox_item
language sql
stable
set search_path = ''
as $$
  select row(p_item.id, p_item.kind, p_item.plan_id,
             case when p.owner_id = p_item.recipient_id then 'owner' else 'coach' end,
             c.section, p_item.version, p_item.status,
             app.comment_author_row(p_item.actor_id, p.owner_id),
             left(c.body, 160), p_item.created_at, p_item.read_at)::public.inbox_item
    from app.plans p
         left join app.plan_comments c on c.id = p_item.comment_id
   where p.id = p_item.plan_id
$$;

grant execute on function app.inbox_item_row(app.inbox_items) to authenticated;

-- How many of the caller's inbox items are unread (p_uid: the caller).
create or replace function app.inbox_unread(p_uid uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select count(*)::integer from app.inbox_items i where i.recipient_id = p_uid and i.read_at is null
$$;

grant execute on function app.inbox_unread(uuid) to authenticated;

-- get_my_inbox: how many of the caller's items are unread, and the 50 newest, newest first.
create or replace function public.get_my_inbox()
returns public.my_inbox
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return row(
    app.inbox_unread(v_uid),
    (select coalesce(array_agg(app.inbox_item_row(i) order by i.created_at desc, i.id), '{}')
       from (select x.* from app.inbox_items x
              where x.recipient_id = v_uid
              order by x.created_at desc, x.id
              limit 50) i)
  )::public.my_inbox;
end;
$$;

-- mark_inbox_read: the caller's items with these ids are read (at most 200 at once; others'
-- ids and unknown ones change nothing). Returns how many stay unread.
create or replace function public.mark_inbox_read(p_ids uuid[])
returns public.inbox_count
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  if p_ids is null or cardinality(p_ids) > 200 then
    perform app.fail('invalid_inbox', 'Mark between 0 and 200 inbox items at once.');
  end if;
  update app.inbox_items i
     set read_at = now()
   where i.id = any (p_ids) and i.recipient_id = v_uid and i.read_at is null;
  return row(app.inbox_unread(v_uid))::public.inbox_count;
end;
$$;


revoke execute on function public.create_coach_invitation() from public, anon;
revoke execute on function public.revoke_coach_invitation(uuid) from public, anon;
revoke execute on function public.list_my_coach_access() from public, anon;
revoke execute on function public.revoke_coach(uuid) from public, anon;
revoke execute on function public.get_my_plan_review() from public, anon;
revoke execute on function public.request_plan_review(text) from public, anon;
revoke execute on function public.set_thread_resolved(uuid, boolean) from public, anon;
revoke execute on function public.get_my_inbox() from public, anon;
revoke execute on function public.mark_inbox_read(uuid[]) from public, anon;
revoke execute on function public.accept_coach_invitation(text) from public, anon;
revoke execute on function public.list_coach_plans() from public, anon;
revoke execute on function public.get_coach_plan(uuid) from public, anon;
revoke execute on function public.set_plan_review(uuid, text, integer) from public, anon;
revoke execute on function public.add_plan_comment(uuid, text, text, uuid) from public, anon;

grant execute on function public.create_coach_invitation() to authenticated;
grant execute on function public.revoke_coach_invitation(uuid) to authenticated;
grant execute on function public.list_my_coach_access() to authenticated;
grant execute on function public.revoke_coach(uuid) to authenticated;
grant execute on function public.get_my_plan_review() to authenticated;
grant execute on function public.request_plan_review(text) to authenticated;
grant execute on function public.set_thread_resolved(uuid, boolean) to authenticated;
grant execute on function public.get_my_inbox() to authenticated;
grant execute on function public.mark_inbox_read(uuid[]) to authenticated;
grant execute on function public.accept_coach_invitation(text) to authenticated;
grant execute on function public.list_coach_plans() to authenticated;
grant execute on function public.get_coach_plan(uuid) to authenticated;
grant execute on function public.set_plan_review(uuid, text, integer) to authenticated;
grant execute on function public.add_plan_comment(uuid, text, text, uuid) to authenticated;
