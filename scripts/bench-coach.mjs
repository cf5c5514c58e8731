// `node scripts/bench-coach.mjs`: list_coach_plans and get_my_inbox for a coach of 50 clients,
// each client's plan relying on a survey of 10,000 responses × 8 questions (500,000 responses in
// all), sent for review once, and commented 200 times (half by the client, half by the coach, in
// threads of five, a quarter of them resolved; the coach has read the older part of the inbox),
// on a throw-away PostgreSQL 15 (127.0.0.1 only, removed afterwards) with the migrations and
// seed. Called as the coach: warm, median of 5 runs (psql \timing, client round trip included),
// each printed beside its bar (≤ 100 ms) and the machine's load average. Figures only: nothing
// fails here but answers that are not what the data says.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { answersSql, questions } from './bench-questions.mjs';
import { withCluster } from './pg-cluster.mjs';

const CLIENTS = 50;
const RESPONSES = 10_000;
const COMMENTS = 200; // per plan, in threads of THREAD (a first comment and its replies)
const THREAD = 5;
const THREADS = COMMENTS / THREAD;
const RESOLVED = THREADS / 4; // every fourth thread
const READ_UP_TO = 150; // the coach has read what came with the first 150 comments of each plan
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

/**
 * Each client sends the plan for review (version 1) through the API, then 200 comments per plan
 * go in at once: inserted in bulk, but through the table's triggers, so that each comment reaches
 * the other side's inbox as it would from add_plan_comment. Comment g (1…200) of a plan is in
 * thread ⌊(g−1)/5⌋, the first of its thread when (g−1) % 5 = 0, by the client when g is even and
 * by the coach otherwise; ids are derived from the plan and g so that replies can name their
 * thread's first comment in the same statement.
 */
function reviewLoop(url) {
  const perClient = Array.from(
    { length: CLIENTS },
    (_, i) => `set role authenticated;
set request.jwt.claims to '{"sub":"${client(i)}","role":"authenticated"}';
select public.request_plan_review('Client ${i}: please read the niche first.') \\g /dev/null
reset role;`,
  ).join('\n');
  const id = (g) => `md5(p.id::text || '/' || (${g}))::uuid`;
  psql(
    url,
    `${perClient}
     insert into app.plan_comments (id, plan_id, author_id, section, parent_id, body, version, created_at)
     select ${id('g')}, p.id, case when g % 2 = 0 then p.owner_id else '${coach}'::uuid end,
            (app.plan_comment_sections())[((g - 1) / ${THREAD}) % 6 + 1],
            case when (g - 1) % ${THREAD} <> 0 then ${id(`(g - 1) / ${THREAD} * ${THREAD} + 1`)} end,
            'Comment ' || g || ' of thread ' || (g - 1) / ${THREAD} || ': ' || repeat('a few words more ', 8),
            1, now() - (${COMMENTS} - g) * interval '10 minutes'
       from app.plans p cross join generate_series(1, ${COMMENTS}) g
      where p.owner_id::text like 'aaaaaaaa-0000-4000-8000-%'
      order by p.id, g;
     insert into app.thread_resolutions (comment_id, plan_id, resolved_by, resolved_at)
     select ${id(`t * ${THREAD} + 1`)}, p.id, case when t % 2 = 0 then p.owner_id else '${coach}'::uuid end, now()
       from app.plans p cross join generate_series(0, ${THREADS - 1}) t
      where p.owner_id::text like 'aaaaaaaa-0000-4000-8000-%' and t % 4 = 0;
     update app.inbox_items i set read_at = now()
       from app.plan_comments c
      where i.recipient_id = '${coach}' and c.id = i.comment_id and c.created_at <= now() - (${COMMENTS} - ${READ_UP_TO}) * interval '10 minutes';
     vacuum analyze;`,
  );
}

