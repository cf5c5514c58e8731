-- The creator's survey functions: create, read, list, update (draft only, sharing settings any
-- time), save the ordered question list, publish, close, reopen, duplicate, delete.
-- All security invoker: RLS on app.surveys and app.survey_questions decides, and each function
-- also checks ownership itself so that a foreign or missing survey is `survey_not_found`.

-- ── helpers ──────────────────────────────────────────────────────────────────

-- 10 characters of [a-z0-9] (about 51 random bits) from the random bytes of a v4 uuid, skipping
-- the version and variant bytes: short enough to share, too many to guess.
create or replace function app.new_slug()
returns text
language sql
volatile
set search_path = ''
as $$
  select string_agg(substr('abcdefghijklmnopqrstuvwxyz0123456789', get_byte(r.b, i) % 36 + 1, 1), '' order by i)
    from (select uuid_send(gen_random_uuid()) as b) r
         cross join unnest(array[0, 1, 2, 3, 4, 5, 9, 10, 11, 12]) as i
$$;

-- The status people see: a published survey past its closing date or at its response limit
-- is closed, whatever its stored status.
-- No `set search_path` here, unlike every other function: a SET clause stops the planner from
-- inlining a SQL function, and this one is called per row and on every submission (about
-- 0.3 ms a call when not inlined). Its body names nothing outside pg_catalog.
create or replace function app.survey_status(
  p_status text, p_closes_at timestamptz, p_max_responses integer, p_response_count integer
)
returns text
language sql
stable
as $$
  select case
           when p_status = 'draft' then 'draft'
           when p_status = 'closed' or p_closes_at <= pg_catalog.now() or p_response_count >= p_max_responses then 'closed'
           else 'published'
         end
$$;

create or replace function app.questions_json(p_survey_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select coalesce(
           jsonb_agg(
             jsonb_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'prompt', q.prompt,
                                'required', q.required, 'options', q.options, 'min', q.min, 'max', q.max)
             order by q.position),
           '[]'::jsonb)
    from app.survey_questions q
   where q.survey_id = p_survey_id
$$;

-- The "survey detail" every creator function returns.
create or replace function app.survey_detail(p_survey_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
           'id', s.id, 'slug', s.slug, 'title', s.title, 'intro', s.intro, 'locale', s.locale,
           'status', app.survey_status(s.status, s.closes_at, s.max_responses, c.n),
           'closes_at', s.closes_at, 'max_responses', s.max_responses, 'plan_id', s.plan_id,
           'created_at', s.created_at, 'updated_at', s.updated_at, 'published_at', s.published_at,
           'response_count', c.n, 'threshold', s.threshold,
           'questions', app.questions_json(s.id))
    from app.surveys s
         cross join lateral (select count(*)::integer as n from app.responses r where r.survey_id = s.id) c
   where s.id = p_survey_id
$$;

-- Who may read a survey's results. Owner only for now; the coach migration widens this one
-- function (and adds a select policy on app.surveys so that RLS on the answer tables follows).
create or replace function app.can_read_survey(p_survey_id uuid)
returns boolean
language sql
stable
set search_path = ''
as $$
  select exists (
    select 1 from app.surveys s
     where s.id = p_survey_id and s.owner_id = (select auth.uid())
  )
$$;

-- The caller's own survey, or survey_not_found (someone else's survey looks missing).
create or replace function app.owned_survey(p_survey_id uuid)
returns app.surveys
language plpgsql
stable
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.id = p_survey_id and s.owner_id = v_uid;
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'There is no survey of yours with this id.');
  end if;
  return v_survey;
end;
$$;

-- The same, locked for update: waits for submissions in flight (they hold a key-share lock on
-- the survey row) so that a new response limit or question list applies to every later one.
create or replace function app.lock_owned_survey(p_survey_id uuid)
returns app.surveys
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.id = p_survey_id and s.owner_id = v_uid for update;
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'There is no survey of yours with this id.');
  end if;
  return v_survey;
