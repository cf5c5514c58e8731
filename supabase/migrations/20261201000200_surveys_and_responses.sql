-- Surveys and responses: interest surveys and their questions, the responses and waiting list
-- they gather, the counters that keep a response limit, and the survey API. A creator builds a
-- draft, publishes it at a public link (/s/:slug), closes or reopens it. Creators reach these
-- tables only through the functions below; respondents only through the two security definer
-- functions, get_public_survey and submit_response.

create table app.surveys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  plan_id uuid references app.plans (id) on delete set null,
  -- Generated server-side (app.new_slug); the seed's demo survey has a readable one.
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{2,62}$'),
  title text not null check (char_length(title) between 1 and 120 and btrim(title) <> ''),
  intro text not null default '' check (char_length(intro) <= 1000),
  locale text not null check (locale in ('fr', 'en')),
  status text not null default 'draft' check (status in ('draft', 'published', 'closed')),
  closes_at timestamptz,
  max_responses integer check (max_responses between 1 and 100000),
  -- {question_id, option_keys, scale_min, target_rate, min_responses}, normalised by
  -- app.normalize_threshold; a jsonb value rather than a foreign key because a threshold on a
  -- removed question must be cleared, not turned into a waiting-list threshold.
  threshold jsonb check (threshold is null or jsonb_typeof(threshold) = 'object'),
  -- The test card (issue 16): the hypothesis the survey tests, in one sentence, with the
  -- threshold above (the answers that count, the rate, the minimum number of answers). Needed
  -- to publish, fixed from then on like the threshold ('' only on drafts and older surveys).
  hypothesis text not null default '' check (char_length(hypothesis) <= 300),
  -- Supabase mode's guard against stuffing: responses one client address may send per clock hour.
  responses_per_client_hour integer not null default 20
    check (responses_per_client_hour between 1 and 100000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz
);

create index surveys_owner_id_created_at_idx on app.surveys (owner_id, created_at desc);
create index surveys_plan_id_idx on app.surveys (plan_id) where plan_id is not null;

-- Column-level grants: owner_id and slug are set once, never changed.
grant select, delete on app.surveys to authenticated;
grant insert (owner_id, plan_id, slug, title, intro, locale, closes_at, max_responses, threshold, hypothesis)
  on app.surveys to authenticated;
grant update (plan_id, title, intro, locale, status, closes_at, max_responses, threshold, hypothesis, published_at, updated_at)
  on app.surveys to authenticated;

alter table app.surveys enable row level security;

create trigger surveys_touch_updated_at
  before update on app.surveys
  for each row execute function app.touch_updated_at();

create policy "Owners can read their surveys"
  on app.surveys for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Users can create their own surveys, in their own plan"
  on app.surveys for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and (plan_id is null or plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid())))
  );

create policy "Owners can update their surveys"
  on app.surveys for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (
    owner_id = (select auth.uid())
    and (plan_id is null or plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid())))
  );

create policy "Owners can delete their surveys"
  on app.surveys for delete to authenticated
  using (owner_id = (select auth.uid()));

-- The plan's chosen survey (app.plans.survey_id, set by save_plan_section): a survey the plan
-- relies on is gone with it, and the plan relies on none.
alter table app.plans
  add constraint plans_survey_id_fkey foreign key (survey_id) references app.surveys (id) on delete set null;
create index plans_survey_id_idx on app.plans (survey_id) where survey_id is not null;

-- The surveys the plans the caller coaches rely on (policies read it once).
create or replace function app.coached_survey_ids()
returns setof uuid
language sql
stable
set search_path = ''
as $$
  select p.survey_id
    from app.plans p
   where p.id = any (array(select app.coached_plan_ids())) and p.survey_id is not null
$$;

grant execute on function app.coached_survey_ids() to authenticated;

-- Questions, responses and answers follow: their policies read the surveys visible here. The
-- waiting list does not (its policy asks for the survey's owner): emails stay with the creator.
create policy "Coaches can read the surveys of plans shared with them"
  on app.surveys for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())) or id = any (array(select app.coached_survey_ids())));



-- The option keys of a question, in order (a stored column of app.survey_questions: submissions
-- look answers up in it without unpacking the options each time).
create or replace function app.option_keys(p_options jsonb)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select array(select o.value ->> 'key' from jsonb_array_elements(p_options) with ordinality o order by o.ordinality)
$$;

grant execute on function app.option_keys(jsonb) to authenticated;

-- The option keys a choices bitmask stands for, in the options' order.
create or replace function app.choice_keys(p_options jsonb, p_choices integer)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select array(
    select o.value ->> 'key'
      from jsonb_array_elements(p_options) with ordinality o
     where p_choices & (1 << (o.ordinality::integer - 1)) <> 0
     order by o.ordinality)
$$;

grant execute on function app.choice_keys(jsonb, integer) to authenticated;

create table app.survey_questions (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references app.surveys (id) on delete cascade,
  -- 1-based, the order of the list given to save_survey_questions.
  position smallint not null check (position between 1 and 20),
  kind text not null
    check (kind in ('single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin')),
  prompt text not null check (char_length(prompt) between 1 and 300),
  required boolean not null default false,
  -- [{key, label}]; response_answers.choices stores a bitmask over this array's order, which is
  -- why questions are frozen once a survey has responses.
  options jsonb not null default '[]'::jsonb
    check (jsonb_typeof(options) = 'array' and jsonb_array_length(options) <= 12),
  option_keys text[] not null generated always as (app.option_keys(options)) stored,
  min smallint,
  max smallint,
  -- Conditional question (issue 16): shown only when the answer to an earlier question of the
  -- same survey matches, either one of the options of a choice question (a bitmask over that
  -- question's options, like response_answers.choices) or a value of a scale in
  -- [show_if_min, show_if_max]. app.normalize_questions checks that the question is earlier and
  -- that the options or values exist; submit_response and survey_results read the rule.
  show_if_question uuid,
  show_if_choices integer check (show_if_choices between 1 and 4095),
  show_if_min smallint,
  show_if_max smallint,
  -- What an answer to this question proves (issue 16), weakest first: an opinion (a scale about
  -- feelings, a wish), past behaviour ("I paid for a course last year"), a commitment (an email
  -- left with consent) or a stronger commitment the creator adds (a call booked, a pre-order
  -- link clicked, recorded as an answer). The builder proposes the level from the kind and the
  -- wording (src/domain/evidence.ts); the kind bounds it here, so that no scale counts as more
  -- than an opinion and an email is always a commitment. No default: every writer says it
  -- (app.normalize_questions gives the kind's weakest level when the builder sends none).
  evidence text not null
    check (evidence in ('opinion', 'behaviour', 'commitment', 'strong_commitment')),
  check (case kind when 'scale' then evidence = 'opinion'
                   when 'email_optin' then evidence = 'commitment'
                   else evidence <> 'commitment' end),
  unique (survey_id, position),
  -- The target of a rule's foreign key: a rule never points into another survey.
  unique (survey_id, id),
  foreign key (survey_id, show_if_question) references app.survey_questions (survey_id, id),
  check (
    case when kind = 'scale' then min is not null and max is not null and 0 <= min and min < max and max <= 10
         else min is null and max is null end
  ),
  check ((kind in ('single_choice', 'multiple_choice')) = (jsonb_array_length(options) >= 2)),
  check (
    case when show_if_question is null then num_nonnulls(show_if_choices, show_if_min, show_if_max) = 0
         when show_if_choices is not null then show_if_min is null and show_if_max is null
         else show_if_min is not null and show_if_max is not null and 0 <= show_if_min and show_if_min <= show_if_max
              and show_if_max <= 10 end
  ),
  check (show_if_question is distinct from id)
);

grant select, insert, update, delete on app.survey_questions to authenticated;

alter table app.survey_questions enable row level security;

-- Readable wherever the survey is readable: app.surveys' select policies decide.
create policy "Users can read the questions of surveys they can read"
  on app.survey_questions for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s)));

create policy "Owners can add questions to their surveys"
  on app.survey_questions for insert to authenticated
  with check (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

create policy "Owners can change the questions of their surveys"
  on app.survey_questions for update to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))))
  with check (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

create policy "Owners can remove questions from their surveys"
  on app.survey_questions for delete to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

-- What respondents send: one response per (survey, respondent key), its answers, and the
-- waiting list. Written only by public.submit_response (security definer); creators read their
-- own through survey_results and the exports. Neither anon nor another creator reads a row.

create table app.responses (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references app.surveys (id) on delete cascade,
  -- The respondent's idempotency key: a retry with the same key returns this row's id.
  respondent_key app.respondent_key not null,
  -- The respondent left an email for the waiting list (a threshold on the waiting list counts these).
  left_email boolean not null default false,
  created_at timestamptz not null default now(),
  unique (survey_id, respondent_key)
);

-- Totals, per-day counts and the export read this index only.
create index responses_survey_id_created_at_idx on app.responses (survey_id, created_at) include (left_email);

grant select on app.responses to authenticated;

alter table app.responses enable row level security;

-- `= any (array(select ...))` reads the visible surveys once (an InitPlan) and becomes an index
-- condition; `in (select ...)` would probe a hashed subplan for every row, which costs more
-- than the aggregation itself on a survey of 100,000 responses.
create policy "Users can read the responses of surveys they can read"
  on app.responses for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s)));


-- One row per answered question. Shaped for aggregation in SQL: the choices of a choice
-- question are a bitmask over its options' order (bit 0 = first option), so one grouped
-- index-only scan of (survey_id, question_id, choices, scale) tallies every choice and scale
-- question of a survey, and "answered" is a plain count.
create table app.response_answers (
  response_id uuid not null references app.responses (id) on delete cascade,
  survey_id uuid not null,
  question_id uuid not null,
  choices integer check (choices between 1 and 4095),
  scale smallint check (scale between 0 and 10),
  text_value text check (char_length(text_value) between 1 and 2000),
  created_at timestamptz not null,
  primary key (response_id, question_id),
  check (num_nonnulls(choices, scale, text_value) = 1)
);
-- No foreign key to app.survey_questions, on purpose: its check would take a key-share lock on
-- each answered question row, and concurrent respondents of one survey would queue on those
-- shared locks. The answers go with their response (cascade), questions cannot change once a
-- survey has a response (save_survey_questions), and only submit_response writes here.

create index response_answers_tally_idx on app.response_answers (survey_id, question_id, choices, scale);
create index response_answers_latest_text_idx on app.response_answers (question_id, created_at desc, response_id desc)
  where text_value is not null;

grant select on app.response_answers to authenticated;

alter table app.response_answers enable row level security;

create policy "Users can read the answers of surveys they can read"
  on app.response_answers for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s)));


-- The waiting list: one row per email and survey, with the moment consent was given.
create table app.waitlist (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references app.surveys (id) on delete cascade,
  response_id uuid references app.responses (id) on delete cascade,
  email text not null check (char_length(email) between 3 and 254),
  consent_at timestamptz not null,
  created_at timestamptz not null default now()
);

