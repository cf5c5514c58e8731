-- What respondents send: one response per (survey, respondent key), its answers, and the
-- waiting list. Written only by public.submit_response (security definer); creators read their
-- own through survey_results and the exports. Neither anon nor another creator reads a row.

create table app.responses (
  id uuid primary key default gen_random_uuid(),
  survey_id uuid not null references app.surveys (id) on delete cascade,
  -- The respondent's idempotency key: a retry with the same key returns this row's id.
  respondent_key text not null check (char_length(respondent_key) between 16 and 128 and respondent_key !~ '[^A-Za-z0-9_-]'),
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
