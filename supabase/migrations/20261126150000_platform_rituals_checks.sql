-- Bounds for the platform and rituals sections (steps 3 and 4), checked in SQL as well as in the
-- browser (src/domain/platform-section.ts, src/domain/ritual-section.ts). The niche branch is
-- kept exactly as 20261126130000_niche_section_checks.sql wrote it.
-- Drafts are saved as the creator types: a ritual may still lack its day (weekday null), and the
-- schedule says so; what is stored is always well-typed and bounded.

create or replace function app.check_plan_section(p_section text, p_data jsonb)
returns void
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_key text;
  v_answers jsonb;
  v_item jsonb;
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

  if p_section = 'platform' then
    if p_data ? 'answers' and jsonb_typeof(p_data -> 'answers') <> 'object' then
      perform app.fail('invalid_section', 'platform.answers must be an object.');
    end if;
    v_answers := coalesce(p_data -> 'answers', '{}'::jsonb);
    foreach v_key in array array['kind', 'talk', 'live', 'money', 'devices', 'budget'] loop
      if v_answers ? v_key and jsonb_typeof(v_answers -> v_key) <> 'null' and not (
           jsonb_typeof(v_answers -> v_key) = 'string'
           and v_answers ->> v_key = any (case v_key
             when 'kind' then array['tech_gaming', 'expertise', 'learning', 'support', 'professional', 'hobby']
             when 'talk' then array['chat', 'threads', 'broadcast', 'personal']
             when 'live' then array['none', 'audio', 'video']
             when 'money' then array['free', 'later', 'paid']
             when 'devices' then array['phone', 'computer', 'both']
             else array['none', 'low', 'high'] end)) then
        perform app.fail('invalid_section', format('platform.answers.%s is not one of the offered answers.', v_key));
      end if;
    end loop;
    if v_answers ? 'courses' and jsonb_typeof(v_answers -> 'courses') not in ('boolean', 'null') then
      perform app.fail('invalid_section', 'platform.answers.courses is true, false or null.');
    end if;
    if v_answers ? 'apps' and (
         jsonb_typeof(v_answers -> 'apps') <> 'array'
         or jsonb_array_length(v_answers -> 'apps') > 4
         or exists (select 1 from jsonb_array_elements(v_answers -> 'apps') as a(app)
                    where jsonb_typeof(a.app) <> 'string' or a.app #>> '{}' not in ('discord', 'telegram', 'whatsapp', 'slack'))) then
      perform app.fail('invalid_section', 'platform.answers.apps lists at most the four chat apps.');
    end if;
    if v_answers ? 'hoursPerWeek' and jsonb_typeof(v_answers -> 'hoursPerWeek') <> 'null' and (
         jsonb_typeof(v_answers -> 'hoursPerWeek') <> 'number'
         or (v_answers ->> 'hoursPerWeek')::numeric not between 0 and 80) then
      perform app.fail('invalid_section', 'platform.answers.hoursPerWeek is a number of hours from 0 to 80.');
    end if;
    if p_data ? 'choice' and jsonb_typeof(p_data -> 'choice') <> 'null' and (
         jsonb_typeof(p_data -> 'choice') <> 'string'
         or p_data ->> 'choice' not in ('discord', 'telegram', 'circle', 'mighty', 'whatsapp', 'skool', 'slack')) then
      perform app.fail('invalid_section', 'platform.choice is one of the seven platforms.');
    end if;
    if p_data ? 'reasons' and (
         jsonb_typeof(p_data -> 'reasons') <> 'array'
         or jsonb_array_length(p_data -> 'reasons') > 5
         or exists (select 1 from jsonb_array_elements(p_data -> 'reasons') as r(reason)
                    where jsonb_typeof(r.reason) <> 'object'
                       or jsonb_typeof(r.reason -> 'key') is distinct from 'string'
                       or r.reason ->> 'key' !~ '^[a-z_]{1,40}$'
                       or (r.reason ? 'params' and (jsonb_typeof(r.reason -> 'params') <> 'object'
                           or octet_length((r.reason -> 'params')::text) > 400)))) then
      perform app.fail('invalid_section', 'platform.reasons holds at most five reasons, each a key and its figures.');
    end if;
    foreach v_key in array array['score', 'rank'] loop
      if p_data ? v_key and jsonb_typeof(p_data -> v_key) <> 'null' and (
           jsonb_typeof(p_data -> v_key) <> 'number'
           or (p_data ->> v_key)::numeric <> trunc((p_data ->> v_key)::numeric)
           or (p_data ->> v_key)::numeric not between (case v_key when 'score' then 0 else 1 end) and (case v_key when 'score' then 100 else 7 end)) then
        perform app.fail('invalid_section', format('platform.%s is out of range.', v_key));
      end if;
    end loop;
    if p_data ? 'note' and (jsonb_typeof(p_data -> 'note') <> 'string' or char_length(p_data ->> 'note') > 500) then
      perform app.fail('invalid_section', 'platform.note is text of at most 500 characters.');
    end if;
  end if;

  if p_section = 'rituals' then
    if p_data ? 'startDate' and jsonb_typeof(p_data -> 'startDate') <> 'null' then
      if jsonb_typeof(p_data -> 'startDate') <> 'string' or p_data ->> 'startDate' !~ '^\d{4}-\d{2}-\d{2}$' then
        perform app.fail('invalid_section', 'rituals.startDate is a date written YYYY-MM-DD.');
      end if;
      begin
        perform make_date(substr(p_data ->> 'startDate', 1, 4)::int, substr(p_data ->> 'startDate', 6, 2)::int, substr(p_data ->> 'startDate', 9, 2)::int);
      exception when datetime_field_overflow or invalid_datetime_format then
        perform app.fail('invalid_section', 'rituals.startDate is not a day of the calendar.');
      end;
      if substr(p_data ->> 'startDate', 1, 4)::int not between 1900 and 2999 then
        perform app.fail('invalid_section', 'rituals.startDate is out of range.');
      end if;
    end if;
    if p_data ? 'timeZone' and (
         jsonb_typeof(p_data -> 'timeZone') <> 'string'
         or p_data ->> 'timeZone' !~ '^[A-Za-z0-9_+/-]{1,64}$') then
      perform app.fail('invalid_section', 'rituals.timeZone is an IANA time zone name.');
    end if;
    if p_data ? 'items' then
      if jsonb_typeof(p_data -> 'items') <> 'array' then
        perform app.fail('invalid_section', 'rituals.items is a list.');
      end if;
      if jsonb_array_length(p_data -> 'items') > 50 then
        perform app.fail('invalid_section', 'A plan holds at most 50 rituals.');
      end if;
      for v_item in select value from jsonb_array_elements(p_data -> 'items') loop
        if jsonb_typeof(v_item) <> 'object'
           or jsonb_typeof(v_item -> 'id') is distinct from 'string' or v_item ->> 'id' !~ '^[A-Za-z0-9_-]{1,64}$'
           or jsonb_typeof(v_item -> 'preset') is distinct from 'string'
           or v_item ->> 'preset' not in ('weekly_live', 'monthly_challenge', 'quarterly_event', 'hot_seat', 'custom')
           or jsonb_typeof(v_item -> 'name') is distinct from 'string' or char_length(v_item ->> 'name') > 80
           or (v_item ? 'description' and (jsonb_typeof(v_item -> 'description') <> 'string' or char_length(v_item ->> 'description') > 300))
           or jsonb_typeof(v_item -> 'frequency') is distinct from 'string'
           or v_item ->> 'frequency' not in ('weekly', 'monthly', 'quarterly')
           or (jsonb_typeof(v_item -> 'weekday') is distinct from 'null'
               and (jsonb_typeof(v_item -> 'weekday') is distinct from 'string' or v_item ->> 'weekday' not in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')))
           or (jsonb_typeof(v_item -> 'nth') is distinct from 'null'
               and (jsonb_typeof(v_item -> 'nth') is distinct from 'number' or v_item ->> 'nth' not in ('1', '2', '3', '4', '5', '-1')))
           or jsonb_typeof(v_item -> 'time') is distinct from 'string' or v_item ->> 'time' !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
           or jsonb_typeof(v_item -> 'durationMinutes') is distinct from 'number'
           or (v_item ->> 'durationMinutes')::numeric <> trunc((v_item ->> 'durationMinutes')::numeric)
           or (v_item ->> 'durationMinutes')::numeric not between 5 and 720
           or (v_item ? 'sequence' and (jsonb_typeof(v_item -> 'sequence') <> 'number'
               or (v_item ->> 'sequence')::numeric <> trunc((v_item ->> 'sequence')::numeric)
               or (v_item ->> 'sequence')::numeric not between 0 and 1000000)) then
          perform app.fail('invalid_section', 'Each ritual has an id, a preset, a name (80 characters at most), a description (300 at most), a cadence (weekly, monthly or quarterly, a weekday, an nth from 1 to 5 or -1), a time HH:MM and a duration from 5 to 720 minutes.');
        end if;
      end loop;
      if (select count(distinct value ->> 'id') from jsonb_array_elements(p_data -> 'items')) <> jsonb_array_length(p_data -> 'items') then
        perform app.fail('invalid_section', 'Two rituals share an id.');
      end if;
    end if;
  end if;
end;
$$;

grant execute on function app.check_plan_section(text, jsonb) to authenticated;
