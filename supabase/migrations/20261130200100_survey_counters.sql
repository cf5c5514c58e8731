-- What submit_response needs to stay O(1) and to resist stuffing (issue 11):
--   * app.surveys.response_count, the responses of a survey with a limit, kept by
--     submit_response, so neither the limit check nor get_public_survey counts responses;
--   * app.surveys.responses_per_client_hour and app.client_submissions, the per-client guard
--     of Supabase mode, which knows a client only by a salted hash of its address.

-- Null while the survey has no limit: unlimited submissions then take no lock on the survey row
-- (a counter kept for them would make every respondent of a survey queue on that row).
alter table app.surveys add column response_count integer check (response_count >= 0);
alter table app.surveys add column responses_per_client_hour integer not null default 20
  check (responses_per_client_hour between 1 and 100000);

-- updated_at tracks the creator's edits: a response moving the counter is not one. The column
-- list is every column a creator may update (the grants of 20261126140000_surveys.sql).
drop trigger surveys_touch_updated_at on app.surveys;
create trigger surveys_touch_updated_at
  before update of plan_id, title, intro, locale, status, closes_at, max_responses, threshold, published_at, updated_at
  on app.surveys
  for each row execute function app.touch_updated_at();

-- The counter starts when a limit is set: counted once, here, under the row lock the update
-- holds. update_survey takes that lock with FOR UPDATE first, which waits for submissions in
-- flight (they hold a key-share lock) and holds back new ones, so the count is exact.
create or replace function app.start_response_count()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.max_responses is null then
    new.response_count := null;
  elsif tg_op = 'INSERT' then
    new.response_count := 0;
  elsif old.max_responses is null or old.response_count is null then
    new.response_count := (select count(*)::integer from app.responses r where r.survey_id = new.id);
  end if;
  return new;
end;
$$;

create trigger surveys_start_response_count
  before insert or update of max_responses on app.surveys
  for each row execute function app.start_response_count();

-- Surveys that already have a limit. Runs as the migration's owner: the trigger counts.
update app.surveys s set max_responses = s.max_responses where s.max_responses is not null;


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
