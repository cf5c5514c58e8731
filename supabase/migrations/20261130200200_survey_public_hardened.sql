-- The respondent's functions, hardened (issue 11): sizes measured as received, one text and one
-- email rule, the response limit read from and kept in app.survey_counters (O(1)), and
-- the per-client guard of Supabase mode (rate_limited). The contract of DESIGN.md is unchanged
-- apart from that new key.

-- get_public_survey: a published survey by its slug, with status 'open' or 'closed'.
-- Drafts and unknown slugs are survey_not_found. Never returns counts, threshold or owner.
create or replace function public.get_public_survey(p_slug text)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_survey app.surveys;
begin
  select s.* into v_survey from app.surveys s where s.slug = lower(btrim(p_slug)) and s.status <> 'draft';
  if v_survey.id is null then
    perform app.fail('survey_not_found', 'No published survey has this address.');
  end if;
  return jsonb_build_object(
    'id', v_survey.id, 'slug', v_survey.slug, 'title', v_survey.title, 'intro', v_survey.intro,
    'locale', v_survey.locale,
    'status', case when app.survey_status(v_survey.status, v_survey.closes_at, v_survey.max_responses, app.limited_response_count(v_survey.id)) = 'closed'
                   then 'closed' else 'open' end,
    'questions', app.questions_json(v_survey.id));
end;
$$;

-- submit_response: stores one response, its answers and, with consent, a waiting-list email.
--
-- Checks, in this order (the first that fails decides the error; a rejected call writes nothing):
--   1. survey_not_found        unknown slug, or a draft
--   2. invalid_respondent_key  not 16 to 128 characters of [A-Za-z0-9_-]
--   3. (replay)                this key already answered this survey: the first response's id is
--                              returned and nothing is written, whatever else the call carries
--   4. survey_closed           closed by hand, past closes_at, or max_responses reached
--   5. invalid_answers         p_answers over 16 KB as received (its jsonb size, never printed), nested
--                              deeper than an answer can be, or not an object; then, question
--                              by question in survey order: wrong type, option not offered or given
--                              twice, scale value not a whole number in [min, max], text over 2,000
--                              characters, required question unanswered (a required email_optin
--                              question needs p_email); then a key that is not a question of this
--                              survey (email_optin questions included: their answer is p_email);
--                              then an email sent to a survey without an email_optin question
--   6. invalid_email           not an address by app.is_email_address (after app.clean_text)
--   7. consent_required        an email without p_consent
--   8. rate_limited            Supabase mode: this client address already sent the survey's
--                              responses_per_client_hour responses within this clock hour
-- With a response limit, the response is written first, then one of the survey's counter
-- stripes is moved, only while below its quota (app.survey_counters); when every stripe is full,
-- survey_closed undoes the whole call. Concurrent submissions never exceed max_responses, and a
-- stripe's lock is held only from that update to the commit.
--
-- Unanswered: a missing key, JSON null, [] for a multiple choice, a blank text (app.clean_text).
-- Texts are stored as app.clean_text gives them. Malformed input that Postgres refuses before
-- the call (NUL, lone surrogates, extreme nesting) is mapped to invalid_answers by the adapters
-- (src/data/errors.ts), since no function body sees it.
create or replace function public.submit_response(
  p_slug text,
  p_respondent_key text,
  p_answers jsonb,
  p_email text default null,
  p_consent boolean default false
)
returns uuid
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_survey_id uuid;
  v_status text;
  v_closes_at timestamptz;
  v_max_responses integer;
  v_response_count integer;
  v_per_client integer;
  v_client bytea;
  v_client_count integer;
  v_problem text;
  v_key_count integer;
  v_claimed boolean := false;
  v_offset integer := floor(random() * 16)::integer;
  v_response_id uuid;
  v_answers jsonb := coalesce(p_answers, '{}'::jsonb);
  v_email text;
  v_question record;
  v_answer jsonb;
  v_element jsonb;
  v_at text;
  v_position integer;
  v_mask integer;
  v_number numeric;
  v_text text;
  v_clean text;
  v_matched integer := 0;
  v_has_email_question boolean := false;
  v_question_ids uuid[] := '{}'::uuid[];
  v_choices integer[] := '{}'::integer[];
  v_scales smallint[] := '{}'::smallint[];
  v_texts text[] := '{}'::text[];
