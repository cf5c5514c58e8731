-- A profile per user: display name and roles. Created on first save by the user themself.

create table app.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null default '' check (char_length(display_name) <= 80),
  roles text[] not null default array['creator']
    check (roles <@ array['creator', 'coach'] and cardinality(roles) between 1 and 2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

grant select, insert, update on app.profiles to authenticated;

alter table app.profiles enable row level security;

create trigger profiles_touch_updated_at
  before update on app.profiles
  for each row execute function app.touch_updated_at();

create policy "Users can read their own profile"
  on app.profiles for select to authenticated
  using (id = (select auth.uid()));

create policy "Users can create their own profile"
  on app.profiles for insert to authenticated
  with check (id = (select auth.uid()));

create policy "Users can update their own profile"
  on app.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- get_my_profile: the caller's profile, or defaults when none was saved yet.
create or replace function public.get_my_profile()
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_profile jsonb;
begin
  select jsonb_build_object('id', p.id, 'display_name', p.display_name, 'roles', to_jsonb(p.roles))
    into v_profile
    from app.profiles p
   where p.id = v_uid;
  return coalesce(v_profile,
    jsonb_build_object('id', v_uid, 'display_name', '', 'roles', jsonb_build_array('creator')));
end;
$$;

-- save_my_profile: creates or updates the caller's profile.
create or replace function public.save_my_profile(p_display_name text, p_roles text[] default array['creator'])
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_name text := btrim(coalesce(p_display_name, ''));
begin
  if char_length(v_name) > 80 then
    perform app.fail('invalid_profile', 'A display name has at most 80 characters.');
  end if;
  if p_roles is null or not (p_roles <@ array['creator', 'coach']) or cardinality(p_roles) not between 1 and 2 then
    perform app.fail('invalid_profile', 'Roles are "creator", "coach" or both.');
  end if;
  insert into app.profiles (id, display_name, roles)
  values (v_uid, v_name, p_roles)
  on conflict (id) do update set display_name = excluded.display_name, roles = excluded.roles;
  return public.get_my_profile();
end;
$$;

revoke execute on function public.get_my_profile() from public, anon;
revoke execute on function public.save_my_profile(text, text[]) from public, anon;
grant execute on function public.get_my_profile() to authenticated;
grant execute on function public.save_my_profile(text, text[]) to authenticated;
