-- save_plan_section measures a section as received (issue 11): `octet_length(p_data::text)`
-- printed every number in full, so a few KB of 1e131071 cost hundreds of MB before the 32 KB
-- check refused them. The plan's own size check had the same pattern.

alter table app.plans drop constraint if exists plans_sections_check1;
-- NOT VALID: stored plans are not re-measured; every write from now on is.
alter table app.plans add constraint plans_sections_size check (pg_column_size(sections) <= 262144) not valid;

create or replace function public.save_plan_section(p_section text, p_data jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_plan app.plans;
  v_problem text;
begin
  if p_section is null or p_section not in ('niche', 'survey', 'platform', 'rituals', 'launch', 'summary') then
    perform app.fail('invalid_section', 'Unknown plan section.');
  end if;
  if p_data is null or jsonb_typeof(p_data) <> 'object' then
    perform app.fail('invalid_section', 'A plan section is a JSON object.');
  end if;
  if pg_column_size(p_data) > 32768 then
    perform app.fail('section_too_large', 'A plan section holds at most 32 KB.');
  end if;
  -- Sections are a few levels deep (rituals: section, list, ritual, params, value).
  v_problem := app.json_input_problem(p_data, 32768, 12);
  if v_problem is not null then
    perform app.fail('invalid_section', v_problem);
  end if;
  perform app.check_plan_section(p_section, p_data);

  insert into app.plans (owner_id, sections)
  values (v_uid, jsonb_build_object(p_section, p_data))
  on conflict (owner_id) do update
    set sections = app.plans.sections || jsonb_build_object(p_section, p_data)
  returning * into v_plan;

  return jsonb_build_object('id', v_plan.id, 'updated_at', v_plan.updated_at);
end;
$$;