begin
  -- Steps 1 to 4 read what they need in one statement (this function is on the hot path).
  -- The key-share lock on the survey row (which the response's foreign key takes anyway) makes
  -- a creator's change of questions or response limit wait for this call to finish; the counter
  -- is only a first look, the limit is enforced when the counter moves below.
  select s.id, s.status, s.closes_at, s.max_responses,
         (select r.id from app.responses r where r.survey_id = s.id and r.respondent_key = p_respondent_key),
         case when s.max_responses is not null then app.limited_response_count(s.id) end, s.responses_per_client_hour
    into v_survey_id, v_status, v_closes_at, v_max_responses, v_response_id, v_response_count, v_per_client
    from app.surveys s
   where s.slug = lower(btrim(p_slug)) and s.status <> 'draft'
     for key share of s;

  -- 1.
  if v_survey_id is null then
    perform app.fail('survey_not_found', 'No published survey has this address.');
  end if;

  -- 2. (A length test and a negated class: a bounded repetition costs far more to match.)
  if p_respondent_key is null or char_length(p_respondent_key) not between 16 and 128
     or p_respondent_key ~ '[^A-Za-z0-9_-]' then
    perform app.fail('invalid_respondent_key', 'A respondent key is 16 to 128 characters among A-Z, a-z, 0-9, "_" and "-".');
  end if;

  -- 3.
  if v_response_id is not null then
    return v_response_id;
  end if;

  -- 4.
  if app.survey_status(v_status, v_closes_at, v_max_responses, v_response_count) = 'closed' then
    -- The response that filled the survey may be this key's own, committed since the first look.
    select r.id into v_response_id
      from app.responses r
     where r.survey_id = v_survey_id and r.respondent_key = p_respondent_key;
    if v_response_id is not null then
      return v_response_id;
    end if;
    perform app.fail('survey_closed', 'This survey no longer takes responses.');
  end if;

  -- 5. Measured before anything reads the answers: {"question id": ["option key"]} is 2 deep.
  v_problem := app.json_input_problem(v_answers, 16384, 2);
  if v_problem is not null then
    perform app.fail('invalid_answers', v_problem);
  end if;
  if jsonb_typeof(v_answers) <> 'object' then
    perform app.fail('invalid_answers', 'The answers come as a JSON object keyed by question id.');
  end if;
  v_key_count := (select count(*)::integer from jsonb_object_keys(v_answers));
  -- An address is at most 254 characters: a longer argument is not cleaned, only refused.
  if char_length(p_email) > 1000 then
    perform app.fail('invalid_email', 'This does not look like an email address.');
  end if;
  v_email := nullif(app.clean_text(p_email), '');

  for v_question in
    select q.id, q.position, q.kind, q.required, q.min, q.max, q.option_keys
      from app.survey_questions q
     where q.survey_id = v_survey_id
     order by q.position
  loop
    v_at := format('Question %s: ', v_question.position);
    if v_question.kind = 'email_optin' then
      v_has_email_question := true;
      if v_question.required and v_email is null then
        perform app.fail('invalid_answers', v_at || 'an email is required.');
      end if;
      continue;
    end if;

    v_answer := v_answers -> v_question.id::text;
    if v_answer is not null then
      v_matched := v_matched + 1;
    end if;
    if v_answer is null or jsonb_typeof(v_answer) = 'null'
       or (v_question.kind = 'multiple_choice' and v_answer = '[]'::jsonb)
       or (v_question.kind in ('short_text', 'long_text') and jsonb_typeof(v_answer) = 'string'
           and char_length(v_answer #>> '{}') <= 2000 and app.clean_text(v_answer #>> '{}') = '') then
      if v_question.required then
        perform app.fail('invalid_answers', v_at || 'an answer is required.');
      end if;
      continue;
    end if;

    case v_question.kind
      when 'single_choice' then
        if jsonb_typeof(v_answer) <> 'string' then
          perform app.fail('invalid_answers', v_at || 'the answer is one option key.');
        end if;
        v_position := array_position(v_question.option_keys, v_answer #>> '{}');
        if v_position is null then
          perform app.fail('invalid_answers', v_at || 'this option is not offered.');
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || (1 << (v_position - 1));
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || null::text;

      when 'multiple_choice' then
        if jsonb_typeof(v_answer) <> 'array' then
          perform app.fail('invalid_answers', v_at || 'the answer is a list of option keys.');
        end if;
        v_mask := 0;
        for i in 0 .. jsonb_array_length(v_answer) - 1 loop
          v_element := v_answer -> i;
          if jsonb_typeof(v_element) <> 'string' then
            perform app.fail('invalid_answers', v_at || 'the answer is a list of option keys.');
          end if;
          v_position := array_position(v_question.option_keys, v_element #>> '{}');
          if v_position is null then
            perform app.fail('invalid_answers', v_at || 'this option is not offered.');
          end if;
          if v_mask & (1 << (v_position - 1)) <> 0 then
            perform app.fail('invalid_answers', v_at || 'an option is given twice.');
          end if;
          v_mask := v_mask | (1 << (v_position - 1));
        end loop;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || v_mask;
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || null::text;

      when 'scale' then
        if jsonb_typeof(v_answer) <> 'number' then
          perform app.fail('invalid_answers', v_at || 'the answer is a number.');
        end if;
        v_number := v_answer::numeric;
        if v_number <> trunc(v_number) or v_number < v_question.min or v_number > v_question.max then
          perform app.fail('invalid_answers',
            v_at || format('the answer is a whole number from %s to %s.', v_question.min, v_question.max));
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || null::integer;
        v_scales := v_scales || v_number::smallint;
        v_texts := v_texts || null::text;

      else -- short_text, long_text
        if jsonb_typeof(v_answer) <> 'string' then
          perform app.fail('invalid_answers', v_at || 'the answer is text.');
        end if;
        v_text := v_answer #>> '{}';
        -- As sent, then as stored: NFC may lengthen a text (up to three times).
        if char_length(v_text) > 2000 then
          perform app.fail('invalid_answers', v_at || 'an answer has at most 2,000 characters.');
        end if;
        v_clean := app.clean_text(v_text);
        if char_length(v_clean) > 2000 then
          perform app.fail('invalid_answers', v_at || 'an answer has at most 2,000 characters.');
        end if;
        v_question_ids := v_question_ids || v_question.id;
        v_choices := v_choices || null::integer;
        v_scales := v_scales || null::smallint;
        v_texts := v_texts || v_clean;
    end case;
  end loop;

  if v_matched <> v_key_count then
    perform app.fail('invalid_answers', 'An answer names a question this survey does not ask (email answers travel in p_email).');
  end if;
  if v_email is not null and not v_has_email_question then
    perform app.fail('invalid_answers', 'This survey does not collect emails.');
  end if;

  -- 6.
  if v_email is not null and not app.is_email_address(v_email) then
    perform app.fail('invalid_email', 'This does not look like an email address.');
  end if;

  -- 7.
  if v_email is not null and p_consent is not true then
    perform app.fail('consent_required', 'Leaving an email needs consent to be contacted.');
  end if;

  -- 8. One row per client and hour; a refused call rolls its own increment back.
  v_client := app.client_address_hash();
  if v_client is not null then
    insert into app.client_submissions as c (survey_id, client_hash, hour)
    values (v_survey_id, v_client, date_trunc('hour', now()))
    on conflict (survey_id, client_hash, hour) do update set responses = c.responses + 1
    returning c.responses into v_client_count;
    if v_client_count > v_per_client then
      perform app.fail('rate_limited', 'Too many responses to this survey from this connection: try again later.');
    end if;
    if v_client_count = 1 then
      -- This client's earlier hours no longer matter: the table keeps one row per active client.
      delete from app.client_submissions c
       where c.survey_id = v_survey_id and c.client_hash = v_client and c.hour < date_trunc('hour', now());
    end if;
  end if;

  -- One statement writes the response, its answers and the email. If a concurrent call with
  -- the same key won, nothing is inserted here and that call's id is returned.
  with response as (
    insert into app.responses (survey_id, respondent_key, left_email)
    values (v_survey_id, p_respondent_key, v_email is not null)
    on conflict (survey_id, respondent_key) do nothing
    returning id
  ),
  answers as (
    insert into app.response_answers (response_id, survey_id, question_id, choices, scale, text_value, created_at)
    select response.id, v_survey_id, a.question_id, a.choices, a.scale, a.text_value, now()
      from response
           cross join unnest(v_question_ids, v_choices, v_scales, v_texts) as a(question_id, choices, scale, text_value)
  ),
  waitlist as (
    insert into app.waitlist (survey_id, response_id, email, consent_at)
    select v_survey_id, response.id, v_email, now()
      from response
     where v_email is not null
    on conflict (survey_id, lower(email)) do nothing
  )
  select response.id into v_response_id from response;

  if v_response_id is null then
    select r.id into v_response_id
      from app.responses r
     where r.survey_id = v_survey_id and r.respondent_key = p_respondent_key;
    return v_response_id;
  end if;

  -- The limit, exact: a stripe moves only while below its quota. First a stripe with room that
  -- no other submission holds, from a random start (no waiting); failing that, each stripe in
  -- turn, waiting for its holder. Refused only when every stripe was seen full; the refusal
  -- undoes the response written above.
  if v_max_responses is not null then
    update app.survey_counters c
       set responses = c.responses + 1
     where (c.survey_id, c.stripe) = (
             select f.survey_id, f.stripe
               from app.survey_counters f
              where f.survey_id = v_survey_id and f.responses < f.quota
              order by (f.stripe + v_offset) % 16
              limit 1
                for update skip locked);
    v_claimed := found;
    if not v_claimed then
      for v_stripe in 0 .. 15 loop
        update app.survey_counters c
           set responses = c.responses + 1
         where c.survey_id = v_survey_id and c.stripe = v_stripe and c.responses < c.quota;
        v_claimed := found;
        exit when v_claimed;
      end loop;
    end if;
    if not v_claimed then
      perform app.fail('survey_closed', 'This survey has reached its response limit.');
    end if;
  end if;
  return v_response_id;
end;
$$;

revoke execute on function public.get_public_survey(text) from public;
revoke execute on function public.submit_response(text, text, jsonb, text, boolean) from public;
grant execute on function public.get_public_survey(text) to anon, authenticated;
grant execute on function public.submit_response(text, text, jsonb, text, boolean) to anon, authenticated;
