-- Learning cards (issue 16): when a test ends (the survey is closed by hand, past its closing
-- date or at its response limit: app.survey_status says 'closed'), the creator writes what the
-- test taught. A card keeps what we believed (the survey's test card: title, hypothesis and
-- threshold), what we observed (the survey's tallies, copied when the card is written, so that
-- reopening the survey later does not rewrite it), what we learned (the creator's words) and the
-- decision: persevere, narrow the niche, or test again. Narrowing gives the niche statement a
-- new version (app.niche_versions), the plan's statement becoming the new one in the same call.
-- Bounds as in src/domain/learning-card.ts. All security invoker: RLS decides; a linked coach
-- reads a client's cards and versions, never writes them.

-- ── cards ────────────────────────────────────────────────────────────────────

create table app.learning_cards (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  plan_id uuid not null references app.plans (id) on delete cascade,
  -- One card per survey; the survey's evidence goes with it.
  survey_id uuid not null unique references app.surveys (id) on delete cascade,
  -- What we believed, as the survey stated it when the card was written.
  survey_title text not null,
  hypothesis text not null,
  -- What we observed: the responses, and the threshold's answers and successes with its bar
  -- (all null for a survey without a threshold).
  responses integer not null check (responses >= 0),
  question_id uuid,
  successes integer check (successes >= 0),
  total integer check (total >= successes),
  target_rate numeric check (target_rate > 0 and target_rate <= 1),
  min_responses integer check (min_responses > 0),
  -- What the counted answers prove (app.survey_questions.evidence; a waiting-list threshold
  -- counts emails, commitments), as it stood: the card keeps the verdict's strength.
  evidence text check (evidence in ('opinion', 'behaviour', 'commitment', 'strong_commitment')),
  learned text not null check (char_length(learned) between 1 and 1000),
  decision text not null check (decision in ('persevere', 'narrow', 'retest')),
  -- For "narrow": the niche statement before and after.
  niche_before text check (char_length(niche_before) <= 200),
  niche_after text check (char_length(niche_after) between 1 and 200),
  created_at timestamptz not null default now(),
  check ((decision = 'narrow') = (niche_after is not null))
);

create index learning_cards_plan_id_created_at_idx on app.learning_cards (plan_id, created_at);
create index learning_cards_owner_id_idx on app.learning_cards (owner_id);

-- Written once, by save_learning_card; never changed or removed by hand.
grant select on app.learning_cards to authenticated;
grant insert (owner_id, plan_id, survey_id, survey_title, hypothesis, responses, question_id, successes, total,
              target_rate, min_responses, evidence, learned, decision, niche_before, niche_after)
  on app.learning_cards to authenticated;

alter table app.learning_cards enable row level security;

create policy "Owners can read their learning cards"
  on app.learning_cards for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can write cards on their own surveys, in their own plan"
  on app.learning_cards for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
    and survey_id in (select s.id from app.surveys s where s.owner_id = (select auth.uid()))
  );

create policy "Coaches can read the learning cards of plans shared with them"
  on app.learning_cards for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())));


-- ── the niche's versions ─────────────────────────────────────────────────────

create table app.niche_versions (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  plan_id uuid not null references app.plans (id) on delete cascade,
  version integer not null check (version >= 1),
  statement text not null check (char_length(statement) between 1 and 200),
  -- The survey whose learning card led to this version; null for version 1 (the statement
  -- before the first narrowing) and once that survey is deleted.
  survey_id uuid references app.surveys (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (plan_id, version)
);

create index niche_versions_owner_id_idx on app.niche_versions (owner_id);
create index niche_versions_survey_id_idx on app.niche_versions (survey_id) where survey_id is not null;

grant select on app.niche_versions to authenticated;
grant insert (owner_id, plan_id, version, statement, survey_id) on app.niche_versions to authenticated;

alter table app.niche_versions enable row level security;

create policy "Owners can read the versions of their niche"
  on app.niche_versions for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Owners can add a version to their own niche"
  on app.niche_versions for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and plan_id in (select p.id from app.plans p where p.owner_id = (select auth.uid()))
    and (survey_id is null or survey_id in (select s.id from app.surveys s where s.owner_id = (select auth.uid())))
  );

