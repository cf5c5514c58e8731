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
