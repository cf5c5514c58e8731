-- What submit_response needs to stay O(1) and to resist stuffing (issue 11):
--   * app.survey_counters, the responses of a survey with a limit, kept by submit_response,
--     so neither the limit check nor get_public_survey counts responses;
--   * app.surveys.responses_per_client_hour and app.client_submissions, the per-client guard
--     of Supabase mode, which knows a client only by a salted hash of its address.

alter table app.surveys add column responses_per_client_hour integer not null default 20
  check (responses_per_client_hour between 1 and 100000);

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

-- Surveys that already have a limit. Runs as the migration's owner, so every response counts.
select app.start_survey_counters(s.id), app.spread_survey_quotas(s.id, s.max_responses)
  from app.surveys s
 where s.max_responses is not null;


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