create policy "Coaches can read the niche versions of plans shared with them"
  on app.niche_versions for select to authenticated
  using (plan_id = any (array(select app.coached_plan_ids())));


-- ── the API ──────────────────────────────────────────────────────────────────

-- A card as the API gives it (learningCardSchema); threshold is null without one.
create type public.learning_card as (
  id uuid, survey_id uuid, survey_title text, hypothesis text, responses integer,
  threshold public.threshold_progress, evidence text, learned text, decision text,
  niche_before text, niche_after text, created_at timestamptz
);

create type public.niche_version as (
  version integer, statement text, survey_id uuid, survey_title text, created_at timestamptz
);

create or replace function app.learning_card_row(p_card app.learning_cards)
returns public.learning_card
language sql
stable
set search_path = ''
as $$
  select row(p_card.id, p_card.survey_id, p_card.survey_title, p_card.hypothesis, p_card.responses,
             case when p_card.target_rate is not null then
               row(p_card.question_id, p_card.successes, p_card.total, p_card.target_rate, p_card.min_responses)::public.threshold_progress
             end,
             p_card.evidence, p_card.learned, p_card.decision, p_card.niche_before, p_card.niche_after, p_card.created_at)::public.learning_card
$$;

-- The plan a reader asks for: the caller's own (null), or one shared with them as a coach
-- (plan_not_found, coach_access_revoked otherwise, as the coach's other readers say).
create or replace function app.readable_plan_id(p_plan_id uuid)
returns uuid
language plpgsql
stable
set search_path = ''
as $$
declare
  v_uid uuid := app.require_user();
begin
  if p_plan_id is null then
    return (select p.id from app.plans p where p.owner_id = v_uid);
  end if;
  if exists (select 1 from app.plans p where p.id = p_plan_id and p.owner_id = v_uid) then
    return p_plan_id;
  end if;
  return (app.require_coach_link(p_plan_id)).plan_id;
end;
$$;

grant execute on function app.learning_card_row(app.learning_cards) to authenticated;
grant execute on function app.readable_plan_id(uuid) to authenticated;

-- save_learning_card: the card of one of the caller's ended surveys, written once. p_decision
-- 'narrow' takes p_niche_statement (bounded as app.check_niche_section bounds it); the plan's
-- niche statement becomes it, and the niche keeps the statement before as version 1 when it has
-- no version yet. Refused, with nothing written: survey_not_found (not the caller's),
-- survey_not_ended, learning_card_exists, invalid_learning_card (learned blank or over 1,000
-- characters, unknown decision, a narrowing without a statement, a statement with another
-- decision), niche_too_long.
create or replace function public.save_learning_card(
  p_survey_id uuid, p_learned text, p_decision text, p_niche_statement text default null
)
returns public.learning_card
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  -- Locked: a second card for the same survey waits here, then finds the first.
  v_survey app.surveys := app.lock_owned_survey(p_survey_id);
  v_uid uuid := app.require_user();
  v_progress record;
  v_learned text;
  v_statement text;
  v_plan app.plans;
  v_before text;
  v_version integer;
  v_card app.learning_cards;
begin
  select p.responses, p.threshold into v_progress from app.survey_progress(array[v_survey.id]) p;
  if app.survey_status(v_survey.status, v_survey.closes_at, v_survey.max_responses, v_progress.responses) <> 'closed' then
    perform app.fail('survey_not_ended', 'A learning card is written once the survey has ended (closed, past its date or its response limit).');
  end if;
  if exists (select 1 from app.learning_cards c where c.survey_id = v_survey.id) then
    perform app.fail('learning_card_exists', 'This survey already has its learning card.');
  end if;

  -- Measured as received, before cleaning expands or shrinks anything.
  if p_learned is null or char_length(p_learned) > 4000 then
    perform app.fail('invalid_learning_card', 'What was learned has at most 1,000 characters.');
  end if;
  v_learned := app.clean_text(p_learned);
  if v_learned = '' or char_length(v_learned) > 1000 then
    perform app.fail('invalid_learning_card', 'Say what the test taught, in at most 1,000 characters.');
  end if;
  if p_decision is null or p_decision not in ('persevere', 'narrow', 'retest') then
    perform app.fail('invalid_learning_card', 'The decision is persevere, narrow or retest.');
  end if;
  if p_decision <> 'narrow' and p_niche_statement is not null then
    perform app.fail('invalid_learning_card', 'Only narrowing the niche takes a new statement.');
  end if;

  -- The plan the card belongs to: the caller's, made if it is not there yet.
  insert into app.plans (owner_id) values (v_uid) on conflict (owner_id) do nothing;
  select p.* into v_plan from app.plans p where p.owner_id = v_uid for update;

  if p_decision = 'narrow' then
    v_statement := app.clean_text(coalesce(p_niche_statement, ''));
    if v_statement = '' then
      perform app.fail('invalid_learning_card', 'Narrowing the niche takes the new statement.');
    end if;
    perform app.check_niche_section(coalesce(v_plan.sections -> 'niche', '{}'::jsonb) || jsonb_build_object('statement', v_statement));
    v_before := coalesce(v_plan.sections -> 'niche' ->> 'statement', '');
    select coalesce(max(v.version), 0) into v_version from app.niche_versions v where v.plan_id = v_plan.id;
    if v_version = 0 and app.clean_text(v_before) <> '' then
      v_version := 1;
      insert into app.niche_versions (owner_id, plan_id, version, statement)
      values (v_uid, v_plan.id, 1, app.clean_text(v_before));
    end if;
    insert into app.niche_versions (owner_id, plan_id, version, statement, survey_id)
    values (v_uid, v_plan.id, v_version + 1, v_statement, v_survey.id);
    update app.plans p
       set sections = p.sections || jsonb_build_object('niche',
             coalesce(p.sections -> 'niche', '{}'::jsonb) || jsonb_build_object('statement', v_statement))
     where p.id = v_plan.id;
  end if;

  insert into app.learning_cards (owner_id, plan_id, survey_id, survey_title, hypothesis, responses, question_id,
                                  successes, total, target_rate, min_responses, evidence, learned, decision,
                                  niche_before, niche_after)
  values (v_uid, v_plan.id, v_survey.id, v_survey.title, v_survey.hypothesis, v_progress.responses,
          (v_progress.threshold).question_id, (v_progress.threshold).successes, (v_progress.threshold).total,
          (v_progress.threshold).target_rate, (v_progress.threshold).min_responses,
          app.threshold_evidence(v_progress.threshold), v_learned, p_decision,
          case when p_decision = 'narrow' then v_before end, v_statement)
  returning * into v_card;
  return app.learning_card_row(v_card);
end;
$$;

-- list_learning_cards: the cards of the caller's plan (p_plan_id null), or of a plan they
-- coach, oldest first.
create or replace function public.list_learning_cards(p_plan_id uuid default null)
returns setof public.learning_card
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_plan_id uuid := app.readable_plan_id(p_plan_id);
begin
  return query
    select (app.learning_card_row(c)).*
      from app.learning_cards c
     where c.plan_id = v_plan_id
     order by c.created_at, c.id;
end;
$$;

-- list_niche_versions: the niche's versions, first to latest, each with the survey whose card
-- led to it (none for version 1).
create or replace function public.list_niche_versions(p_plan_id uuid default null)
returns setof public.niche_version
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_plan_id uuid := app.readable_plan_id(p_plan_id);
begin
  return query
    select v.version, v.statement, v.survey_id, c.survey_title, v.created_at
      from app.niche_versions v
           left join app.learning_cards c on c.survey_id = v.survey_id
     where v.plan_id = v_plan_id
     order by v.version;
end;
$$;

revoke execute on function public.save_learning_card(uuid, text, text, text) from public, anon;
revoke execute on function public.list_learning_cards(uuid) from public, anon;
revoke execute on function public.list_niche_versions(uuid) from public, anon;
grant execute on function public.save_learning_card(uuid, text, text, text) to authenticated;
grant execute on function public.list_learning_cards(uuid) to authenticated;
grant execute on function public.list_niche_versions(uuid) to authenticated;