create unique index waitlist_survey_id_email_key on app.waitlist (survey_id, lower(email));
create index waitlist_response_id_idx on app.waitlist (response_id) where response_id is not null;

grant select on app.waitlist to authenticated;

alter table app.waitlist enable row level security;

-- Emails stay with the survey's owner even when survey reading is widened (coaches).
create policy "Owners can read the waiting list of their surveys"
  on app.waitlist for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));


-- A limited survey's responses, in 16 stripes. With one counter row, every submission would
-- hold the same row lock from its increment to its commit, so commits (each waiting for its
-- disk flush) would go one at a time: a few hundred a second. With 16, up to 16 commit in one
-- flush. The limit is split between the stripes (quota); a stripe never passes its quota and the
-- quotas add up to max_responses, so the limit holds exactly. Rows exist only while the survey
-- has a limit: unlimited submissions take no lock at all.
create table app.survey_counters (
  survey_id uuid not null references app.surveys (id) on delete cascade,
  stripe smallint not null check (stripe between 0 and 15),
  responses integer not null default 0 check (responses >= 0),
  quota integer not null default 0 check (quota >= 0),
  primary key (survey_id, stripe)
);

-- The owner's, like the limit itself: the trigger below runs as the creator who sets a limit.
-- Only submit_response (security definer) moves responses.
grant select, insert, update, delete on app.survey_counters to authenticated;

alter table app.survey_counters enable row level security;

create policy "Owners can read the counters of their surveys"
  on app.survey_counters for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

