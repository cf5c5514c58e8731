-- What a creator learns from a survey: survey_results (every figure computed here, in SQL) and
-- the two exports. Security invoker: RLS on the answer tables applies on top of the checks.

-- The option keys a choices bitmask stands for, in the options' order.
create or replace function app.choice_keys(p_options jsonb, p_choices integer)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select array(
    select o.value ->> 'key'
      from jsonb_array_elements(p_options) with ordinality o
     where p_choices & (1 << (o.ordinality::integer - 1)) <> 0
     order by o.ordinality)
$$;

grant execute on function app.choice_keys(jsonb, integer) to authenticated;

-- survey_results: totals, responses per day (UTC), and per question: how many answered, counts
-- per option, the histogram (every value of the scale, zeros included) and mean of a scale, the
-- 20 latest texts. The threshold's successes and total: for a question, its answers that count
-- as success among those who answered it; for the waiting list (question_id null), responses
-- that left an email among all responses.
--
-- One grouped index-only scan of response_answers_tally_idx tallies every choice and scale
-- question at once (choices are bitmasks), so the cost grows with responses × questions
-- only once, whatever the number of options.
create or replace function public.survey_results(p_survey_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
-- From about 100,000 responses the cost estimate crosses jit_above_cost, and compiling takes
-- longer than the query runs.
set jit = off
as $$
declare
  v_threshold jsonb;
  v_result jsonb;
begin
  perform app.require_user();
  if p_survey_id is null or not app.can_read_survey(p_survey_id) then
    perform app.fail('survey_not_found', 'There is no survey you can read with this id.');
  end if;
  select s.threshold into v_threshold from app.surveys s where s.id = p_survey_id;

  with
  tally as materialized (
    select a.question_id, a.choices, a.scale, count(*)::integer as n
      from app.response_answers a
     where a.survey_id = p_survey_id
     group by a.question_id, a.choices, a.scale
  ),
  days as materialized (
    select (r.created_at at time zone 'UTC')::date as day,
           count(*)::integer as n,
           count(*) filter (where r.left_email)::integer as with_email
      from app.responses r
     where r.survey_id = p_survey_id
     group by 1
  ),
  totals as (
    select coalesce(sum(d.n), 0)::integer as total, coalesce(sum(d.with_email), 0)::integer as with_email
      from days d
  ),
  questions as materialized (
    select q.id, q.position, q.kind, q.prompt, q.options, q.min, q.max,
           case when q.kind = 'email_optin' then (select t.with_email from totals t)
                else coalesce((select sum(t.n) from tally t where t.question_id = q.id), 0)::integer end as answered
      from app.survey_questions q
     where q.survey_id = p_survey_id
  ),
  question_json as (
    select q.position,
           jsonb_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'prompt', q.prompt, 'answered', q.answered)
           || case
                when q.kind in ('single_choice', 'multiple_choice') then jsonb_build_object('options', (
                  select jsonb_agg(
                           jsonb_build_object(
                             'key', o.value ->> 'key', 'label', o.value ->> 'label',
                             'count', coalesce((select sum(t.n) from tally t
                                                 where t.question_id = q.id
                                                   and t.choices & (1 << (o.ordinality::integer - 1)) <> 0), 0)::integer)
                           order by o.ordinality)
                    from jsonb_array_elements(q.options) with ordinality o))
                when q.kind = 'scale' then jsonb_build_object(
                  'histogram', (
                    select jsonb_agg(
                             jsonb_build_object(
                               'value', v.value,
                               'count', coalesce((select sum(t.n) from tally t
                                                   where t.question_id = q.id and t.scale = v.value), 0)::integer)
                             order by v.value)
                      from generate_series(q.min::integer, q.max::integer) v(value)),
                  'mean', (
                    select round(sum(t.scale::numeric * t.n) / nullif(sum(t.n), 0), 2)
                      from tally t
                     where t.question_id = q.id and t.scale is not null))
                when q.kind in ('short_text', 'long_text') then jsonb_build_object('latest_text', (
                  select coalesce(jsonb_agg(jsonb_build_object('text', x.text_value, 'created_at', x.created_at)
                                            order by x.created_at desc, x.response_id desc), '[]'::jsonb)
                    from (select a.text_value, a.created_at, a.response_id
                            from app.response_answers a
                           where a.question_id = q.id and a.survey_id = p_survey_id and a.text_value is not null
                           order by a.created_at desc, a.response_id desc
                           limit 20) x))
                else '{}'::jsonb
              end as body
      from questions q
  ),
  threshold_json as (
    select case
             when v_threshold is null then null
             when v_threshold ->> 'question_id' is null then jsonb_build_object(
               'question_id', null, 'successes', t.with_email, 'total', t.total,
               'target_rate', v_threshold -> 'target_rate', 'min_responses', v_threshold -> 'min_responses')
             else (
               select jsonb_build_object(
                        'question_id', q.id,
                        'successes', coalesce((
                          select sum(x.n) from tally x
                           where x.question_id = q.id
                             and (x.scale >= (v_threshold ->> 'scale_min')::integer
                                  or x.choices & (
                                       select coalesce(sum(1 << (o.ordinality::integer - 1)), 0)::integer
                                         from jsonb_array_elements(q.options) with ordinality o
                                        where v_threshold -> 'option_keys' ? (o.value ->> 'key')) <> 0)), 0)::integer,
                        'total', q.answered,
                        'target_rate', v_threshold -> 'target_rate', 'min_responses', v_threshold -> 'min_responses')
                 from questions q
                where q.id = (v_threshold ->> 'question_id')::uuid)
           end as value
      from totals t
  )
  select jsonb_build_object(
           'survey_id', p_survey_id,
           'total_responses', (select t.total from totals t),
           'waitlist_count', (select count(*)::integer from app.waitlist w where w.survey_id = p_survey_id),
           'per_day', (select coalesce(jsonb_agg(jsonb_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'count', d.n)
                                                 order by d.day), '[]'::jsonb)
                         from days d),
           'questions', (select coalesce(jsonb_agg(j.body order by j.position), '[]'::jsonb) from question_json j),
           'threshold', (select h.value from threshold_json h))
    into v_result;
  return v_result;
