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