end;
$$;

create or replace function app.check_survey_text(p_title text, p_intro text, p_locale text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_title is null or btrim(p_title) = '' or char_length(btrim(p_title)) > 120 then
    perform app.fail('invalid_survey', 'A survey title has 1 to 120 characters.');
  end if;
  if char_length(coalesce(p_intro, '')) > 1000 then
    perform app.fail('invalid_survey', 'A survey introduction has at most 1,000 characters.');
  end if;
  if p_locale is null or p_locale not in ('fr', 'en') then
    perform app.fail('invalid_survey', 'A survey is written in "fr" or "en".');
  end if;
end;
$$;

-- Checks a question list and returns it normalised ([{id, kind, prompt, required, options, min,
-- max}] in order). An id that is one of this survey's questions is kept; any other id is
-- replaced by a new one, so ids stay stable and one survey cannot claim another's questions.
create or replace function app.normalize_questions(p_survey_id uuid, p_questions jsonb)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  v_existing uuid[];
  v_given uuid[] := '{}'::uuid[];
  v_out jsonb := '[]'::jsonb;
  v_item jsonb;
  v_n integer := 0;
  v_at text;
  v_id uuid;
  v_kind text;
  v_prompt text;
  v_required boolean;
  v_options jsonb;
  v_option jsonb;
  v_clean jsonb;
  v_keys text[];
  v_label text;
  v_min numeric;
  v_max numeric;
  v_emails integer := 0;
begin
  if p_questions is null or jsonb_typeof(p_questions) = 'null' then
    p_questions := '[]'::jsonb;
  end if;
  if jsonb_typeof(p_questions) <> 'array' then
    perform app.fail('invalid_survey', 'The questions come as a JSON array.');
  end if;
  if jsonb_array_length(p_questions) > 20 then
    perform app.fail('invalid_survey', 'A survey has at most 20 questions.');
  end if;
  select coalesce(array_agg(q.id), '{}'::uuid[]) into v_existing from app.survey_questions q where q.survey_id = p_survey_id;

  for v_item in select e.value from jsonb_array_elements(p_questions) with ordinality e order by e.ordinality loop
    v_n := v_n + 1;
    v_at := format('Question %s: ', v_n);
    if jsonb_typeof(v_item) <> 'object' then
      perform app.fail('invalid_survey', v_at || 'a question is a JSON object.');
    end if;

    v_id := null;
    if jsonb_typeof(v_item -> 'id') = 'string' and (v_item ->> 'id') ~ v_uuid then
      v_id := (v_item ->> 'id')::uuid;
      if v_id = any (v_given) then
        perform app.fail('invalid_survey', v_at || 'the same question id appears twice.');
      end if;
      v_given := v_given || v_id;
      if not (v_id = any (v_existing)) then
        v_id := null;
      end if;
    elsif coalesce(jsonb_typeof(v_item -> 'id'), 'null') <> 'null' then
      perform app.fail('invalid_survey', v_at || 'an id is a uuid.');
    end if;
    v_id := coalesce(v_id, gen_random_uuid());

    v_kind := v_item ->> 'kind';
    if jsonb_typeof(v_item -> 'kind') is distinct from 'string'
       or v_kind not in ('single_choice', 'multiple_choice', 'scale', 'short_text', 'long_text', 'email_optin') then
      perform app.fail('invalid_survey', v_at || 'the kind is single_choice, multiple_choice, scale, short_text, long_text or email_optin.');
    end if;

    if jsonb_typeof(v_item -> 'prompt') is distinct from 'string' then
      perform app.fail('invalid_survey', v_at || 'the prompt is text.');
    end if;
    v_prompt := btrim(v_item ->> 'prompt');
    if v_prompt = '' or char_length(v_prompt) > 300 then
      perform app.fail('invalid_survey', v_at || 'a prompt has 1 to 300 characters.');
    end if;

    case coalesce(jsonb_typeof(v_item -> 'required'), 'null')
      when 'null' then v_required := false;
      when 'boolean' then v_required := (v_item -> 'required')::boolean;
      else perform app.fail('invalid_survey', v_at || '"required" is true or false.');
    end case;

    v_options := v_item -> 'options';
    v_clean := '[]'::jsonb;
    if v_kind in ('single_choice', 'multiple_choice') then
      if jsonb_typeof(v_options) is distinct from 'array' or jsonb_array_length(v_options) not between 2 and 12 then
        perform app.fail('invalid_survey', v_at || 'a choice question has 2 to 12 options.');
      end if;
      v_keys := '{}'::text[];
      for v_option in select o.value from jsonb_array_elements(v_options) with ordinality o order by o.ordinality loop
        if jsonb_typeof(v_option) <> 'object' or jsonb_typeof(v_option -> 'key') is distinct from 'string'
           or (v_option ->> 'key') !~ '^[a-z0-9_-]{1,40}$' then
          perform app.fail('invalid_survey', v_at || 'an option key has 1 to 40 characters among a-z, 0-9, "_" and "-".');
        end if;
        if (v_option ->> 'key') = any (v_keys) then
          perform app.fail('invalid_survey', v_at || format('the option key "%s" appears twice.', v_option ->> 'key'));
        end if;
        if jsonb_typeof(v_option -> 'label') is distinct from 'string' then
          perform app.fail('invalid_survey', v_at || 'an option label is text.');
        end if;
        v_label := btrim(v_option ->> 'label');
        if v_label = '' or char_length(v_label) > 120 then
          perform app.fail('invalid_survey', v_at || 'an option label has 1 to 120 characters.');
        end if;
        v_keys := v_keys || (v_option ->> 'key');
        v_clean := v_clean || jsonb_build_array(jsonb_build_object('key', v_option ->> 'key', 'label', v_label));
      end loop;
    elsif v_options is not null and v_options not in ('null'::jsonb, '[]'::jsonb) then
      perform app.fail('invalid_survey', v_at || 'only choice questions have options.');
    end if;

    -- min and max mean something for scales only; other kinds ignore them.
    v_min := null;
    v_max := null;
    if v_kind = 'scale' then
      if jsonb_typeof(v_item -> 'min') is distinct from 'number' or jsonb_typeof(v_item -> 'max') is distinct from 'number' then
        perform app.fail('invalid_survey', v_at || 'a scale has a whole-number min and max from 0 to 10.');
      end if;
      v_min := (v_item -> 'min')::numeric;
      v_max := (v_item -> 'max')::numeric;
      if v_min <> trunc(v_min) or v_max <> trunc(v_max) or v_min < 0 or v_max > 10 or v_min >= v_max then
        perform app.fail('invalid_survey', v_at || 'a scale has a whole-number min below its max, both from 0 to 10.');
      end if;
    end if;

    if v_kind = 'email_optin' then
      v_emails := v_emails + 1;
      if v_emails > 1 then
        perform app.fail('invalid_survey', v_at || 'a survey has at most one email question.');
      end if;
    end if;

    v_out := v_out || jsonb_build_array(jsonb_build_object(
      'id', v_id, 'kind', v_kind, 'prompt', v_prompt, 'required', v_required,
      'options', v_clean, 'min', v_min::integer, 'max', v_max::integer));
  end loop;
  return v_out;
end;
$$;

-- Replaces a survey's questions with a checked list (positions follow the array order).
-- Callers make sure the survey has no response: answers would go with the questions.
create or replace function app.write_questions(p_survey_id uuid, p_questions jsonb)
returns void
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_questions jsonb := app.normalize_questions(p_survey_id, p_questions);
begin
  delete from app.survey_questions q where q.survey_id = p_survey_id;
  insert into app.survey_questions (id, survey_id, position, kind, prompt, required, options, min, max)
  select (e.value ->> 'id')::uuid, p_survey_id, e.ordinality::smallint, e.value ->> 'kind', e.value ->> 'prompt',
         (e.value -> 'required')::boolean, e.value -> 'options', (e.value ->> 'min')::smallint, (e.value ->> 'max')::smallint
    from jsonb_array_elements(v_questions) with ordinality e;
end;
$$;

-- Checks a success threshold against the survey's questions. Returns it normalised
-- ({question_id, option_keys, scale_min, target_rate, min_responses}, option keys in the
-- question's order), or the reason it does not hold. p_strict adds what publishing needs:
-- a waiting-list threshold needs an email question.
create or replace function app.normalize_threshold(
  p_survey_id uuid, p_threshold jsonb, p_strict boolean,
  out threshold jsonb, out problem text
)
language plpgsql
stable
set search_path = ''
as $$
declare
  v_question_id uuid;
  v_keys text[] := '{}'::text[];
  v_scale_min numeric;
  v_rate numeric;
  v_min_responses numeric;
  v_question record;
begin
  threshold := null;
  problem := null;
  if p_threshold is null or jsonb_typeof(p_threshold) <> 'object' then
    problem := 'A success threshold is a JSON object.';
    return;
  end if;

  case coalesce(jsonb_typeof(p_threshold -> 'question_id'), 'null')
    when 'null' then v_question_id := null;
    when 'string' then
      if (p_threshold ->> 'question_id') !~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' then
        problem := 'The threshold''s question_id is a question id, or null for waiting-list sign-ups.';
        return;
      end if;
      v_question_id := (p_threshold ->> 'question_id')::uuid;
    else
      problem := 'The threshold''s question_id is a question id, or null for waiting-list sign-ups.';
      return;
  end case;

  if jsonb_typeof(p_threshold -> 'target_rate') is distinct from 'number' then
    problem := 'The threshold''s target_rate is a number from 0.01 to 1.';
    return;
  end if;
  v_rate := (p_threshold -> 'target_rate')::numeric;
  if v_rate < 0.01 or v_rate > 1 then
    problem := 'The threshold''s target_rate is a number from 0.01 to 1.';
    return;
  end if;

  if jsonb_typeof(p_threshold -> 'min_responses') is distinct from 'number' then
    problem := 'The threshold''s min_responses is a whole number from 5 to 10,000.';
    return;
  end if;
  v_min_responses := (p_threshold -> 'min_responses')::numeric;
  if v_min_responses <> trunc(v_min_responses) or v_min_responses < 5 or v_min_responses > 10000 then
    problem := 'The threshold''s min_responses is a whole number from 5 to 10,000.';
    return;
  end if;

  case coalesce(jsonb_typeof(p_threshold -> 'option_keys'), 'null')
    when 'null' then v_keys := '{}'::text[];
    when 'array' then
      if exists (select 1 from jsonb_array_elements(p_threshold -> 'option_keys') e where jsonb_typeof(e.value) <> 'string') then
        problem := 'The threshold''s option_keys is a list of option keys.';
        return;
      end if;
      v_keys := array(select e.value from jsonb_array_elements_text(p_threshold -> 'option_keys') e);
    else
      problem := 'The threshold''s option_keys is a list of option keys.';
      return;
  end case;

  case coalesce(jsonb_typeof(p_threshold -> 'scale_min'), 'null')
    when 'null' then v_scale_min := null;
    when 'number' then
      v_scale_min := (p_threshold -> 'scale_min')::numeric;
      if v_scale_min <> trunc(v_scale_min) then
        problem := 'The threshold''s scale_min is a whole number.';
        return;
      end if;
    else
      problem := 'The threshold''s scale_min is a whole number.';
      return;
  end case;

  if v_question_id is null then
    if cardinality(v_keys) > 0 or v_scale_min is not null then
      problem := 'A waiting-list threshold has neither option_keys nor scale_min.';
      return;
    end if;
    if p_strict and not exists (
      select 1 from app.survey_questions q where q.survey_id = p_survey_id and q.kind = 'email_optin'
    ) then
      problem := 'A threshold on waiting-list sign-ups needs an email question in the survey.';
      return;
    end if;
  else
    select q.kind, q.min, q.max, q.option_keys as keys
      into v_question
      from app.survey_questions q
     where q.id = v_question_id and q.survey_id = p_survey_id;
    if not found then
      problem := 'The success threshold refers to a question this survey does not have.';
      return;
    end if;
    if v_question.kind in ('single_choice', 'multiple_choice') then
      if cardinality(v_keys) = 0 or v_scale_min is not null then
        problem := 'A threshold on a choice question names the options that count as success, and no scale_min.';
        return;
      end if;
      if not (v_keys <@ v_question.keys)
         or cardinality(v_keys) <> (select count(distinct k) from unnest(v_keys) k) then
        problem := 'The threshold''s option_keys are distinct options of its question.';
        return;
      end if;
      v_keys := array(select k.key from unnest(v_question.keys) with ordinality k(key, n)
                       where k.key = any (v_keys) order by k.n);
    elsif v_question.kind = 'scale' then
      if cardinality(v_keys) > 0 or v_scale_min is null or v_scale_min < v_question.min or v_scale_min > v_question.max then
        problem := 'A threshold on a scale question has a scale_min within the scale, and no option_keys.';
        return;
      end if;
    else
      problem := 'A success threshold counts answers to a choice or scale question, or waiting-list sign-ups.';
      return;
    end if;
  end if;

  threshold := jsonb_build_object(
    'question_id', v_question_id, 'option_keys', to_jsonb(v_keys), 'scale_min', v_scale_min::integer,
    'target_rate', v_rate, 'min_responses', v_min_responses::integer);
end;
$$;

-- Inserts a survey with a fresh slug, drawing again in the (unlikely) event of a collision.
create or replace function app.insert_survey(
  p_owner_id uuid, p_plan_id uuid, p_title text, p_intro text, p_locale text, p_max_responses integer
)
returns uuid
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_id uuid;
  v_attempt integer := 0;
begin
  while v_id is null loop
    begin
      insert into app.surveys (owner_id, plan_id, slug, title, intro, locale, max_responses)
      values (p_owner_id, p_plan_id, app.new_slug(), p_title, p_intro, p_locale, p_max_responses)
      returning id into v_id;
    exception when unique_violation then
      v_attempt := v_attempt + 1;
      if v_attempt >= 5 then
        raise;
      end if;
    end;
  end loop;
  return v_id;
end;
$$;

grant execute on function app.new_slug() to authenticated;
grant execute on function app.survey_status(text, timestamptz, integer, integer) to authenticated;
grant execute on function app.questions_json(uuid) to authenticated;
grant execute on function app.survey_detail(uuid) to authenticated;
grant execute on function app.can_read_survey(uuid) to authenticated;
grant execute on function app.owned_survey(uuid) to authenticated;
grant execute on function app.lock_owned_survey(uuid) to authenticated;
grant execute on function app.check_survey_text(text, text, text) to authenticated;
grant execute on function app.normalize_questions(uuid, jsonb) to authenticated;
grant execute on function app.write_questions(uuid, jsonb) to authenticated;
grant execute on function app.normalize_threshold(uuid, jsonb, boolean) to authenticated;
grant execute on function app.insert_survey(uuid, uuid, text, text, text, integer) to authenticated;


-- ── the creator's API ────────────────────────────────────────────────────────

-- create_survey: a new draft owned by the caller, with an optional first list of questions.
create or replace function public.create_survey(
  p_title text, p_locale text, p_intro text default '', p_questions jsonb default '[]'::jsonb, p_plan_id uuid default null
)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
  v_id uuid;
begin
  perform app.check_survey_text(p_title, p_intro, p_locale);
  if p_plan_id is not null and not exists (select 1 from app.plans p where p.id = p_plan_id and p.owner_id = v_uid) then
    perform app.fail('invalid_survey', 'The plan is not one of yours.');
  end if;
  v_id := app.insert_survey(v_uid, p_plan_id, btrim(p_title), btrim(coalesce(p_intro, '')), p_locale, null);
  perform app.write_questions(v_id, p_questions);
  return app.survey_detail(v_id);
end;
$$;

-- get_survey: the detail of one of the caller's surveys.
create or replace function public.get_survey(p_survey_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  return app.survey_detail(v_survey.id);
end;
$$;

-- list_my_surveys: the caller's surveys, newest first.
create or replace function public.list_my_surveys()
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
    select coalesce(
             jsonb_agg(
               jsonb_build_object(
                 'id', s.id, 'slug', s.slug, 'title', s.title,
                 'status', app.survey_status(s.status, s.closes_at, s.max_responses, c.n),
                 'locale', s.locale, 'response_count', c.n, 'created_at', s.created_at,
                 'updated_at', s.updated_at, 'published_at', s.published_at)
               order by s.created_at desc, s.id desc),
             '[]'::jsonb)
      from app.surveys s
           cross join lateral (select count(*)::integer as n from app.responses r where r.survey_id = s.id) c
     where s.owner_id = v_uid
  );
end;
$$;

-- update_survey: title, introduction, language and threshold while a draft; closing date and
-- response limit at any time. A null argument leaves its field as it is; p_threshold '{}' (or
-- JSON null) removes the threshold.
create or replace function public.update_survey(
  p_survey_id uuid,
  p_title text default null,
  p_intro text default null,
  p_locale text default null,
  p_closes_at timestamptz default null,
  p_clear_closes_at boolean default false,
  p_max_responses integer default null,
  p_clear_max_responses boolean default false,
  p_threshold jsonb default null
)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  -- Locked: a new response limit must apply to every submission after this one commits.
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_title text := coalesce(btrim(p_title), v_survey.title);
  v_intro text := coalesce(btrim(p_intro), v_survey.intro);
  v_locale text := coalesce(p_locale, v_survey.locale);
  v_threshold jsonb := v_survey.threshold;
  v_problem text;
  v_closes_at timestamptz := v_survey.closes_at;
  v_max_responses integer := v_survey.max_responses;
begin
  if p_threshold is not null then
    if p_threshold in ('null'::jsonb, '{}'::jsonb) then
      v_threshold := null;
    else
      select n.threshold, n.problem into v_threshold, v_problem
        from app.normalize_threshold(v_survey.id, p_threshold, false) n;
    end if;
  end if;

  -- Sending the current values again is not an edit.
  if v_survey.status <> 'draft'
     and (v_title <> v_survey.title or v_intro <> v_survey.intro or v_locale <> v_survey.locale
          or v_problem is not null or v_threshold is distinct from v_survey.threshold) then
    perform app.fail('survey_not_editable',
      'The title, introduction, language and success threshold change only while the survey is a draft.');
  end if;
  perform app.check_survey_text(v_title, v_intro, v_locale);
  if v_problem is not null then
    perform app.fail('invalid_survey', v_problem);
  end if;

  if p_clear_closes_at and p_closes_at is not null then
    perform app.fail('invalid_survey', 'Give a closing date or clear it, not both.');
  elsif p_clear_closes_at then
    v_closes_at := null;
  elsif p_closes_at is not null then
    if p_closes_at <= now() then
      perform app.fail('invalid_survey', 'The closing date must be in the future.');
    end if;
    v_closes_at := p_closes_at;
  end if;

  if p_clear_max_responses and p_max_responses is not null then
    perform app.fail('invalid_survey', 'Give a response limit or clear it, not both.');
  elsif p_clear_max_responses then
    v_max_responses := null;
  elsif p_max_responses is not null then
    if p_max_responses not between 1 and 100000 then
      perform app.fail('invalid_survey', 'A response limit is from 1 to 100,000.');
    end if;
    v_max_responses := p_max_responses;
  end if;

  update app.surveys s
     set title = v_title, intro = v_intro, locale = v_locale, threshold = v_threshold,
         closes_at = v_closes_at, max_responses = v_max_responses
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- save_survey_questions: replaces the whole ordered list (so it is also "reorder"), until the
-- first response arrives. A draft's threshold on a question that no longer fits is cleared; a
-- published survey's threshold must keep holding.
create or replace function public.save_survey_questions(p_survey_id uuid, p_questions jsonb)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  -- Locked: waits for submissions in flight, which were checked against the old questions.
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_problem text;
begin
  if exists (select 1 from app.responses r where r.survey_id = v_survey.id) then
    perform app.fail('survey_has_responses',
      'This survey has responses, so its questions are frozen: duplicate it as a new version instead.');
  end if;
  perform app.write_questions(v_survey.id, p_questions);

  if v_survey.status <> 'draft' and not exists (select 1 from app.survey_questions q where q.survey_id = v_survey.id) then
    perform app.fail('invalid_survey', 'A published survey keeps at least one question.');
  end if;
  if v_survey.threshold is not null then
    select n.problem into v_problem
      from app.normalize_threshold(v_survey.id, v_survey.threshold, v_survey.status <> 'draft') n;
    if v_problem is not null and v_survey.status <> 'draft' then
      perform app.fail('invalid_survey', v_problem);
    end if;
  end if;

  update app.surveys s
     set threshold = case when v_problem is null then s.threshold end, updated_at = now()
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- publish_survey: a draft goes live once it has a question and a success threshold.
-- Publishing a published survey again changes nothing.
create or replace function public.publish_survey(p_survey_id uuid)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_missing text[] := '{}'::text[];
  v_problem text;
begin
  if v_survey.status = 'published' then
    return app.survey_detail(v_survey.id);
  end if;
  if v_survey.status = 'closed' then
    perform app.fail('survey_not_editable', 'A closed survey is reopened, not published again.');
  end if;
  if not exists (select 1 from app.survey_questions q where q.survey_id = v_survey.id) then
    v_missing := v_missing || 'Add at least one question.'::text;
  end if;
  if v_survey.threshold is null then
    v_missing := v_missing || 'Set a success threshold.'::text;
  else
    select n.problem into v_problem from app.normalize_threshold(v_survey.id, v_survey.threshold, true) n;
    if v_problem is not null then
      v_missing := v_missing || v_problem;
    end if;
  end if;
  if v_survey.closes_at <= now() then
    v_missing := v_missing || 'The closing date is already past.'::text;
  end if;
  if cardinality(v_missing) > 0 then
    perform app.fail('survey_not_ready', array_to_string(v_missing, ' '));
  end if;

  update app.surveys s set status = 'published', published_at = now() where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- close_survey: stops a published survey from taking responses. Closing it again changes nothing.
create or replace function public.close_survey(p_survey_id uuid)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
begin
  if v_survey.status = 'draft' then
    perform app.fail('survey_not_editable', 'A draft is not published, so it cannot be closed.');
  end if;
  update app.surveys s set status = 'closed' where s.id = v_survey.id and s.status <> 'closed';
  return app.survey_detail(v_survey.id);
end;
$$;

-- reopen_survey: takes responses again. A closing date already past is cleared, and so is a
-- response limit already reached (otherwise the survey would stay closed).
create or replace function public.reopen_survey(p_survey_id uuid)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_count integer;
begin
  if v_survey.status = 'draft' then
    perform app.fail('survey_not_editable', 'A draft is published, not reopened.');
  end if;
  select count(*)::integer into v_count from app.responses r where r.survey_id = v_survey.id;
  update app.surveys s
     set status = 'published',
         published_at = coalesce(s.published_at, now()),
         closes_at = case when s.closes_at <= now() then null else s.closes_at end,
         max_responses = case when s.max_responses <= v_count then null else s.max_responses end
   where s.id = v_survey.id;
  return app.survey_detail(v_survey.id);
end;
$$;

-- duplicate_survey: a new draft with the same content, new slug and question ids, the threshold
-- pointing at the copied question, no responses. A published survey's copy is its next version
-- ("Title (v2)", then "(v3)"); a draft's copy is "Title (copy)".
create or replace function public.duplicate_survey(p_survey_id uuid)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
  v_match text[];
  v_base text := v_survey.title;
  v_suffix text;
  v_new_id uuid;
  v_question app.survey_questions;
  v_question_id uuid;
  v_threshold jsonb;
begin
  if v_survey.status = 'draft' then
    v_suffix := ' (copy)';
  else
    v_match := regexp_match(v_survey.title, '^(.*) \(v([0-9]{1,4})\)$');
    if v_match is not null then
      v_base := v_match[1];
      v_suffix := format(' (v%s)', v_match[2]::integer + 1);
    else
      v_suffix := ' (v2)';
    end if;
  end if;

  v_new_id := app.insert_survey(v_survey.owner_id, v_survey.plan_id,
    left(v_base, 120 - char_length(v_suffix)) || v_suffix, v_survey.intro, v_survey.locale, v_survey.max_responses);

  if v_survey.threshold is not null and v_survey.threshold ->> 'question_id' is null then
    v_threshold := v_survey.threshold;
  end if;
  for v_question in
    select q.* from app.survey_questions q where q.survey_id = v_survey.id order by q.position
  loop
    insert into app.survey_questions (survey_id, position, kind, prompt, required, options, min, max)
    values (v_new_id, v_question.position, v_question.kind, v_question.prompt, v_question.required,
            v_question.options, v_question.min, v_question.max)
    returning id into v_question_id;
    if v_survey.threshold ->> 'question_id' = v_question.id::text then
      v_threshold := jsonb_set(v_survey.threshold, '{question_id}', to_jsonb(v_question_id));
    end if;
  end loop;

  update app.surveys s set threshold = v_threshold where s.id = v_new_id;
  return app.survey_detail(v_new_id);
end;
$$;

-- delete_survey: removes a survey with its questions, responses and waiting list.
create or replace function public.delete_survey(p_survey_id uuid)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  delete from app.surveys s where s.id = v_survey.id;
  return jsonb_build_object('id', v_survey.id);
end;
$$;

revoke execute on function public.create_survey(text, text, text, jsonb, uuid) from public, anon;
revoke execute on function public.get_survey(uuid) from public, anon;
revoke execute on function public.list_my_surveys() from public, anon;
revoke execute on function public.update_survey(uuid, text, text, text, timestamptz, boolean, integer, boolean, jsonb) from public, anon;
revoke execute on function public.save_survey_questions(uuid, jsonb) from public, anon;
revoke execute on function public.publish_survey(uuid) from public, anon;
revoke execute on function public.close_survey(uuid) from public, anon;
revoke execute on function public.reopen_survey(uuid) from public, anon;
revoke execute on function public.duplicate_survey(uuid) from public, anon;
revoke execute on function public.delete_survey(uuid) from public, anon;

grant execute on function public.create_survey(text, text, text, jsonb, uuid) to authenticated;
grant execute on function public.get_survey(uuid) to authenticated;
grant execute on function public.list_my_surveys() to authenticated;
grant execute on function public.update_survey(uuid, text, text, text, timestamptz, boolean, integer, boolean, jsonb) to authenticated;
grant execute on function public.save_survey_questions(uuid, jsonb) to authenticated;
grant execute on function public.publish_survey(uuid) to authenticated;
grant execute on function public.close_survey(uuid) to authenticated;
grant execute on function public.reopen_survey(uuid) to authenticated;
grant execute on function public.duplicate_survey(uuid) to authenticated;
grant execute on function public.delete_survey(uuid) to authenticated;
