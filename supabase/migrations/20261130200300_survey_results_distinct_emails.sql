-- survey_results counts people on the waiting list once (issue 11): the threshold on the waiting
-- list and the email question's "answered" read app.waitlist (one row per address and survey,
-- unique on lower(email)) instead of counting responses that left an email.

-- survey_results: totals, responses per day (UTC), and per question: how many answered, counts
-- per option, the histogram (every value of the scale, zeros included) and mean of a scale, the
-- 20 latest texts. The threshold's successes and total: for a question, its answers that count
-- as success among those who answered it; for the waiting list (question_id null), distinct
-- addresses on the waiting list among all responses. The email question's "answered" is that
-- same count: ten responses leaving one address are one person on the list, not ten.
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
    select (r.created_at at time zone 'UTC')::date as day, count(*)::integer as n
      from app.responses r
     where r.survey_id = p_survey_id
     group by 1
  ),
  totals as (
    select coalesce(sum(d.n), 0)::integer as total,
           (select count(*)::integer from app.waitlist w where w.survey_id = p_survey_id) as with_email
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
           'waitlist_count', (select t.with_email from totals t),
           'per_day', (select coalesce(jsonb_agg(jsonb_build_object('day', to_char(d.day, 'YYYY-MM-DD'), 'count', d.n)
                                                 order by d.day), '[]'::jsonb)
                         from days d),
           'questions', (select coalesce(jsonb_agg(j.body order by j.position), '[]'::jsonb) from question_json j),
           'threshold', (select h.value from threshold_json h))
    into v_result;
  return v_result;
end;
$$;
