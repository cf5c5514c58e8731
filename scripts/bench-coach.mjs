// `node scripts/bench-coach.mjs`: list_coach_plans for a coach of 50 clients, each client's plan
// relying on a survey of 10,000 responses × 8 questions (500,000 responses in all), on a
// throw-away PostgreSQL 15 (127.0.0.1 only, removed afterwards) with the migrations and seed.
// Called as the coach: warm, median of 5 runs (psql \timing, client round trip included), printed
// beside its bar (≤ 100 ms) and the machine's load average. A figure only: nothing fails here.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { answersSql, questions } from './bench-questions.mjs';
import { withCluster } from './pg-cluster.mjs';

const CLIENTS = 50;
const RESPONSES = 10_000;
const coach = 'cccccccc-0000-4000-8000-00000000c0ac';
const client = (i) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`;

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url], {
    input: sql,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;

/** Each client, through the API as themself: a plan, a published survey with a threshold, chosen in the plan. */
function clientsThroughTheApi(url) {
  const people = Array.from({ length: CLIENTS }, (_, i) => `('${client(i)}', 'client${i}@bench.local')`).join(', ');
  const perClient = Array.from(
    { length: CLIENTS },
    (_, i) => `set role authenticated;
set request.jwt.claims to '{"sub":"${client(i)}","role":"authenticated"}';
select public.save_my_profile('Client ${i}') \\g /dev/null
select public.save_plan_section('niche', '{"statement": "client ${i}"}') \\g /dev/null
select (public.create_survey(p_title => 'Client ${i}', p_locale => 'en', p_questions => '${JSON.stringify(questions)}')).id as id \\gset
select public.update_survey(:'id', p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object(
  'question_id', (select q.id from app.survey_questions q where q.survey_id = :'id' and q.position = 4),
  'option_keys', '["yes"]'::jsonb, 'target_rate', 0.3, 'min_responses', 50)) \\g /dev/null
select public.publish_survey(:'id') \\g /dev/null
select public.save_plan_section('survey', jsonb_build_object('surveyId', :'id')) \\g /dev/null
reset role;`,
  ).join('\n');
  psql(
    url,
    `insert into auth.users (id, email) values ('${coach}', 'coach@bench.local'), ${people};
     insert into app.profiles (id, display_name, roles) values ('${coach}', 'Coach', array['coach']);
     ${perClient}
     -- Each client shared the plan with the coach (what accept_coach_invitation leaves behind).
     insert into app.coach_links (plan_id, owner_id, coach_id)
     select p.id, p.owner_id, '${coach}' from app.plans p where p.owner_id::text like 'aaaaaaaa-0000-4000-8000-%';`,
  );
}

/** Set-based: 10,000 responses per survey over 60 days, then one answer per response and question. */
function responses(url) {
  psql(
    url,
    `insert into app.responses (survey_id, respondent_key, left_email, created_at)
     select s.id, 'bench-respondent-' || lpad(g::text, 8, '0'), g % 7 = 0,
            now() - (g % 60) * interval '1 day' - (g % 86400) * interval '1 second'
       from app.surveys s cross join generate_series(1, ${RESPONSES}) g
      where s.title like 'Client %';
     ${answersSql("select s.id from app.surveys s where s.title like 'Client %'")}
     -- Rows written in bulk, not by submit_response: the stored tallies are counted once from them.
     select count(app.recount_survey_tallies(s.id)) from app.surveys s where s.title like 'Client %';
     vacuum analyze;`,
  );
}

console.log('== Coach plans (PostgreSQL 15) ==');
await withCluster(async (cluster) => {
  const started = Date.now();
  clientsThroughTheApi(cluster.url);
  responses(cluster.url);
  console.log(`  generated ${CLIENTS} clients × ${RESPONSES.toLocaleString('en')} responses × ${questions.length} questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const asCoach = `set role authenticated;\nset request.jwt.claims to '{"sub":"${coach}","role":"authenticated"}';`;
  const check = JSON.parse(psql(cluster.url, `${asCoach}\nselect coalesce(jsonb_agg(to_jsonb(r)), '[]') from public.list_coach_plans() r;`));
  const surveys = check.filter((row) => row.survey?.responses === RESPONSES && row.survey?.threshold?.total === RESPONSES);
  if (check.length !== CLIENTS || surveys.length !== CLIENTS) {
    throw new Error(`list_coach_plans listed ${check.length} plans, ${surveys.length} with their survey's ${RESPONSES} responses`);
  }
  // As PostgREST sends it: the rows as one JSON array.
  const call = "select length(coalesce(jsonb_agg(to_jsonb(r)), '[]')::text) from public.list_coach_plans() r;";
  const out = psql(cluster.url, `${asCoach}\n\\timing on\n${Array(6).fill(call).join('\n')}\n`);
  const times = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== 6) throw new Error(`could not read psql timings:\n${out}`);
  console.log(`  runs: ${times.slice(1).map((t) => t.toFixed(1)).join(', ')} ms (after one warm-up of ${times[0].toFixed(1)} ms)`);
  console.log(`list_coach_plans (${CLIENTS} clients × ${RESPONSES.toLocaleString('en')} responses): ${Math.round(median(times.slice(1)))} ms (bar ≤ 100 ms; ${load()})`);
});
