-- The creator's plan: one per owner for now, one jsonb document per wizard section.
-- Each section's shape is checked by the browser (zod) and its bounds again here.

create table app.plans (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null unique references auth.users (id) on delete cascade,
  sections jsonb not null default '{}'::jsonb
    check (jsonb_typeof(sections) = 'object')
    check (octet_length(sections::text) <= 262144),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

grant select, insert, update, delete on app.plans to authenticated;

alter table app.plans enable row level security;

create trigger plans_touch_updated_at
  before update on app.plans
  for each row execute function app.touch_updated_at();

create policy "Owners can read their plan"
  on app.plans for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can create their plan"
  on app.plans for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Owners can update their plan"
  on app.plans for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Owners can delete their plan"
  on app.plans for delete to authenticated
  using (owner_id = (select auth.uid()));

-- get_my_plan: the caller's plan as {id, sections, updated_at}, or null before the first save.
create or replace function public.get_my_plan()
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  return (
    select jsonb_build_object('id', p.id, 'sections', p.sections, 'updated_at', p.updated_at)
      from app.plans p
     where p.owner_id = v_uid
  );
end;
$$;

-- save_plan_section: replaces one section of the caller's plan, creating the plan if needed.
create or replace function public.save_plan_section(p_section text, p_data jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan app.plans;
begin
  if p_section is null or p_section not in ('niche', 'survey', 'platform', 'rituals', 'launch', 'summary') then
    perform app.fail('invalid_section', 'Unknown plan section.');
  end if;
  if p_data is null or jsonb_typeof(p_data) <> 'object' then
    perform app.fail('invalid_section', 'A plan section is a JSON object.');
  end if;
  if octet_length(p_data::text) > 32768 then
    perform app.fail('section_too_large', 'A plan section holds at most 32 KB.');
  end if;

  insert into app.plans (owner_id, sections)
  values (v_uid, jsonb_build_object(p_section, p_data))
  on conflict (owner_id) do update
    set sections = app.plans.sections || jsonb_build_object(p_section, p_data)
  returning * into v_plan;

  return jsonb_build_object('id', v_plan.id, 'updated_at', v_plan.updated_at);
end;
$$;

revoke execute on function public.get_my_plan() from public, anon;
revoke execute on function public.save_plan_section(text, jsonb) from public, anon;
grant execute on function public.get_my_plan() to authenticated;
grant execute on function public.save_plan_section(text, jsonb) to authenticated;
