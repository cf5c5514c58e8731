-- Bounds for each plan section, checked in SQL as well as in the browser.
-- save_plan_section now calls app.check_plan_section before writing; later sections add theirs.

create or replace function app.check_plan_section(p_section text, p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_key text;
begin
  if p_section = 'niche' then
    foreach v_key in array array['statement', 'who', 'what', 'situation', 'whyTalk'] loop
      if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'string' then
        perform app.fail('invalid_section', format('niche.%s must be text.', v_key));
      end if;
    end loop;
    if char_length(coalesce(p_data ->> 'statement', '')) > 200 then
      perform app.fail('niche_too_long', 'A niche statement has at most 200 characters.');
    end if;
    if char_length(coalesce(p_data ->> 'who', '')) > 120
       or char_length(coalesce(p_data ->> 'what', '')) > 120
       or char_length(coalesce(p_data ->> 'situation', '')) > 120 then
      perform app.fail('invalid_section', 'Each guided answer has at most 120 characters.');
    end if;
    if char_length(coalesce(p_data ->> 'whyTalk', '')) > 280 then
      perform app.fail('invalid_section', 'The "why would they talk to each other" answer has at most 280 characters.');
    end if;
    foreach v_key in array array['startSize', 'targetSize'] loop
      if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'null' and (
           jsonb_typeof(p_data -> v_key) <> 'number'
           or (p_data ->> v_key)::numeric <> trunc((p_data ->> v_key)::numeric)
           or (p_data ->> v_key)::numeric not between 1 and 100000) then
        perform app.fail('invalid_section', format('niche.%s is a whole number from 1 to 100,000.', v_key));
      end if;
    end loop;
  end if;
end;
$$;

grant execute on function app.check_plan_section(text, jsonb) to authenticated;

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
  perform app.check_plan_section(p_section, p_data);

  insert into app.plans (owner_id, sections)
  values (v_uid, jsonb_build_object(p_section, p_data))
  on conflict (owner_id) do update
    set sections = app.plans.sections || jsonb_build_object(p_section, p_data)
  returning * into v_plan;

  return jsonb_build_object('id', v_plan.id, 'updated_at', v_plan.updated_at);
end;
$$;
