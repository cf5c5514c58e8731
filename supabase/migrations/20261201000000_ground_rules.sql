-- Ground rules for every later migration, and the helpers every area shares: the contract
-- error, the caller, the clock, and the rules for what clients send.
-- Tables live in schema `app`, which the API does not expose (see config.toml: api.schemas);
-- clients reach data only through functions in `public`.
--
-- One baseline per area, each object created in exactly one of them: this file, then profiles
-- and plans, surveys and responses, check-ins, coach. They replace the twenty migrations of the
-- first release, which never reached a Supabase project.

-- ── a local database from the first release ──────────────────────────────────
-- Local mode keeps a PGlite database in the browser, built by the first release's migrations
-- (noyau_local.migrations lists them). There the old objects are not patched one by one: their
-- schema is set aside as `app_release_1` and the old API functions are dropped, so these
-- baselines create everything anew; 20261201000900_upgrade_release_1.sql then copies the rows
-- and drops the old schema. A Supabase project has no noyau_local schema: nothing happens there.
do $$
declare
  v_function regprocedure;
begin
  if to_regclass('noyau_local.migrations') is null then
    return;
  end if;
  -- Nested: the table exists only on this branch, and PL/pgSQL plans a statement when it runs.
  if not exists (select 1 from noyau_local.migrations where name = '20261126120000_ground_rules.sql') then
    return;
  end if;
  alter schema app rename to app_release_1;
  for v_function in
    select p.oid::regprocedure
      from pg_catalog.pg_proc p
     where p.pronamespace = 'public'::regnamespace
       and not exists (select 1 from pg_catalog.pg_depend d
                        where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
  loop
    execute format('drop function %s', v_function);
  end loop;
end;
$$;

-- Ground rules for every later migration.
-- Tables live in schema `app`, which the API does not expose (see config.toml: api.schemas);
-- clients reach data only through functions in `public`.

create schema if not exists app;
revoke all on schema app from public;
grant usage on schema app to authenticated, anon, service_role;

-- No function is callable by anyone until a migration grants it explicitly.
-- PUBLIC's execute comes from the global default, which a per-schema ALTER DEFAULT PRIVILEGES
-- cannot take away: it must be revoked without `in schema`. The per-schema line then removes
-- Supabase's own grants to anon and authenticated in public.
revoke execute on all functions in schema public from public;
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from anon, authenticated;

-- Nothing in `app` is readable by default either: each table grants what its policies need.
alter default privileges in schema app revoke all on tables from public, anon, authenticated;

-- Raise a contract error: SQLSTATE P0001, the message is the key alone, a sentence in DETAIL.
create or replace function app.fail(p_key text, p_detail text default null)
returns void
language plpgsql
as $$
begin
  raise exception using errcode = 'P0001', message = p_key, detail = coalesce(p_detail, p_key);
end;
$$;

-- The caller's user id, or the error every private function gives to anonymous callers.
create or replace function app.require_user()
returns uuid
language plpgsql
stable
as $$
declare
  v_uid uuid := auth.uid();
begin
  if v_uid is null then
    perform app.fail('not_authenticated', 'Sign in (or pick a local profile) first.');
  end if;
  return v_uid;
end;
$$;

grant execute on function app.fail(text, text) to anon, authenticated;
grant execute on function app.require_user() to anon, authenticated;

-- Keeps updated_at honest whatever the client sends.
create or replace function app.touch_updated_at()
returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

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


-- ── shared rules ─────────────────────────────────────────────────────────────
-- Each rule in one place: a predicate, and a domain over it where a column holds such values.
-- The jsonb checks call the predicate (a domain's failure would be a check violation, not a
-- contract key). Strict: null is no answer, and a domain lets a null column through.

create or replace function app.is_uuid_text(p_text text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select p_text ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
$$;

-- The shape of an IANA zone name ("Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+5");
-- app.is_time_zone also asks PostgreSQL's time zone database.
create or replace function app.is_time_zone_name(p_text text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select p_text ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$'
$$;

create domain app.time_zone_name as text check (app.is_time_zone_name(value));

-- A respondent's idempotency key: 16 to 128 of A-Z, a-z, 0-9, "_" and "-". (A length test and a
-- negated class: a bounded repetition costs far more to match.)
create or replace function app.is_respondent_key(p_text text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.char_length(p_text) between 16 and 128 and p_text !~ '[^A-Za-z0-9_-]'
$$;

create domain app.respondent_key as text check (app.is_respondent_key(value));

-- An id the browser makes for an item of a plan section (a ritual, a member).
create or replace function app.is_local_id(p_text text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select p_text ~ '^[A-Za-z0-9_-]{1,64}$'
$$;

-- A day written YYYY-MM-DD, or null when the text is not one (2026-02-30 is not).
create or replace function app.as_calendar_date(p_text text)
returns date
language plpgsql
immutable
strict
parallel safe
set search_path = ''
as $$
begin
  if p_text !~ '^\d{4}-\d{2}-\d{2}$' then
    return null;
  end if;
  return pg_catalog.make_date(substr(p_text, 1, 4)::int, substr(p_text, 6, 2)::int, substr(p_text, 9, 2)::int);
exception when datetime_field_overflow or invalid_datetime_format then
  return null;
end;
$$;

grant execute on function app.is_uuid_text(text), app.is_time_zone_name(text), app.is_respondent_key(text),
  app.is_local_id(text), app.as_calendar_date(text) to anon, authenticated;
grant usage on domain app.time_zone_name, app.respondent_key to anon, authenticated;

-- ── the clock ────────────────────────────────────────────────────────────────
-- The creator's day is the creator's: each profile keeps an IANA time zone (taken from the
-- browser, editable on /account), and every date rule reads "today" through app.today()
-- (profiles and plans), in that zone.

-- A name PostgreSQL's time zone database knows ("Europe/Paris", "Pacific/Kiritimati", "UTC").
-- POSIX strings such as "UTC+5" (which means five hours west) are not names and are refused.
create or replace function app.is_time_zone(p_zone text)
returns boolean
language sql
stable
set search_path = ''
as $$
  select p_zone is not null
     and app.is_time_zone_name(p_zone)
     and exists (select 1 from pg_catalog.pg_timezone_names z where z.name = p_zone)
$$;

-- The calendar day of an instant in a zone: pure, so tests can ask for any instant.
create or replace function app.local_date(p_at timestamptz, p_zone text)
returns date
language sql
stable
set search_path = ''
as $$
  select (p_at at time zone coalesce(p_zone, 'UTC'))::date
$$;

grant execute on function app.is_time_zone(text) to authenticated;
grant execute on function app.local_date(timestamptz, text) to authenticated;


-- ── what clients send ────────────────────────────────────────────────────────
-- Shared rules for what clients send (issue 11): input measured as received, one text rule and
-- one email rule. The browser mirrors the text and email rules in src/domain/text-rules.ts.

-- Why a problem and not a boolean: callers raise their own contract key with this sentence.
-- Measured on the value as it arrived, never printed: pg_column_size is the jsonb's own size
-- (a number written 1e131071 weighs a few bytes there, but 131,072 digits once cast to text),
-- the depth test stops at the given level, and a number's magnitude is compared, not printed.
create or replace function app.json_input_problem(p_value jsonb, p_max_bytes integer, p_max_depth integer)
returns text
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
begin
  if p_value is null then
    return null;
  end if;
  if pg_catalog.pg_column_size(p_value) > p_max_bytes then
    return pg_catalog.format('The data weighs more than %s KB as sent.', p_max_bytes / 1024);
  end if;
  -- Level 0 is the value itself: strict mode, so arrays are not unwrapped into extra levels.
  if pg_catalog.jsonb_path_exists(p_value, pg_catalog.format('strict $.**{%s}', p_max_depth + 1)::jsonpath) then
    return pg_catalog.format('The data is nested more than %s levels deep.', p_max_depth);
  end if;
  -- Printed, 1e131071 or 1e-131071 is 131,072 characters: refuse magnitudes no form produces.
  if pg_catalog.jsonb_path_exists(p_value,
       'strict $.** ? (@.type() == "number" && (@ > 1e15 || @ < -1e15 || (@ != 0 && @ < 1e-9 && @ > -1e-9)))') then
    return 'A number is too large or too small.';
  end if;
  return null;
end;
$$;

grant execute on function app.json_input_problem(jsonb, integer, integer) to anon, authenticated;

-- Text as people mean it: NFC, without the white space and invisible format characters around it
-- (ASCII white space, NEL, no-break and typographic spaces, soft hyphen, zero-width characters,
-- bidi marks and isolates, word joiner, Hangul fillers, BOM). Only ASCII spaces were trimmed
-- before, so a tab or a zero-width space passed for an answer. Same class in text-rules.ts.
create or replace function app.clean_text(p_text text)
returns text
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.regexp_replace(
    pg_catalog.normalize(p_text, 'NFC'),
    '^[\s\u0085\u00a0\u00ad\u034f\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]+|[\s\u0085\u00a0\u00ad\u034f\u115f\u1160\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]+$',
    '', 'g')
$$;

grant execute on function app.clean_text(text) to anon, authenticated;

-- An address as the HTML email input takes it, made stricter where the issue found holes: a
-- dot-atom local part (no leading, trailing or doubled dot), domain labels that neither start
-- nor end with "-", at least one dot, and RFC 5321's lengths (local part 64, address 254,
-- label 63). The CASE tests the length first: no regex runs on a long string.
create or replace function app.is_email_address(p_email text)
returns boolean
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select case
           when pg_catalog.char_length(p_email) > 254 then false
           when pg_catalog.char_length(pg_catalog.split_part(p_email, '@', 1)) > 64 then false
           when pg_catalog.split_part(p_email, '@', 2) ~ '[^.]{64}' then false
           else p_email ~ '^[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$'
         end
$$;

grant execute on function app.is_email_address(text) to anon, authenticated;

create domain app.email_address as text check (app.is_email_address(value));
grant usage on domain app.email_address to anon, authenticated;