end;
$$;

-- export_survey_responses: every response, oldest first, answers keyed by question id
-- (an option key, a list of option keys, a number or a text; true for the email question when
-- an email was left, the address itself being in the waiting-list export).
create or replace function public.export_survey_responses(p_survey_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
  v_email_question text;
begin
  select q.id::text into v_email_question
    from app.survey_questions q
   where q.survey_id = v_survey.id and q.kind = 'email_optin';

  return jsonb_build_object(
    'questions', (
      select coalesce(jsonb_agg(jsonb_build_object('id', q.id, 'position', q.position, 'kind', q.kind, 'prompt', q.prompt)
                                order by q.position), '[]'::jsonb)
        from app.survey_questions q
       where q.survey_id = v_survey.id),
    'rows', (
      with answers as (
        select x.response_id,
               jsonb_object_agg(
                 x.question_id::text,
                 case q.kind
                   when 'single_choice' then to_jsonb((app.choice_keys(q.options, x.choices))[1])
                   when 'multiple_choice' then to_jsonb(app.choice_keys(q.options, x.choices))
                   when 'scale' then to_jsonb(x.scale)
                   else to_jsonb(x.text_value)
                 end) as answers
          from app.response_answers x
               join app.survey_questions q on q.id = x.question_id
         where x.survey_id = v_survey.id
         group by x.response_id
      )
      select coalesce(
               jsonb_agg(
                 jsonb_build_object(
                   'id', r.id, 'created_at', r.created_at,
                   'answers', coalesce(a.answers, '{}'::jsonb)
                              || case when r.left_email and v_email_question is not null
                                      then jsonb_build_object(v_email_question, true) else '{}'::jsonb end)
                 order by r.created_at, r.id),
               '[]'::jsonb)
        from app.responses r
             left join answers a on a.response_id = r.id
       where r.survey_id = v_survey.id));
end;
$$;

-- export_survey_waitlist: the waiting list, oldest first. Owner only, even once coaches can
-- read results.
create or replace function public.export_survey_waitlist(p_survey_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_survey app.surveys := app.owned_survey(p_survey_id);
begin
  return (
    select coalesce(jsonb_agg(jsonb_build_object('email', w.email, 'consent_at', w.consent_at, 'created_at', w.created_at)
                              order by w.created_at, w.id), '[]'::jsonb)
      from app.waitlist w
     where w.survey_id = v_survey.id
  );
end;
$$;

revoke execute on function public.survey_results(uuid) from public, anon;
revoke execute on function public.export_survey_responses(uuid) from public, anon;
revoke execute on function public.export_survey_waitlist(uuid) from public, anon;
grant execute on function public.survey_results(uuid) to authenticated;
grant execute on function public.export_survey_responses(uuid) to authenticated;
grant execute on function public.export_survey_waitlist(uuid) to authenticated;