create policy "Owners can add counters to their surveys"
  on app.survey_counters for insert to authenticated
  with check (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

create policy "Owners can change the counters of their surveys"
  on app.survey_counters for update to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))))
  with check (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

create policy "Owners can remove the counters of their surveys"
  on app.survey_counters for delete to authenticated
  using (survey_id = any (array(select s.id from app.surveys s where s.owner_id = (select auth.uid()))));

-- The responses a limited survey holds: at most 16 rows read by primary key, however many
-- responses there are. Null without a limit (nothing is counted then).
create or replace function app.limited_response_count(p_survey_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select sum(c.responses)::integer from app.survey_counters c where c.survey_id = p_survey_id
$$;

grant execute on function app.limited_response_count(uuid) to authenticated;

-- A survey's 16 stripes, the responses it already holds counted once into the first: the only
-- count of responses, made when a limit is set (the creator's action, not a respondent's).
create or replace function app.start_survey_counters(p_survey_id uuid)
returns void
language sql
volatile
set search_path = ''
as $$
  insert into app.survey_counters (survey_id, stripe, responses)
  select p_survey_id, g, case when g = 0 then n.n else 0 end
    from generate_series(0, 15) g
         cross join (select count(*)::integer as n from app.responses r where r.survey_id = p_survey_id) n
$$;

-- Quotas for a limit: each stripe keeps what it holds and gets an even share of what is left, so
-- the quotas add up to the limit (or, below what the survey holds, every stripe is full).
create or replace function app.spread_survey_quotas(p_survey_id uuid, p_max_responses integer)
returns void
language sql
volatile
set search_path = ''
as $$
  update app.survey_counters c
     set quota = c.responses + l.left_over / 16 + case when c.stripe < l.left_over % 16 then 1 else 0 end
    from (select greatest(p_max_responses - app.limited_response_count(p_survey_id), 0) as left_over) l
   where c.survey_id = p_survey_id
$$;

grant execute on function app.start_survey_counters(uuid) to authenticated;
grant execute on function app.spread_survey_quotas(uuid, integer) to authenticated;

-- Counters follow the limit: started when one is set, quotas spread again when it changes, gone
-- when it is cleared. The stripes are locked first, so submissions holding one finish before
-- quotas change; update_survey also locks the survey row FOR UPDATE, which holds back new
-- submissions (they take a key-share lock) while a limit is set on a survey that had none.
create or replace function app.sync_survey_counters()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and old.max_responses is not distinct from new.max_responses then
    return null;
  end if;
  if new.max_responses is null then
    delete from app.survey_counters c where c.survey_id = new.id;
    return null;
  end if;
  perform 1 from app.survey_counters c where c.survey_id = new.id for update;
  if not found then
    perform app.start_survey_counters(new.id);
  end if;
  perform app.spread_survey_quotas(new.id, new.max_responses);
  return null;
end;
$$;

grant execute on function app.sync_survey_counters() to authenticated;

create trigger surveys_sync_counters
  after insert or update of max_responses on app.surveys
  for each row execute function app.sync_survey_counters();

-- ── stored tallies ───────────────────────────────────────────────────────────
-- A survey's responses and its threshold's progress (the answers to the threshold question, and
-- those among them that count as success), kept by submit_response, so that the coach's list of
-- plans reads a few rows per client instead of counting their responses. 16 slots: a connection
-- keeps to one (its backend's pid), so concurrent submissions seldom wait for each other's row.
-- A threshold changes only while its survey is a draft, which takes no response, so the success
-- counted with a response stays true; app.recount_survey_tallies counts again from the
-- responses, for rows written without submit_response (an upgrade, a benchmark's bulk load).
create table app.survey_tallies (
  survey_id uuid not null references app.surveys (id) on delete cascade,
  slot smallint not null check (slot between 0 and 15),
  responses integer not null default 0 check (responses >= 0),
  threshold_total integer not null default 0 check (threshold_total >= 0),
  threshold_successes integer not null default 0 check (threshold_successes between 0 and threshold_total),
  primary key (survey_id, slot)
);

-- Read wherever the survey is readable; written only by submit_response (security definer) and
-- the recount.
grant select on app.survey_tallies to authenticated;

alter table app.survey_tallies enable row level security;

create policy "Users can read the tallies of surveys they can read"
  on app.survey_tallies for select to authenticated
  using (survey_id = any (array(select s.id from app.surveys s)));

-- Whether an answer to the threshold's question counts as a success: a scale value from
-- scale_min up, or a choice among option_keys (p_option_keys: the question's keys in order,
-- the bits of p_choices).
create or replace function app.is_threshold_success(p_threshold jsonb, p_option_keys text[], p_choices integer, p_scale smallint)
returns boolean
language sql
immutable
parallel safe
set search_path = ''
as $$
  select coalesce(p_scale >= (p_threshold ->> 'scale_min')::integer, false)
      or coalesce(p_choices & (select coalesce(sum(1 << (k.ord::integer - 1)), 0)::integer
                                 from unnest(p_option_keys) with ordinality k(key, ord)
                                where p_threshold -> 'option_keys' ? k.key) <> 0, false)
$$;

grant execute on function app.is_threshold_success(jsonb, text[], integer, smallint) to anon, authenticated;

-- For the database's owner (the upgrade, a benchmark): nobody else may write the tallies.
create or replace function app.recount_survey_tallies(p_survey_id uuid)
returns void
language plpgsql
volatile
set search_path = ''
as $$
begin
  delete from app.survey_tallies t where t.survey_id = p_survey_id;
  insert into app.survey_tallies (survey_id, slot, responses, threshold_total, threshold_successes)
  select s.id, 0,
         (select count(*)::integer from app.responses r where r.survey_id = s.id),
         coalesce(th.total, 0), coalesce(th.successes, 0)
    from app.surveys s
         left join lateral (
           select sum(t.n)::integer as total,
                  (sum(t.n) filter (where app.is_threshold_success(s.threshold, q.option_keys, t.choices, t.scale)))::integer as successes
             from app.survey_questions q
                  cross join lateral (
                    select a.choices, a.scale, count(*) as n
                      from app.response_answers a
                     where a.survey_id = s.id and a.question_id = q.id
                     group by a.choices, a.scale) t
            where q.survey_id = s.id and q.id = (s.threshold ->> 'question_id')::uuid
         ) th on true
   where s.id = p_survey_id;
end;
$$;

revoke execute on function app.recount_survey_tallies(uuid) from public;


-- The per-client guard: responses per survey, client and clock hour. The client is a salted
-- SHA-256 of its address, never the address; the salt never leaves the database and is made by
-- the first request that needs it.
create table app.client_hash_salt (
  only_row boolean primary key default true check (only_row),
  salt bytea not null check (octet_length(salt) = 32)
);

-- No grants and no policies: only submit_response (security definer) reads and writes these.
alter table app.client_hash_salt enable row level security;

create table app.client_submissions (
  survey_id uuid not null references app.surveys (id) on delete cascade,
  client_hash bytea not null check (octet_length(client_hash) = 32),
  hour timestamptz not null,
  responses integer not null default 1,
  primary key (survey_id, client_hash, hour)
);

alter table app.client_submissions enable row level security;

-- The hashed address of the client of this request, or null when there is none to trust.
-- Supabase's API sits behind Cloudflare, which sets cf-connecting-ip to the address that
-- connected and replaces any value the client sent; x-forwarded-for is not used: a client can
-- prepend what it likes to it. PGlite (local mode) and a bare PostgREST set no such header, so
-- the guard is off there.
create or replace function app.client_address_hash()
returns bytea
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_address text := nullif(btrim(nullif(pg_catalog.current_setting('request.headers', true), '')::jsonb ->> 'cf-connecting-ip'), '');
  v_salt bytea;
begin
  if v_address is null then
    return null;
  end if;
  select s.salt into v_salt from app.client_hash_salt s;
  if v_salt is null then
    -- Two v4 UUIDs: 244 bits from the server's strong random source, without pgcrypto.
    insert into app.client_hash_salt (salt)
    values (pg_catalog.uuid_send(gen_random_uuid()) || pg_catalog.uuid_send(gen_random_uuid()))
    on conflict (only_row) do nothing;
    select s.salt into v_salt from app.client_hash_salt s;
  end if;
  return pg_catalog.sha256(v_salt || pg_catalog.convert_to(v_address, 'UTF8'));
end;
$$;

revoke execute on function app.client_address_hash() from public;
-- The creator's survey functions: create, read, list, update (draft only, sharing settings any
-- time), save the ordered question list, publish, close, reopen, duplicate, delete.
-- All security invoker: RLS on app.surveys and app.survey_questions decides, and each function
-- also checks ownership itself so that a foreign or missing survey is `survey_not_found`.

-- ── helpers ──────────────────────────────────────────────────────────────────

-- 10 characters of [a-z0-9] (about 51 random bits) from the random bytes of a v4 uuid, skipping
-- the version and variant bytes: short enough to share, too many to guess.
create or replace function app.new_slug()
returns text
language sql
volatile
set search_path = ''
as $$
  select string_agg(substr('abcdefghijklmnopqrstuvwxyz0123456789', get_byte(r.b, i) % 36 + 1, 1), '' order by i)
    from (select uuid_send(gen_random_uuid()) as b) r
         cross join unnest(array[0, 1, 2, 3, 4, 5, 9, 10, 11, 12]) as i
$$;

-- The status people see: a published survey past its closing date or at its response limit
-- is closed, whatever its stored status.
-- No `set search_path` here, unlike every other function: a SET clause stops the planner from
-- inlining a SQL function, and this one is called per row and on every submission (about
-- 0.3 ms a call when not inlined). Its body names nothing outside pg_catalog.
create or replace function app.survey_status(
  p_status text, p_closes_at timestamptz, p_max_responses integer, p_response_count integer
)
returns text
language sql
stable
as $$
  select case
           when p_status = 'draft' then 'draft'
           when p_status = 'closed' or p_closes_at <= pg_catalog.now() or p_response_count >= p_max_responses then 'closed'
           else 'published'
         end
$$;

-- A question's rule as get_public_survey and the creator's functions give it (DESIGN.md):
-- null, {question_id, option_keys} or {question_id, min, max}. p_parent_options: the options of
-- the question it depends on.
create or replace function app.show_if_json(p_question app.survey_questions, p_parent_options jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case
           when p_question.show_if_question is null then null
           when p_question.show_if_choices is not null then jsonb_build_object(
             'question_id', p_question.show_if_question,
             'option_keys', to_jsonb(app.choice_keys(p_parent_options, p_question.show_if_choices)))
           else jsonb_build_object(
             'question_id', p_question.show_if_question, 'min', p_question.show_if_min, 'max', p_question.show_if_max)
         end
$$;

-- What the functions return, as types, so that database.types.ts describes it. A question as
-- the creator and the respondent read it; options are [{key, label}] and show_if is the rule
-- above (src/domain/survey.ts checks both with questionSchema).
create type public.survey_question as (
  id uuid, position smallint, kind text, prompt text, required boolean, options jsonb, min smallint, max smallint,
  show_if jsonb, evidence text
);

-- The "survey detail" every creator function returns; threshold is the stored
-- {question_id, option_keys, scale_min, target_rate, min_responses} (surveyThresholdSchema),
-- hypothesis the test card's sentence ('' until written).
create type public.survey_detail as (
  id uuid, slug text, title text, intro text, locale text, status text, closes_at timestamptz,
  max_responses integer, plan_id uuid, created_at timestamptz, updated_at timestamptz,
  published_at timestamptz, response_count integer, threshold jsonb, hypothesis text,
  questions public.survey_question[]
);

-- One line of list_my_surveys.
create type public.survey_summary as (
  id uuid, slug text, title text, status text, locale text, response_count integer,
  created_at timestamptz, updated_at timestamptz, published_at timestamptz
);

-- A survey's questions in order: the creator's detail has them as they are, and
-- get_public_survey gives them as JSON (to_jsonb), so both read one shape.
create or replace function app.survey_question_list(p_survey_id uuid)
returns public.survey_question[]
language sql
stable
set search_path = ''
as $$
  select coalesce(
           array_agg(row(q.id, q.position, q.kind, q.prompt, q.required, q.options, q.min, q.max,
                         app.show_if_json(q, p.options), q.evidence)::public.survey_question
                     order by q.position),
           '{}')
    from app.survey_questions q
         left join app.survey_questions p on p.id = q.show_if_question
   where q.survey_id = p_survey_id
$$;

create or replace function app.survey_detail(p_survey_id uuid)
returns public.survey_detail
language sql
stable
set search_path = ''
as $$
  select row(s.id, s.slug, s.title, s.intro, s.locale,
             app.survey_status(s.status, s.closes_at, s.max_responses, c.n),
             s.closes_at, s.max_responses, s.plan_id, s.created_at, s.updated_at, s.published_at,
             c.n, s.threshold, s.hypothesis, app.survey_question_list(s.id))::public.survey_detail
    from app.surveys s
         cross join lateral (select count(*)::integer as n from app.responses r where r.survey_id = s.id) c
   where s.id = p_survey_id
$$;


-- ── survey results for linked coaches ────────────────────────────────────────

-- The owner, or a coach of the plan the survey belongs to or that relies on it.
-- The exports keep app.owned_survey: responses one by one and emails stay with the owner.
create or replace function app.can_read_survey(p_survey_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (
    select 1 from app.surveys s
     where s.id = p_survey_id
       and (s.owner_id = (select auth.uid()) or s.plan_id = any (array(select app.coached_plan_ids()))
            or s.id = any (array(select app.coached_survey_ids())))
  )
$$;

-- The caller's own survey, or survey_not_found (someone else's survey looks missing).
create or replace function app.owned_survey(p_survey_id uuid)
returns app.surveys
language plpgsql
stable
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.id = p_survey_id and s.owner_id = v_uid;
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'There is no survey of yours with this id.');
  end if;
  return v_survey;
end;
$$;

-- The same, locked for update: waits for submissions in flight (they hold a key-share lock on
-- the survey row) so that a new response limit or question list applies to every later one.
create or replace function app.lock_owned_survey(p_survey_id uuid)
returns app.surveys
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.id = p_survey_id and s.owner_id = v_uid for update;
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'There is no survey of yours with this id.');
  end if;
  return v_survey;
end;
$$;

create or replace function app.check_survey_text(p_title text, p_intro text, p_locale text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_title is null or btrim(p_title) = '' or char_length(btrim(p_title)) > 120 then
    perform app.fail('invalid_survey', 'A survey title has 1 to 120 characters.');
  end if;
  if char_length(coalesce(p_intro, '')) > 1000 then
    perform app.fail('invalid_survey', 'A survey introduction has at most 1,000 characters.');
  end if;
  if p_locale is null or p_locale not in ('fr', 'en') then
    perform app.fail('invalid_survey', 'A survey is written in "fr" or "en".');
  end if;
end;
$$;

-- Checks a question list and returns it normalised ([{id, kind, prompt, required, options, min,
-- max, show_if, evidence}] in order; show_if as stored: {question_id, choices} with the options as a
-- bitmask, or {question_id, min, max}). An id that is one of this survey's questions is kept; any other id is
-- replaced by a new one, so ids stay stable and one survey cannot claim another's questions.
create or replace function app.normalize_questions(p_survey_id uuid, p_questions jsonb)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_existing uuid[];
  v_given uuid[] := '{}'::uuid[];
  v_out jsonb := '[]'::jsonb;
  v_item jsonb;
  v_n integer := 0;
  v_at text;
  v_id uuid;
  v_kind text;
  v_prompt text;
  v_required boolean;
  v_options jsonb;
  v_option jsonb;
  v_clean jsonb;
  v_keys text[];
  v_label text;
  v_min numeric;
  v_max numeric;
  v_emails integer := 0;
  -- Per question so far, in order: the id it was given (or null) and what it became.
  v_given_ids text[] := '{}'::text[];
  v_rule jsonb;
  v_rule_at integer;
  v_parent jsonb;
  v_show_if jsonb;
  v_mask integer;
  v_rule_min numeric;
  v_rule_max numeric;
  v_position integer;
  v_evidence text;
begin
  if p_questions is null or jsonb_typeof(p_questions) = 'null' then
    p_questions := '[]'::jsonb;
  end if;
  if jsonb_typeof(p_questions) <> 'array' then
    perform app.fail('invalid_survey', 'The questions come as a JSON array.');
  end if;
  if jsonb_array_length(p_questions) > 20 then
    perform app.fail('invalid_survey', 'A survey has at most 20 questions.');
  end if;
  select coalesce(array_agg(q.id), '{}'::uuid[]) into v_existing from app.survey_questions q where q.survey_id = p_survey_id;

  for v_item in select e.value from jsonb_array_elements(p_questions) with ordinality e order by e.ordinality loop
    v_n := v_n + 1;
    v_at := format('Question %s: ', v_n);
    if jsonb_typeof(v_item) <> 'object' then
      perform app.fail('invalid_survey', v_at || 'a question is a JSON object.');
    end if;

    v_id := null;
    if jsonb_typeof(v_item -> 'id') = 'string' and app.is_uuid_text(v_item ->> 'id') then
      v_id := (v_item ->> 'id')::uuid;
      if v_id = any (v_given) then
        perform app.fail('invalid_survey', v_at || 'the same question id appears twice.');
      end if;
      v_given := v_given || v_id;
      if not (v_id = any (v_existing)) then
        v_id := null;
      end if;
    elsif coalesce(jsonb_typeof(v_item -> 'id'), 'null') <> 'null' then
      perform app.fail('invalid_survey', v_at || 'an id is a uuid.');
    end if;
    v_id := coalesce(v_id, gen_random_uuid());

    v_kind := v_item ->> 'kind';
    if jsonb_typeof(v_item -> 'kind') is distinct from 'string'
       or v_kind not in ('single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin') then
      perform app.fail('invalid_survey', v_at || 'the kind is single_choice, multiple_choice, scale, short_text, long_text or email_optin.');
    end if;

    if jsonb_typeof(v_item -> 'prompt') is distinct from 'string' then
      perform app.fail('invalid_survey', v_at || 'the prompt is text.');
    end if;
    v_prompt := btrim(v_item ->> 'prompt');
    if v_prompt = '' or char_length(v_prompt) > 300 then
      perform app.fail('invalid_survey', v_at || 'a prompt has 1 to 300 characters.');
    end if;

    case coalesce(jsonb_typeof(v_item -> 'required'), 'null')
      when 'null' then v_required := false;
      when 'boolean' then v_required := (v_item -> 'required')::boolean;
      else perform app.fail('invalid_survey', v_at || '"required" is true or false.');
    end case;

    v_options := v_item -> 'options';
    v_clean := '[]'::jsonb;
    if v_kind in ('single_choice', 'multiple_choice') then
      if jsonb_typeof(v_options) is distinct from 'array' or jsonb_array_length(v_options) not between 2 and 12 then
        perform app.fail('invalid_survey', v_at || 'a choice question has 2 to 12 options.');
      end if;
      v_keys := '{}'::text[];
      for v_option in select o.value from jsonb_array_elements(v_options) with ordinality o order by o.ordinality loop
        if jsonb_typeof(v_option) <> 'object' or jsonb_typeof(v_option -> 'key') is distinct from 'string'
           or (v_option ->> 'key') !~ '^[a-z0-9_-]{1,40}$' then
          perform app.fail('invalid_survey', v_at || 'an option key has 1 to 40 characters among a-z, 0-9, "_" and "-".');
        end if;
        if (v_option ->> 'key') = any (v_keys) then
          perform app.fail('invalid_survey', v_at || format('the option key "%s" appears twice.', v_option ->> 'key'));
        end if;
        if jsonb_typeof(v_option -> 'label') is distinct from 'string' then
          perform app.fail('invalid_survey', v_at || 'an option label is text.');
        end if;
        v_label := btrim(v_option ->> 'label');
        if v_label = '' or char_length(v_label) > 120 then
          perform app.fail('invalid_survey', v_at || 'an option label has 1 to 120 characters.');
        end if;
        v_keys := v_keys || (v_option ->> 'key');
        v_clean := v_clean || jsonb_build_array(jsonb_build_object('key', v_option ->> 'key', 'label', v_label));
      end loop;
    elsif v_options is not null and v_options not in ('null'::jsonb, '[]'::jsonb) then
      perform app.fail('invalid_survey', v_at || 'only choice questions have options.');
    end if;

    -- min and max mean something for scales only; other kinds ignore them.
    v_min := null;
    v_max := null;
    if v_kind = 'scale' then
      if jsonb_typeof(v_item -> 'min') is distinct from 'number' or jsonb_typeof(v_item -> 'max') is distinct from 'number' then
        perform app.fail('invalid_survey', v_at || 'a scale has a whole-number min and max from 0 to 10.');
      end if;
      v_min := (v_item -> 'min')::numeric;
      v_max := (v_item -> 'max')::numeric;
      if v_min <> trunc(v_min) or v_max <> trunc(v_max) or v_min < 0 or v_max > 10 or v_min >= v_max then
        perform app.fail('invalid_survey', v_at || 'a scale has a whole-number min below its max, both from 0 to 10.');
      end if;
    end if;

    if v_kind = 'email_optin' then
      v_emails := v_emails + 1;
      if v_emails > 1 then
        perform app.fail('invalid_survey', v_at || 'a survey has at most one email question.');
      end if;
    end if;

    -- show_if: {question_id, option_keys} after a choice question, {question_id, min, max} after
    -- a scale; question_id is the id an EARLIER question of this list was given, so a rule can
    -- point neither forward nor at itself, and rules cannot form a cycle.
    v_rule := v_item -> 'show_if';
    v_show_if := null;
    if v_rule is not null and v_rule <> 'null'::jsonb then
      if jsonb_typeof(v_rule) <> 'object' or jsonb_typeof(v_rule -> 'question_id') is distinct from 'string'
         or not app.is_uuid_text(v_rule ->> 'question_id') then
        perform app.fail('invalid_survey', v_at || 'a rule names the earlier question it depends on.');
      end if;
      v_rule_at := array_position(v_given_ids, lower(v_rule ->> 'question_id'));
      if v_rule_at is null then
        perform app.fail('invalid_survey', v_at || 'a rule depends on an earlier question of this survey.');
      end if;
      v_parent := v_out -> (v_rule_at - 1);
      if v_parent ->> 'kind' in ('single_choice', 'multiple_choice') then
        if jsonb_typeof(v_rule -> 'option_keys') is distinct from 'array'
           or jsonb_array_length(v_rule -> 'option_keys') = 0 or v_rule ? 'min' or v_rule ? 'max' then
          perform app.fail('invalid_survey', v_at || 'a rule on a choice question lists the options that show this one.');
        end if;
        v_mask := 0;
        for v_option in select o.value from jsonb_array_elements(v_rule -> 'option_keys') o loop
          v_position := case when jsonb_typeof(v_option) = 'string'
                             then array_position(app.option_keys(v_parent -> 'options'), v_option #>> '{}') end;
          if v_position is null or v_mask & (1 << (v_position - 1)) <> 0 then
            perform app.fail('invalid_survey', v_at || 'a rule lists options of its question, each once.');
          end if;
          v_mask := v_mask | (1 << (v_position - 1));
        end loop;
        v_show_if := jsonb_build_object('question_id', v_parent -> 'id', 'choices', v_mask);
      elsif v_parent ->> 'kind' = 'scale' then
        if jsonb_typeof(v_rule -> 'min') is distinct from 'number' or jsonb_typeof(v_rule -> 'max') is distinct from 'number'
           or v_rule ? 'option_keys' then
          perform app.fail('invalid_survey', v_at || 'a rule on a scale gives the range of values that show this one.');
        end if;
        v_rule_min := (v_rule -> 'min')::numeric;
        v_rule_max := (v_rule -> 'max')::numeric;
        if v_rule_min <> trunc(v_rule_min) or v_rule_max <> trunc(v_rule_max) or v_rule_min > v_rule_max
           or v_rule_min < (v_parent ->> 'min')::numeric or v_rule_max > (v_parent ->> 'max')::numeric then
          perform app.fail('invalid_survey', v_at || 'a rule''s range lies within its scale, its min not above its max.');
        end if;
        v_show_if := jsonb_build_object('question_id', v_parent -> 'id', 'min', v_rule_min::integer, 'max', v_rule_max::integer);
      else
        perform app.fail('invalid_survey', v_at || 'a rule depends on a choice question or a scale.');
      end if;
    end if;
    v_given_ids := v_given_ids || coalesce(lower(v_item ->> 'id'), '');

    -- evidence: what the kind allows (app.survey_questions' check); absent, the kind's own level,
    -- an opinion for choices and text until the creator says otherwise.
    v_evidence := case v_kind when 'email_optin' then 'commitment' else 'opinion' end;
    if coalesce(jsonb_typeof(v_item -> 'evidence'), 'null') <> 'null' then
      v_evidence := v_item ->> 'evidence';
      if jsonb_typeof(v_item -> 'evidence') <> 'string' or not (case v_kind
           when 'scale' then v_evidence = 'opinion'
           when 'email_optin' then v_evidence = 'commitment'
           else v_evidence in ('opinion', 'behaviour', 'strong_commitment') end) then
        perform app.fail('invalid_survey', v_at || case v_kind
          when 'scale' then 'a scale measures an opinion.'
          when 'email_optin' then 'an email left with consent is a commitment.'
          else 'the evidence is opinion, behaviour or strong_commitment.' end);
      end if;
    end if;

    v_out := v_out || jsonb_build_array(jsonb_build_object(
      'id', v_id, 'kind', v_kind, 'prompt', v_prompt, 'required', v_required,
      'options', v_clean, 'min', v_min::integer, 'max', v_max::integer, 'show_if', v_show_if,
      'evidence', v_evidence));
  end loop;
  return v_out;
end;
$$;

-- Replaces a survey's questions with a checked list (positions follow the array order).
-- Callers make sure the survey has no response: answers would go with the questions.
create or replace function app.write_questions(p_survey_id uuid, p_questions jsonb)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_questions jsonb := app.normalize_questions(p_survey_id, p_questions);
begin
  delete from app.survey_questions q where q.survey_id = p_survey_id;
  insert into app.survey_questions (id, survey_id, position, kind, prompt, required, options, min, max,
                                    show_if_question, show_if_choices, show_if_min, show_if_max, evidence)
  select (e.value ->> 'id')::uuid, p_survey_id, e.ordinality::smallint, e.value ->> 'kind', e.value ->> 'prompt',
         (e.value -> 'required')::boolean, e.value -> 'options', (e.value ->> 'min')::smallint, (e.value ->> 'max')::smallint,
         (e.value #>> '{show_if,question_id}')::uuid,
         (e.value #>> '{show_if,choices}')::integer,
         (e.value #>> '{show_if,min}')::smallint, (e.value #>> '{show_if,max}')::smallint,
         e.value ->> 'evidence'
    from jsonb_array_elements(v_questions) with ordinality e;
end;
$$;

-- Checks a success threshold against the survey's questions. Returns it normalised
-- ({question_id, option_keys, scale_min, target_rate, min_responses}, option keys in the
-- question's order), or the reason it does not hold. p_strict adds what publishing needs:
-- a waiting-list threshold needs an email question.
create or replace function app.normalize_threshold(
  p_survey_id uuid, p_threshold jsonb, p_strict boolean,
  out threshold jsonb, out problem text
)
language plpgsql
stable
set search_path = ''
as $$
declare
  v_question_id uuid;
  v_keys text[] := '{}'::text[];
  v_scale_min numeric;
  v_rate numeric;
  v_min_responses numeric;
  v_question record;
begin
  threshold := null;
  problem := null;
  if p_threshold is null or jsonb_typeof(p_threshold) <> 'object' then
    problem := 'A success threshold is a JSON object.';
    return;
  end if;

  case coalesce(jsonb_typeof(p_threshold -> 'question_id'), 'null')
    when 'null' then v_question_id := null;
    when 'string' then
      if not app.is_uuid_text(p_threshold ->> 'question_id') then
        problem := 'The threshold''s question_id is a question id, or null for waiting-list sign-ups.';
        return;
      end if;
      v_question_id := (p_threshold ->> 'question_id')::uuid;
    else
      problem := 'The threshold''s question_id is a question id, or null for waiting-list sign-ups.';
      return;
  end case;

  if jsonb_typeof(p_threshold -> 'target_rate') is distinct from 'number' then
    problem := 'The threshold''s target_rate is a number from 0.01 to 1.';
    return;
  end if;
  v_rate := (p_threshold -> 'target_rate')::numeric;
  if v_rate < 0.01 or v_rate > 1 then
    problem := 'The threshold''s target_rate is a number from 0.01 to 1.';
    return;
  end if;

  if jsonb_typeof(p_threshold -> 'min_responses') is distinct from 'number' then
    problem := 'The threshold''s min_responses is a whole number from 5 to 10,000.';
    return;
  end if;
  v_min_responses := (p_threshold -> 'min_responses')::numeric;
  if v_min_responses <> trunc(v_min_responses) or v_min_responses < 5 or v_min_responses > 10000 then
    problem := 'The threshold''s min_responses is a whole number from 5 to 10,000.';
    return;
  end if;

  case coalesce(jsonb_typeof(p_threshold -> 'option_keys'), 'null')
    when 'null' then v_keys := '{}'::text[];
    when 'array' then
      if exists (select 1 from jsonb_array_elements(p_threshold -> 'option_keys') e where jsonb_typeof(e.value) <> 'string') then
        problem := 'The threshold''s option_keys is a list of option keys.';
        return;
      end if;
      v_keys := array(select e.value from jsonb_array_elements_text(p_threshold -> 'option_keys') e);
    else
      problem := 'The threshold''s option_keys is a list of option keys.';
      return;
  end case;

  case coalesce(jsonb_typeof(p_threshold -> 'scale_min'), 'null')
    when 'null' then v_scale_min := null;
    when 'number' then
      v_scale_min := (p_threshold -> 'scale_min')::numeric;
      if v_scale_min <> trunc(v_scale_min) then
        problem := 'The threshold''s scale_min is a whole number.';
        return;
      end if;
    else
      problem := 'The threshold''s scale_min is a whole number.';
      return;
  end case;

  if v_question_id is null then
    if cardinality(v_keys) > 0 or v_scale_min is not null then
      problem := 'A waiting-list threshold has neither option_keys nor scale_min.';
      return;
    end if;
    if p_strict and not exists (
      select 1 from app.survey_questions q where q.survey_id = p_survey_id and q.kind = 'email_optin'
    ) then
      problem := 'A threshold on waiting-list sign-ups needs an email question in the survey.';
      return;
    end if;
  else
    select q.kind, q.min, q.max, q.option_keys as keys
      into v_question
      from app.survey_questions q
     where q.id = v_question_id and q.survey_id = p_survey_id;
    if not found then
      problem := 'The success threshold refers to a question this survey does not have.';
      return;
    end if;
    if v_question.kind in ('single_choice', 'multiple_choice') then
      if cardinality(v_keys) = 0 or v_scale_min is not null then
        problem := 'A threshold on a choice question names the options that count as success, and no scale_min.';
        return;
      end if;
      if not (v_keys <@ v_question.keys)
         or cardinality(v_keys) <> (select count(distinct k) from unnest(v_keys) k) then
        problem := 'The threshold''s option_keys are distinct options of its question.';
        return;
      end if;
      v_keys := array(select k.key from unnest(v_question.keys) with ordinality k(key, n)
                       where k.key = any (v_keys) order by k.n);
    elsif v_question.kind = 'scale' then
      if cardinality(v_keys) > 0 or v_scale_min is null or v_scale_min < v_question.min or v_scale_min > v_question.max then
        problem := 'A threshold on a scale question has a scale_min within the scale, and no option_keys.';
        return;
      end if;
    else
      problem := 'A success threshold counts answers to a choice or scale question, or waiting-list sign-ups.';
      return;
    end if;
  end if;

  threshold := jsonb_build_object(
    'question_id', v_question_id, 'option_keys', to_jsonb(v_keys), 'scale_min', v_scale_min::integer,
    'target_rate', v_rate, 'min_responses', v_min_responses::integer);
end;
$$;

-- Inserts a survey with a fresh slug, drawing again in the (unlikely) event of a collision.
create or replace function app.insert_survey(
  p_owner_id uuid, p_plan_id uuid, p_title text, p_intro text, p_locale text, p_max_responses integer
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_id uuid;
  v_attempt integer := 0;
begin
  while v_id is null loop
    begin
      insert into app.surveys (owner_id, plan_id, slug, title, intro, locale, max_responses)
      values (p_owner_id, p_plan_id, app.new_slug(), p_title, p_intro, p_locale, p_max_responses)
      returning id into v_id;
    exception when unique_violation then
      v_attempt := v_attempt + 1;
      if v_attempt >= 5 then
        raise;
      end if;
    end;
  end loop;
  return v_id;
end;
$$;

grant execute on function app.new_slug() to authenticated;
grant execute on function app.survey_status(text, timestamptz, integer, integer) to authenticated;
grant execute on function app.show_if_json(app.survey_questions, jsonb), app.survey_question_list(uuid) to authenticated;
grant execute on function app.survey_detail(uuid) to authenticated;
grant execute on function app.can_read_survey(uuid) to authenticated;
grant execute on function app.owned_survey(uuid) to authenticated;
grant execute on function app.lock_owned_survey(uuid) to authenticated;
grant execute on function app.check_survey_text(text, text, text) to authenticated;
grant execute on function app.normalize_questions(uuid, jsonb) to authenticated;
grant execute on function app.write_questions(uuid, jsonb) to authenticated;
grant execute on function app.normalize_threshold(uuid, jsonb, boolean) to authenticated;
grant execute on function app.insert_survey(uuid, uuid, text, text, text, integer) to authenticated;


-- ── the creator's API ────────────────────────────────────────────────────────

-- create_survey: a new draft owned by the caller, with an optional first list of questions.
create or replace function public.create_survey(
  p_title text, p_locale text, p_intro text default '', p_questions jsonb default '[]'::jsonb, p_plan_id uuid default null
)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_id uuid;
begin
  perform app.check_survey_text(p_title, p_intro, p_locale);
  if p_plan_id is not null and not exists (select 1 from app.plans p where p.id = p_plan_id and p.owner_id = v_uid) then
    perform app.fail('invalid_survey', 'The plan is not one of yours.');
  end if;
  v_id := app.insert_survey(v_uid, p_plan_id, btrim(p_title), btrim(coalesce(p_intro, '')), p_locale, null);
  perform app.write_questions(v_id, p_questions);
  return app.survey_detail(v_id);
end;
$$;

-- get_survey: the detail of one of the caller's surveys.
create or replace function public.get_survey(p_survey_id uuid)
returns public.survey_detail
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  return app.survey_detail(v_survey.id);
end;
$$;

-- list_my_surveys: the caller's surveys, newest first.
create or replace function public.list_my_surveys()
returns setof public.survey_summary
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return query
    select s.id, s.slug, s.title, app.survey_status(s.status, s.closes_at, s.max_responses, c.n),
           s.locale, c.n, s.created_at, s.updated_at, s.published_at
      from app.surveys s
           cross join lateral (select count(*)::integer as n from app.responses r where r.survey_id = s.id) c
     where s.owner_id = v_uid
     order by s.created_at desc, s.id desc;
end;
$$;

-- update_survey: title, introduction, language and threshold while a draft; closing date and
-- response limit at any time. A null argument leaves its field as it is; p_threshold '{}' (or
-- JSON null) removes the threshold.
create or replace function public.update_survey(
  p_survey_id uuid,
  p_title text default null,
  p_intro text default null,
  p_locale text default null,
  p_closes_at timestamptz default null,
  p_clear_closes_at boolean default false,
  p_max_responses integer default null,
  p_clear_max_responses boolean default false,
  p_threshold jsonb default null,
  p_hypothesis text default null
)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  -- Locked: a new response limit must apply to every submission after this one commits.
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_title text := coalesce(btrim(p_title), v_survey.title);
  v_intro text := coalesce(btrim(p_intro), v_survey.intro);
  v_locale text := coalesce(p_locale, v_survey.locale);
  v_threshold jsonb := v_survey.threshold;
  v_hypothesis text := v_survey.hypothesis;
  v_problem text;
  v_closes_at timestamptz := v_survey.closes_at;
  v_max_responses integer := v_survey.max_responses;
begin
  if p_hypothesis is not null then
    -- Measured as sent before it is cleaned: a longer argument is refused, never expanded.
    if char_length(p_hypothesis) > 1000 then
      perform app.fail('invalid_survey', 'A hypothesis has at most 300 characters.');
    end if;
    v_hypothesis := app.clean_text(p_hypothesis);
  end if;
  if p_threshold is not null then
    if p_threshold in ('null'::jsonb, '{}'::jsonb) then
      v_threshold := null;
    else
      select n.threshold, n.problem into v_threshold, v_problem
        from app.normalize_threshold(v_survey.id, p_threshold, false) n;
    end if;
  end if;

  -- Sending the current values again is not an edit.
  if v_survey.status <> 'draft'
     and (v_title <> v_survey.title or v_intro <> v_survey.intro or v_locale <> v_survey.locale
          or v_problem is not null or v_threshold is distinct from v_survey.threshold
          or v_hypothesis <> v_survey.hypothesis) then
    perform app.fail('survey_not_editable',
      'The title, introduction, language and test card (hypothesis and threshold) change only while the survey is a draft.');
  end if;
  perform app.check_survey_text(v_title, v_intro, v_locale);
  if char_length(v_hypothesis) > 300 then
    perform app.fail('invalid_survey', 'A hypothesis has at most 300 characters.');
  end if;
  if v_problem is not null then
    perform app.fail('invalid_survey', v_problem);
  end if;

  if p_clear_closes_at and p_closes_at is not null then
    perform app.fail('invalid_survey', 'Give a closing date or clear it, not both.');
  elsif p_clear_closes_at then
    v_closes_at := null;
  elsif p_closes_at is not null then
    if p_closes_at <= now() then
      perform app.fail('invalid_survey', 'The closing date must be in the future.');
    end if;
    v_closes_at := p_closes_at;
  end if;

  if p_clear_max_responses and p_max_responses is not null then
    perform app.fail('invalid_survey', 'Give a response limit or clear it, not both.');
  elsif p_clear_max_responses then
    v_max_responses := null;
  elsif p_max_responses is not null then
    if p_max_responses not between 1 and 100000 then
      perform app.fail('invalid_survey', 'A response limit is from 1 to 100,000.');
    end if;
    v_max_responses := p_max_responses;
  end if;

  update app.surveys s
     set title = v_title, intro = v_intro, locale = v_locale, threshold = v_threshold, hypothesis = v_hypothesis,
         closes_at = v_closes_at, max_responses = v_max_responses
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- save_survey_questions: replaces the whole ordered list (so it is also "reorder"), until the
-- first response arrives. A draft's threshold on a question that no longer fits is cleared; a
-- published survey's threshold must keep holding.
create or replace function public.save_survey_questions(p_survey_id uuid, p_questions jsonb)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  -- Locked: waits for submissions in flight, which were checked against the old questions.
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_problem text;
begin
  if exists (select 1 from app.responses r where r.survey_id = v_survey.id) then
    perform app.fail('survey_has_responses',
      'This survey has responses, so its questions are frozen: duplicate it as a new version instead.');
  end if;
  perform app.write_questions(v_survey.id, p_questions);

  if v_survey.status <> 'draft' and not exists (select 1 from app.survey_questions q where q.survey_id = v_survey.id) then
    perform app.fail('invalid_survey', 'A published survey keeps at least one question.');
  end if;
  if v_survey.threshold is not null then
    select n.problem into v_problem
      from app.normalize_threshold(v_survey.id, v_survey.threshold, v_survey.status <> 'draft') n;
    if v_problem is not null and v_survey.status <> 'draft' then
      perform app.fail('invalid_survey', v_problem);
    end if;
  end if;

  update app.surveys s
     set threshold = case when v_problem is null then s.threshold end, updated_at = now()
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- publish_survey: a draft goes live once it has a question and a success threshold.
-- Publishing a published survey again changes nothing.
create or replace function public.publish_survey(p_survey_id uuid)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_missing text[] := '{}'::text[];
  v_problem text;
begin
  if v_survey.status = 'published' then
    return app.survey_detail(v_survey.id);
  end if;
  if v_survey.status = 'closed' then
    perform app.fail('survey_not_editable', 'A closed survey is reopened, not published again.');
  end if;
  if not exists (select 1 from app.survey_questions q where q.survey_id = v_survey.id) then
    v_missing := v_missing || 'Add at least one question.'::text;
  end if;
  if v_survey.hypothesis = '' then
    v_missing := v_missing || 'State the hypothesis the survey tests.'::text;
  end if;
  if v_survey.threshold is null then
    v_missing := v_missing || 'Set a success threshold.'::text;
  else
    select n.problem into v_problem from app.normalize_threshold(v_survey.id, v_survey.threshold, true) n;
    if v_problem is not null then
      v_missing := v_missing || v_problem;
    end if;
  end if;
  if v_survey.closes_at <= now() then
    v_missing := v_missing || 'The closing date is already past.'::text;
  end if;
  if cardinality(v_missing) > 0 then
    perform app.fail('survey_not_ready', array_to_string(v_missing, ' '));
  end if;

  update app.surveys s set status = 'published', published_at = now() where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- close_survey: stops a published survey from taking responses. Closing it again changes nothing.
create or replace function public.close_survey(p_survey_id uuid)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
begin
  if v_survey.status = 'draft' then
    perform app.fail('survey_not_editable', 'A draft is not published, so it cannot be closed.');
  end if;
  update app.surveys s set status = 'closed' where s.id = v_survey.id and s.status <> 'closed';
  return app.survey_detail(v_survey.id);
end;
$$;

-- reopen_survey: takes responses again. A closing date already past is cleared, and so is a
-- response limit already reached (otherwise the survey would stay closed).
create or replace function public.reopen_survey(p_survey_id uuid)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_count integer;
begin
  if v_survey.status = 'draft' then
    perform app.fail('survey_not_editable', 'A draft is published, not reopened.');
  end if;
  select count(*)::integer into v_count from app.responses r where r.survey_id = v_survey.id;
  update app.surveys s
     set status = 'published',
         published_at = coalesce(s.published_at, now()),
         closes_at = case when s.closes_at <= now() then null else s.closes_at end,
         max_responses = case when s.max_responses <= v_count then null else s.max_responses end
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- duplicate_survey: a new draft with the same content, new slug and question ids, the threshold
-- pointing at the copied question, no responses. A published survey's copy is its next version
-- ("Title (v2)", then "(v3)"); a draft's copy is "Title (copy)".
create or replace function public.duplicate_survey(p_survey_id uuid)
returns public.survey_detail
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
  v_match text[];
  v_base text := v_survey.title;
  v_suffix text;
  v_new_id uuid;
  v_question app.survey_questions;
  v_question_id uuid;
  v_threshold jsonb;
  -- Old question id -> new one, for the rules of the copied questions.
  v_new_ids jsonb := '{}'::jsonb;
begin
  if v_survey.status = 'draft' then
    v_suffix := ' (copy)';
  else
    v_match := regexp_match(v_survey.title, '^(.*) \(v([0-9]{1,4})\)$');
    if v_match is not null then
      v_base := v_match[1];
      v_suffix := format(' (v%s)', v_match[2]::integer + 1);
    else
      v_suffix := ' (v2)';
    end if;
  end if;

  v_new_id := app.insert_survey(v_survey.owner_id, v_survey.plan_id,
    left(v_base, 120 - char_length(v_suffix)) || v_suffix, v_survey.intro, v_survey.locale, v_survey.max_responses);

  if v_survey.threshold is not null and v_survey.threshold ->> 'question_id' is null then
    v_threshold := v_survey.threshold;
  end if;
  for v_question in
    select q.* from app.survey_questions q where q.survey_id = v_survey.id order by q.position
  loop
    insert into app.survey_questions (survey_id, position, kind, prompt, required, options, min, max,
                                      show_if_question, show_if_choices, show_if_min, show_if_max, evidence)
    values (v_new_id, v_question.position, v_question.kind, v_question.prompt, v_question.required,
            v_question.options, v_question.min, v_question.max,
            (v_new_ids ->> v_question.show_if_question::text)::uuid, v_question.show_if_choices,
            v_question.show_if_min, v_question.show_if_max, v_question.evidence)
    returning id into v_question_id;
    v_new_ids := v_new_ids || jsonb_build_object(v_question.id::text, v_question_id);
    if v_survey.threshold ->> 'question_id' = v_question.id::text then
      v_threshold := jsonb_set(v_survey.threshold, '{question_id}', to_jsonb(v_question_id));
    end if;
  end loop;

  update app.surveys s set threshold = v_threshold, hypothesis = v_survey.hypothesis where s.id = v_new_id;
  return app.survey_detail(v_new_id);
end;
$$;

-- What public.delete_survey returns (typed, for the generated types).
create type public.deleted_survey as (id uuid);

-- delete_survey: removes a survey with its questions, responses and waiting list.
create or replace function public.delete_survey(p_survey_id uuid)
returns public.deleted_survey
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  delete from app.surveys s where s.id = v_survey.id;
  return row(v_survey.id)::public.deleted_survey;
end;
$$;

revoke execute on function public.create_survey(text, text, text, jsonb, uuid) from public, anon;
revoke execute on function public.get_survey(uuid) from public, anon;
revoke execute on function public.list_my_surveys() from public, anon;
revoke execute on function public.update_survey(uuid, text, text, text, timestamptz, boolean, integer, boolean, jsonb, text) from public, anon;
revoke execute on function public.save_survey_questions(uuid, jsonb) from public, anon;
revoke execute on function public.publish_survey(uuid) from public, anon;
revoke execute on function public.close_survey(uuid) from public, anon;
revoke execute on function public.reopen_survey(uuid) from public, anon;
revoke execute on function public.duplicate_survey(uuid) from public, anon;
revoke execute on function public.delete_survey(uuid) from public, anon;

grant execute on function public.create_survey(text, text, text, jsonb, uuid) to authenticated;
grant execute on function public.get_survey(uuid) to authenticated;
grant execute on function public.list_my_surveys() to authenticated;
grant execute on function public.update_survey(uuid, text, text, text, timestamptz, boolean, integer, boolean, jsonb, text) to authenticated;
grant execute on function public.save_survey_questions(uuid, jsonb) to authenticated;
grant execute on function public.publish_survey(uuid) to authenticated;
grant execute on function public.close_survey(uuid) to authenticated;
grant execute on function public.reopen_survey(uuid) to authenticated;
grant execute on function public.duplicate_survey(uuid) to authenticated;
grant execute on function public.delete_survey(uuid) to authenticated;

-- The respondent's functions, hardened (issue 11): sizes measured as received, one text and one
-- email rule, the response limit read from and kept in app.survey_counters (O(1)), and
-- the per-client guard of Supabase mode (rate_limited). The contract of DESIGN.md is unchanged
-- apart from that new key.

-- get_public_survey: a published survey by its slug, with status 'open' or 'closed'.
-- Drafts and unknown slugs are survey_not_found. Never returns counts, threshold or owner.
-- Returns jsonb, as DESIGN.md's public contract fixes it; the questions are the creator's
-- (public.survey_question) as JSON, one shape for both.
create or replace function public.get_public_survey(p_slug text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.slug = lower(btrim(p_slug)) and s.status <> 'draft';
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'No published survey has this address.');
  end if;
  return jsonb_build_object(
    'id', v_survey.id, 'slug', v_survey.slug, 'title', v_survey.title, 'intro', v_survey.intro,
    'locale', v_survey.locale,
    'status', case when app.survey_status(v_survey.status, v_survey.closes_at, v_survey.max_responses, app.limited_response_count(v_survey.id)) = 'closed'
                   then 'closed' else 'open' end,
    -- The creator's questions without what each one proves: that is the creator's reading.
    'questions', (select coalesce(jsonb_agg(to_jsonb(q) - 'evidence' order by q.position), '[]'::jsonb)
                    from unnest(app.survey_question_list(v_survey.id)) q));
end;
$$;

-- submit_response: stores one response, its answers and, with consent, a waiting-list email.
--
-- Checks, in this order (the first that fails decides the error; a rejected call writes nothing):
--   1. survey_not_found        unknown slug, or a draft
--   2. invalid_respondent_key  not 16 to 128 characters of [A-Za-z0-9_-]
--   3. (replay)                this key already answered this survey: the first response's id is
--                              returned and nothing is written, whatever else the call carries
--   4. survey_closed           closed by hand, past closes_at, or max_responses reached
--   5. invalid_answers         p_answers over 16 KB as received (its jsonb size, never printed), nested
--                              deeper than an answer can be, or not an object; then, question
--                              by question in survey order: wrong type, option not offered or given
--                              twice, scale value not a whole number in [min, max], text over 2,000
--                              characters, required question unanswered (a required email_optin
--                              question needs p_email), an answer to a conditional question its rule
--                              hid (hidden questions are never required); then a key that is not a question of this
--                              survey (email_optin questions included: their answer is p_email);
--                              then an email sent to a survey without an email_optin question
--   6. invalid_email           not an address by app.is_email_address (after app.clean_text)
--   7. consent_required        an email without p_consent
--   8. rate_limited            Supabase mode: this client address already sent the survey's
--                              responses_per_client_hour responses within this clock hour
-- With a response limit, the response is written first, then one of the survey's counter
-- stripes is moved, only while below its quota (app.survey_counters); when every stripe is full,
-- survey_closed undoes the whole call. Concurrent submissions never exceed max_responses, and a
-- stripe's lock is held only from that update to the commit.
--
-- Unanswered: a missing key, JSON null, [] for a multiple choice, a blank text (app.clean_text).
-- Texts are stored as app.clean_text gives them. Malformed input that Postgres refuses before
-- the call (NUL, lone surrogates, extreme nesting) is mapped to invalid_answers by the adapters
-- (src/data/errors.ts), since no function body sees it.
create or replace function public.submit_response(
  p_slug text,
  p_respondent_key text,
  p_answers jsonb,
  p_email text default null,
  p_consent boolean default false
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_survey_id uuid;
  v_threshold jsonb;
  v_threshold_total integer := 0;
  v_threshold_success integer := 0;
  v_status text;
  v_closes_at timestamptz;
  v_max_responses integer;
  v_response_count integer;
  v_per_client integer;
  v_client bytea;
  v_client_count integer;
  v_problem text;
  v_key_count integer;
  v_claimed boolean := false;
  v_offset integer := floor(random() * 16)::integer;
  v_response_id uuid;
  v_answers jsonb := coalesce(p_answers, '{}'::jsonb);
  v_email text;
  v_question record;
  v_answer jsonb;
  v_element jsonb;
  v_at text;
  v_position integer;
  v_mask integer;
  v_number numeric;
  v_text text;
  v_clean text;
  v_matched integer := 0;
  v_shown boolean;
  v_index integer;
  v_has_email_question boolean := false;
  v_question_ids uuid[] := '{}'::uuid[];
  v_choices integer[] := '{}'::integer[];
  v_scales smallint[] := '{}'::smallint[];
  v_texts text[] := '{}'::text[];
begin
  -- Steps 1 to 4 read what they need in one statement (this function is on the hot path).
  -- The key-share lock on the survey row (which the response's foreign key takes anyway) makes
  -- a creator's change of questions or response limit wait for this call to finish; the counter
  -- is only a first look, the limit is enforced when the counter moves below.
  select s.id, s.status, s.closes_at, s.max_responses,
         (select r.id from app.responses r where r.survey_id = s.id and r.respondent_key = p_respondent_key),
         case when s.max_responses is not null then app.limited_response_count(s.id) end, s.responses_per_client_hour,
         s.threshold
    into v_survey_id, v_status, v_closes_at, v_max_responses, v_response_id, v_response_count, v_per_client,
         v_threshold
    from app.surveys s
   where s.slug = lower(btrim(p_slug)) and s.status <> 'draft'
     for key share of s;

  -- 1.
  if v_survey_id is null then
    perform app.fail('survey_not_found', 'No published survey has this address.');
  end if;

  -- 2.
  if p_respondent_key is null or not app.is_respondent_key(p_respondent_key) then
    perform app.fail('invalid_respondent_key', 'A respondent key is 16 to 128 characters among A-Z, a-z, 0-9, "_" and "-".');
  end if;

  -- 3.
  if v_response_id is not null then
    return v_response_id;
  end if;

  -- 4.
  if app.survey_status(v_status, v_closes_at, v_max_responses, v_response_count) = 'closed' then
    -- The response that filled the survey may be this key's own, committed since the first look.
    select r.id into v_response_id
      from app.responses r
     where r.survey_id = v_survey_id and r.respondent_key = p_respondent_key;
    if v_response_id is not null then
      return v_response_id;
    end if;
    perform app.fail('survey_closed', 'This survey no longer takes responses.');
  end if;

  -- 5. Measured before anything reads the answers: {"question id": ["option key"]} is 2 deep.
  v_problem := app.json_input_problem(v_answers, 16384, 2);
  if v_problem is not null then
    perform app.fail('invalid_answers', v_problem);
  end if;
  if jsonb_typeof(v_answers) <> 'object' then
    perform app.fail('invalid_answers', 'The answers come as a JSON object keyed by question id.');
  end if;
  v_key_count := (select count(*)::integer from jsonb_object_keys(v_answers));
  -- An address is at most 254 characters: a longer argument is not cleaned, only refused.
  if char_length(p_email) > 1000 then
    perform app.fail('invalid_email', 'This does not look like an email address.');
  end if;
  v_email := nullif(app.clean_text(p_email), '');

  for v_question in
    select q.id, q.position, q.kind, q.required, q.min, q.max, q.option_keys,
           q.show_if_question, q.show_if_choices, q.show_if_min, q.show_if_max
      from app.survey_questions q
     where q.survey_id = v_survey_id
     order by q.position
  loop
    v_at := format('Question %s: ', v_question.position);
    -- A conditional question is shown when the answer already read for its (earlier) question
    -- matches its rule; a question that was hidden has no answer, so what hangs on it is hidden.
    v_shown := true;
    if v_question.show_if_question is not null then
      v_index := array_position(v_question_ids, v_question.show_if_question);
      v_shown := v_index is not null and coalesce(
        case when v_question.show_if_choices is not null then v_choices[v_index] & v_question.show_if_choices <> 0
             else v_scales[v_index] between v_question.show_if_min and v_question.show_if_max end, false);
    end if;

    if v_question.kind = 'email_optin' then
      v_has_email_question := true;
      if not v_shown and v_email is not null then
        perform app.fail('invalid_answers', v_at || 'this question was not shown, so it takes no answer.');
      end if;
      if v_shown and v_question.required and v_email is null then
        perform app.fail('invalid_answers', v_at || 'an email is required.');
      end if;
      continue;
    end if;

    v_answer := v_answers -> v_question.id::text;
    if v_answer is not null then
      v_matched := v_matched + 1;
    end if;
    if v_answer is null or jsonb_typeof(v_answer) = 'null'
       or (v_question.kind = 'multiple_choice' and v_answer = '[]'::jsonb)
       or (v_question.kind in ('short_text', 'long_text') and jsonb_typeof(v_answer) = 'string'
           and char_length(v_answer #>> '{}') <= 2000 and app.clean_text(v_answer #>> '{}') = '') then
      if v_shown and v_question.required then
        perform app.fail('invalid_answers', v_at || 'an answer is required.');
      end if;
      continue;
    end if;
    if not v_shown then
      perform app.fail('invalid_answers', v_at || 'this question was not shown, so it takes no answer.');
    end if;

    case v_question.kind
      when 'single_choice' then
        if jsonb_typeof(v_answer) <> 'string' then
          perform app.fail('invalid_answers', v_at || 'the answer is one option key.');
        end if;
        v_position := array_position(v_question.option_keys, v_answer #>> '{}');
        if v_position is null then
          perform app.fail('invalid_answers', v_at || 'this option is not offered.');
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || (1 << (v_position - 1));
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || null::text;

      when 'multiple_choice' then
        if jsonb_typeof(v_answer) <> 'array' then
          perform app.fail('invalid_answers', v_at || 'the answer is a list of option keys.');
        end if;
        v_mask := 0;
        for i in 0 .. jsonb_array_length(v_answer) - 1 loop
          v_element := v_answer -> i;
          if jsonb_typeof(v_element) <> 'string' then
            perform app.fail('invalid_answers', v_at || 'the answer is a list of option keys.');
          end if;
          v_position := array_position(v_question.option_keys, v_element #>> '{}');
          if v_position is null then
            perform app.fail('invalid_answers', v_at || 'this option is not offered.');
          end if;
          if v_mask & (1 << (v_position - 1)) <> 0 then
            perform app.fail('invalid_answers', v_at || 'an option is given twice.');
          end if;
          v_mask := v_mask | (1 << (v_position - 1));
        end loop;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || v_mask;
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || null::text;

      when 'scale' then
        if jsonb_typeof(v_answer) <> 'number' then
          perform app.fail('invalid_answers', v_at || 'the answer is a number.');
        end if;
        v_number := v_answer::numeric;
        if v_number <> trunc(v_number) or v_number < v_question.min or v_number > v_question.max then
          perform app.fail('invalid_answers',
            v_at || format('the answer is a whole number from %s to %s.', v_question.min, v_question.max));
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || null::integer;
        v_scales := v_scales || v_number::smallint;
        v_texts := v_texts || null::text;

      else -- short_text, long_text
        if jsonb_typeof(v_answer) <> 'string' then
          perform app.fail('invalid_answers', v_at || 'the answer is text.');
        end if;
        v_text := v_answer #>> '{}';
        -- As sent, then as stored: NFC may lengthen a text (up to three times).
        if char_length(v_text) > 2000 then
          perform app.fail('invalid_answers', v_at || 'an answer has at most 2,000 characters.');
        end if;
        v_clean := app.clean_text(v_text);
        if char_length(v_clean) > 2000 then
          perform app.fail('invalid_answers', v_at || 'an answer has at most 2,000 characters.');
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || null::integer;
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || v_clean;
    end case;
    -- The answer just read, if it is the threshold's question: for the stored tallies.
    if v_question.id::text = v_threshold ->> 'question_id' then
      v_threshold_total := 1;
      v_threshold_success := app.is_threshold_success(v_threshold, v_question.option_keys,
        v_choices[cardinality(v_choices)], v_scales[cardinality(v_scales)])::integer;
    end if;
  end loop;

  if v_matched <> v_key_count then
    perform app.fail('invalid_answers', 'An answer names a question this survey does not ask (email answers travel in p_email).');
  end if;
  if v_email is not null and not v_has_email_question then
    perform app.fail('invalid_answers', 'This survey does not collect emails.');
  end if;

  -- 6.
  if v_email is not null and not app.is_email_address(v_email) then
    perform app.fail('invalid_email', 'This does not look like an email address.');
  end if;

  -- 7.
  if v_email is not null and p_consent is not true then
    perform app.fail('consent_required', 'Leaving an email needs consent to be contacted.');
  end if;

  -- 8. One row per client and hour; a refused call rolls its own increment back.
  v_client := app.client_address_hash();
  if v_client is not null then
    insert into app.client_submissions as c (survey_id, client_hash, hour)
    values (v_survey_id, v_client, date_trunc('hour', now()))
    on conflict (survey_id, client_hash, hour) do update set responses = c.responses + 1
    returning c.responses into v_client_count;
    if v_client_count > v_per_client then
      perform app.fail('rate_limited', 'Too many responses to this survey from this connection: try again later.');
    end if;
    if v_client_count = 1 then
      -- This client's earlier hours no longer matter: the table keeps one row per active client.
      delete from app.client_submissions c
       where c.survey_id = v_survey_id and c.client_hash = v_client and c.hour < date_trunc('hour', now());
    end if;
  end if;

  -- One statement writes the response, its answers and the email. If a concurrent call with
  -- the same key won, nothing is inserted here and that call's id is returned.
  with response as (
    insert into app.responses (survey_id, respondent_key, left_email)
    values (v_survey_id, p_respondent_key, v_email is not null)
    on conflict (survey_id, respondent_key) do nothing
    returning id
  ),
  answers as (
    insert into app.response_answers (response_id, survey_id, question_id, choices, scale, text_value, created_at)
    select response.id, v_survey_id, a.question_id, a.choices, a.scale, a.text_value, now()
      from response
           cross join unnest(v_question_ids, v_choices, v_scales, v_texts) as a(question_id, choices, scale, text_value)
  ),
  waitlist as (
    insert into app.waitlist (survey_id, response_id, email, consent_at)
    select v_survey_id, response.id, v_email, now()
      from response
     where v_email is not null
    on conflict (survey_id, lower(email)) do nothing
  )
  select response.id into v_response_id from response;

  if v_response_id is null then
    select r.id into v_response_id
      from app.responses r
     where r.survey_id = v_survey_id and r.respondent_key = p_respondent_key;
    return v_response_id;
  end if;

  -- The limit, exact: a stripe moves only while below its quota. First a stripe with room that
  -- no other submission holds, from a random start (no waiting); failing that, each stripe in
  -- turn, waiting for its holder. Refused only when every stripe was seen full; the refusal
  -- undoes the response written above.
  if v_max_responses is not null then
    update app.survey_counters c
       set responses = c.responses + 1
     where (c.survey_id, c.stripe) = (
             select f.survey_id, f.stripe
               from app.survey_counters f
              where f.survey_id = v_survey_id and f.responses < f.quota
              order by (f.stripe + v_offset) % 16
              limit 1
                for update skip locked);
    v_claimed := found;
    if not v_claimed then
      for v_stripe in 0 .. 15 loop
        update app.survey_counters c
           set responses = c.responses + 1
         where c.survey_id = v_survey_id and c.stripe = v_stripe and c.responses < c.quota;
        v_claimed := found;
        exit when v_claimed;
      end loop;
    end if;
    if not v_claimed then
      perform app.fail('survey_closed', 'This survey has reached its response limit.');
    end if;
  end if;

  insert into app.survey_tallies as t (survey_id, slot, responses, threshold_total, threshold_successes)
  values (v_survey_id, pg_backend_pid() % 16, 1, v_threshold_total, v_threshold_success)
  on conflict (survey_id, slot) do update
    set responses = t.responses + 1,
        threshold_total = t.threshold_total + excluded.threshold_total,
        threshold_successes = t.threshold_successes + excluded.threshold_successes;
  return v_response_id;
end;
$$;

revoke execute on function public.get_public_survey(text) from public;
revoke execute on function public.submit_response(text, text, jsonb, text, boolean) from public;
grant execute on function public.get_public_survey(text) to anon, authenticated;
grant execute on function public.submit_response(text, text, jsonb, text, boolean) to anon, authenticated;

-- What a creator learns from a survey: survey_results (every figure computed here, in SQL) and
-- the two exports. Security invoker: RLS on the answer tables applies on top of the checks.

-- survey_results counts people on the waiting list once (issue 11): the threshold on the waiting
-- list and the email question's "answered" read app.waitlist (one row per address and survey,
-- unique on lower(email)) instead of counting responses that left an email.

-- Of each survey in the list that the caller can read: its responses, and its threshold's
-- progress, {question_id, successes, total, target_rate, min_responses}, or null without a
-- threshold (or when its question is gone). For a question: its answers that count as
-- success among those who answered it; for the waiting list (question_id null): distinct
-- addresses on the waiting list among all responses. Reads the stored tallies (and the waiting
-- list), a few rows per survey; set-based, so the coach's list of plans asks once for all its
-- clients.
-- A threshold's progress: successes among the answers that count (the waiting list's sign-ups
-- among all responses when question_id is null), and the threshold's own rate and minimum.
create type public.threshold_progress as (
  question_id uuid, successes integer, total integer, target_rate numeric, min_responses integer
);

create or replace function app.survey_progress(p_survey_ids uuid[])
returns table (survey_id uuid, responses integer, threshold public.threshold_progress)
language sql
stable
set search_path = ''
as $$
  select s.id, t.responses,
         case
           when s.threshold is null then null
           when s.threshold ->> 'question_id' is null then row(
             null, (select count(*)::integer from app.waitlist w where w.survey_id = s.id), t.responses,
             (s.threshold ->> 'target_rate')::numeric, (s.threshold ->> 'min_responses')::integer)::public.threshold_progress
           when exists (select 1 from app.survey_questions q
                         where q.survey_id = s.id and q.id = (s.threshold ->> 'question_id')::uuid) then row(
             (s.threshold ->> 'question_id')::uuid, t.threshold_successes, t.threshold_total,
             (s.threshold ->> 'target_rate')::numeric, (s.threshold ->> 'min_responses')::integer)::public.threshold_progress
         end
    from app.surveys s
         cross join lateral (
           select coalesce(sum(x.responses), 0)::integer as responses,
                  coalesce(sum(x.threshold_total), 0)::integer as threshold_total,
                  coalesce(sum(x.threshold_successes), 0)::integer as threshold_successes
             from app.survey_tallies x
            where x.survey_id = s.id) t
   where s.id = any (p_survey_ids)
$$;

grant execute on function app.survey_progress(uuid[]) to authenticated;

-- What the answers a threshold counts prove: the level set on its question, commitments for a
-- waiting-list threshold (emails left with consent), nothing without a threshold. The coach's
-- plan survey and the learning card read it; src/domain/evidence.ts (countedEvidence) is its twin.
create or replace function app.threshold_evidence(p_threshold public.threshold_progress)
returns text
language sql
stable
set search_path = ''
as $$
  select case when p_threshold is null then null
              when p_threshold.question_id is null then 'commitment'
              else (select q.evidence from app.survey_questions q where q.id = p_threshold.question_id) end
$$;

grant execute on function app.threshold_evidence(public.threshold_progress) to authenticated;

-- survey_results: totals, responses per day (UTC), and per question: how many answered, counts
-- per option, the histogram (every value of the scale, zeros included) and mean of a scale, the
-- 20 latest texts, and the threshold's progress (app.survey_progress). The email question's
-- "answered" is the number of distinct addresses on the waiting list: ten responses leaving one
-- address are one person on the list, not ten.
--
-- One grouped index-only scan of response_answers_tally_idx tallies every choice and scale
-- question at once (choices are bitmasks), so the cost grows with responses × questions
-- only once, whatever the number of options.
-- Returns jsonb, as DESIGN.md's public contract fixes it (read by surveyResultsSchema); its
-- threshold is a public.threshold_progress as JSON, as a coach's list of plans gives it.
create or replace function public.survey_results(p_survey_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
-- From about 100,000 responses the cost estimate crosses jit_above_cost, and compiling takes
-- longer than the query runs.
set jit = off
as $$
declare
  v_result jsonb;
begin
  perform app.require_user();
  if p_survey_id is null or not app.can_read_survey(p_survey_id) then
    perform app.fail('survey_not_found', 'There is no survey you can read with this id.');
  end if;

  with
  tally as materialized (
    select a.question_id, a.choices, a.scale, count(*)::integer as n
      from app.response_answers a
     where a.survey_id = p_survey_id
     group by a.question_id, a.choices, a.scale
  ),
  days as materialized (
    select (r.created_at at time zone 'UTC')::date as day, count(*)::integer as n
      from app.responses r
     where r.survey_id = p_survey_id
     group by 1
  ),
  totals as (
    select coalesce(sum(d.n), 0)::integer as total,
           (select count(*)::integer from app.waitlist w where w.survey_id = p_survey_id) as with_email
      from days d
  ),
  questions as materialized (
    select q.id, q.position, q.kind, q.prompt, q.options, q.min, q.max,
           case when q.kind = 'email_optin' then (select t.with_email from totals t)
                else coalesce((select sum(t.n) from tally t where t.question_id = q.id), 0)::integer end as answered,
           -- How many were shown the question: everyone, or those whose answer to the question it
           -- depends on matches its rule (read from the same tally).
           case when q.show_if_question is null then (select t.total from totals t)
                else coalesce((select sum(t.n) from tally t
                                where t.question_id = q.show_if_question
                                  and case when q.show_if_choices is not null then t.choices & q.show_if_choices <> 0
                                           else t.scale between q.show_if_min and q.show_if_max end), 0)::integer
           end as seen
      from app.survey_questions q
     where q.survey_id = p_survey_id
  ),
  question_json as (
    select q.position,
           jsonb_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'prompt', q.prompt, 'answered', q.answered,
                              'seen', q.seen)
           || case
                when q.kind in ('single_choice', 'multiple_choice') then jsonb_build_object('options', (
                  select jsonb_agg(
                           jsonb_build_object(
                             'key', o.value ->> 'key', 'label', o.value ->> 'label',
                             'count', coalesce((select sum(t.n) from tally t
                                                 where t.question_id = q.id
                                                   and t.choices & (1 << (o.ordinality::integer - 1)) <> 0), 0)::integer)
                           order by o.ordinality)
                    from jsonb_array_elements(q.options) with ordinality o))
                when q.kind = 'scale' then jsonb_build_object(
                  'histogram', (
                    select jsonb_agg(
                             jsonb_build_object(
                               'value', v.value,
                               'count', coalesce((select sum(t.n) from tally t
                                                   where t.question_id = q.id and t.scale = v.value), 0)::integer)
                             order by v.value)
                      from generate_series(q.min::integer, q.max::integer) v(value)),
                  'mean', (
                    select round(sum(t.scale::numeric * t.n) / nullif(sum(t.n), 0), 2)
                      from tally t
                     where t.question_id = q.id and t.scale is not null))
                when q.kind in ('short_text', 'long_text') then jsonb_build_object('latest_text', (
                  select coalesce(jsonb_agg(jsonb_build_object('text', x.text_value, 'created_at', x.created_at)
                                            order by x.created_at desc, x.response_id desc), '[]'::jsonb)
                    from (select a.text_value, a.created_at, a.response_id
                            from app.response_answers a
                           where a.question_id = q.id and a.survey_id = p_survey_id and a.text_value is not null
                           order by a.created_at desc, a.response_id desc
                           limit 20) x))
                else '{}'::jsonb
              end as body
      from questions q
  )
  select jsonb_build_object(
           'survey_id', p_survey_id,
           'total_responses', (select t.total from totals t),
           'waitlist_count', (select t.with_email from totals t),
           'per_day', (select coalesce(jsonb_agg(jsonb_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'count', d.n)
                                                 order by d.day), '[]'::jsonb)
                         from days d),
           'questions', (select coalesce(jsonb_agg(j.body order by j.position), '[]'::jsonb) from question_json j),
           'threshold', (select to_jsonb(g.threshold) from app.survey_progress(array[p_survey_id]) g))
    into v_result;
  return v_result;
end;
$$;

-- export_survey_responses: every response, oldest first, answers keyed by question id
-- (an option key, a list of option keys, a number or a text; true for the email question when
-- an email was left, the address itself being in the waiting-list export).
-- What export_survey_responses returns: the questions, and each response with its answers
-- keyed by question id (responsesSchema checks them in the app).
create type public.export_question as (id uuid, position smallint, kind text, prompt text);
create type public.exported_response as (id uuid, created_at timestamptz, answers jsonb);
create type public.survey_export as (questions public.export_question[], rows public.exported_response[]);

create or replace function public.export_survey_responses(p_survey_id uuid)
returns public.survey_export
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
  v_email_question text;
begin
  select q.id::text into v_email_question
    from app.survey_questions q
   where q.survey_id = v_survey.id and q.kind = 'email_optin';

  return row(
    (select coalesce(array_agg(row(q.id, q.position, q.kind, q.prompt)::public.export_question order by q.position), '{}')
       from app.survey_questions q
      where q.survey_id = v_survey.id),
    (
      with answers as (
        select x.response_id,
               jsonb_object_agg(
                 x.question_id::text,
                 case q.kind
                   when 'single_choice' then to_jsonb((app.choice_keys(q.options, x.choices))[1])
                   when 'multiple_choice' then to_jsonb(app.choice_keys(q.options, x.choices))
                   when 'scale' then to_jsonb(x.scale)
                   else to_jsonb(x.text_value)
                 end) as answers
          from app.response_answers x
               join app.survey_questions q on q.id = x.question_id
         where x.survey_id = v_survey.id
         group by x.response_id
      )
      select coalesce(
               array_agg(
                 row(r.id, r.created_at,
                     coalesce(a.answers, '{}'::jsonb)
                     || case when r.left_email and v_email_question is not null
                             then jsonb_build_object(v_email_question, true) else '{}'::jsonb end)::public.exported_response
                 order by r.created_at, r.id),
               '{}')
        from app.responses r
             left join answers a on a.response_id = r.id
       where r.survey_id = v_survey.id))::public.survey_export;
end;
$$;

-- export_survey_waitlist: the waiting list, oldest first. Owner only, even once coaches can
-- read results.
create type public.waitlist_entry as (email text, consent_at timestamptz, created_at timestamptz);

create or replace function public.export_survey_waitlist(p_survey_id uuid)
returns setof public.waitlist_entry
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  return query
    select w.email::text, w.consent_at, w.created_at
      from app.waitlist w
     where w.survey_id = v_survey.id
     order by w.created_at, w.id;
end;
$$;

revoke execute on function public.survey_results(uuid) from public, anon;
revoke execute on function public.export_survey_responses(uuid) from public, anon;
revoke execute on function public.export_survey_waitlist(uuid) from public, anon;
grant execute on function public.survey_results(uuid) to authenticated;
grant execute on function public.export_survey_responses(uuid) to authenticated;
grant execute on function public.export_survey_waitlist(uuid) to authenticated;

