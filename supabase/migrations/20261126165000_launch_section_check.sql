-- save_plan_section checks every section through app.check_plan_section. The launch rules live
-- in their own function (app.check_launch_section, with the check-ins migration); this makes
-- check_plan_section a dispatcher: the niche, platform and rituals rules as they were, then the
-- launch rules. A later section adds one line here rather than copying the others.

alter function app.check_plan_section(text, jsonb) rename to check_niche_platform_rituals;

create function app.check_plan_section(p_section text, p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  perform app.check_niche_platform_rituals(p_section, p_data);
  if p_section = 'launch' then
    perform app.check_launch_section(p_data);
  end if;
end;
$$;

revoke execute on function app.check_plan_section(text, jsonb) from public;
grant execute on function app.check_plan_section(text, jsonb) to authenticated;