/** Median of 5 warm runs of a call as the coach (after one warm-up), printed beside the bar. */
function timed(url, asCoach, label, call) {
  const out = psql(url, `${asCoach}\n\\timing on\n${Array(6).fill(call).join('\n')}\n`);
  const times = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== 6) throw new Error(`could not read psql timings:\n${out}`);
  console.log(`  runs: ${times.slice(1).map((t) => t.toFixed(1)).join(', ')} ms (after one warm-up of ${times[0].toFixed(1)} ms)`);
  console.log(`${label}: ${Math.round(median(times.slice(1)))} ms (bar ≤ 100 ms; ${load()})`);
}

console.log('== Coach plans (PostgreSQL 15) ==');
await withCluster(async (cluster) => {
  const started = Date.now();
  clientsThroughTheApi(cluster.url);
  responses(cluster.url);
  reviewLoop(cluster.url);
  console.log(`  generated ${CLIENTS} clients × ${RESPONSES.toLocaleString('en')} responses × ${questions.length} questions, a version and ${COMMENTS} comments each, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const asCoach = `set role authenticated;\nset request.jwt.claims to '{"sub":"${coach}","role":"authenticated"}';`;
  const check = JSON.parse(psql(cluster.url, `${asCoach}\nselect coalesce(jsonb_agg(to_jsonb(r)), '[]') from public.list_coach_plans() r;`));
  const surveys = check.filter((row) => row.survey?.responses === RESPONSES && row.survey?.threshold?.total === RESPONSES);
  if (check.length !== CLIENTS || surveys.length !== CLIENTS) {
    throw new Error(`list_coach_plans listed ${check.length} plans, ${surveys.length} with their survey's ${RESPONSES} responses`);
  }
  // What the data says each plan shows the coach: every comment, the threads not resolved, what
  // came after the part read (the client's comments among the last 50, and the request), and a
  // version not decided on yet.
  const unreadPerPlan = (COMMENTS - READ_UP_TO) / 2 + 1;
  const expected = { comment_count: COMMENTS, open_threads: THREADS - RESOLVED, unread: unreadPerPlan, latest_version: 1, waiting: true };
  const wrong = check.filter((row) => Object.entries(expected).some(([key, value]) => row[key] !== value));
  if (wrong.length > 0) {
    throw new Error(`list_coach_plans: ${wrong.length} plans differ from ${JSON.stringify(expected)}, e.g. ${JSON.stringify(Object.fromEntries(Object.keys(expected).map((k) => [k, wrong[0][k]])))}`);
  }
  const inbox = JSON.parse(psql(cluster.url, `${asCoach}\nselect to_jsonb(r) from public.get_my_inbox() r;`));
  const newest = inbox.items.filter((item) => item.kind === 'reply' || item.kind === 'comment');
  if (inbox.unread !== CLIENTS * unreadPerPlan || inbox.items.length !== 50 || newest.length !== 50
      || inbox.items.some((item) => item.read_at !== null || item.actor.role !== 'owner' || item.side !== 'coach')) {
    throw new Error(`get_my_inbox: ${inbox.unread} unread (expected ${CLIENTS * unreadPerPlan}), ${inbox.items.length} items (expected 50 unread comments by clients)`);
  }
  const items = psql(cluster.url, `select count(*) from app.inbox_items where recipient_id = '${coach}'`);

  // As PostgREST sends them: the rows as one JSON array; the record as one JSON object.
  timed(cluster.url, asCoach, `list_coach_plans (${CLIENTS} clients × ${RESPONSES.toLocaleString('en')} responses, ${COMMENTS} comments each)`,
    "select length(coalesce(jsonb_agg(to_jsonb(r)), '[]')::text) from public.list_coach_plans() r;");
  timed(cluster.url, asCoach, `get_my_inbox (${CLIENTS} clients, ${Number(items).toLocaleString('en')} items, ${inbox.unread.toLocaleString('en')} unread)`,
    'select length(to_jsonb(r)::text) from public.get_my_inbox() r;');
});
