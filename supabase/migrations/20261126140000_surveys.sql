-- Interest surveys and their questions. A creator builds a draft, publishes it at a public link
-- (/s/:slug), closes or reopens it. Creators reach these tables only through the functions of
-- 20261126140200_survey_functions.sql; respondents only through the two security definer
-- functions of 20261126140300_survey_public.sql.

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
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz
);

create index surveys_owner_id_created_at_idx on app.surveys (owner_id, created_at desc);
create index surveys_plan_id_idx on app.surveys (plan_id) where plan_id is not null;

-- Column-level grants: owner_id and slug are set once, never changed.
grant select, delete on app.surveys to authenticated;
grant insert (owner_id, plan_id, slug, title, intro, locale, closes_at, max_responses, threshold)
  on app.surveys to authenticated;
grant update (plan_id, title, intro, locale, status, closes_at, max_responses, threshold, published_at, updated_at)
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
  unique (survey_id, position),
  check (
    case when kind = 'scale' then min is not null and max is not null and 0 <= min and min < max and max <= 10
         else min is null and max is null end
  ),
  check ((kind in ('single_choice', 'multiple_choice')) = (jsonb_array_length(options) >= 2))
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
