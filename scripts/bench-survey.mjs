// `node scripts/bench-survey.mjs`: the survey figures of DESIGN.md's quality bars and issue 11,
// measured on a throw-away PostgreSQL 15 (127.0.0.1 only, removed afterwards) with the migrations
// and seed. Each figure is printed beside its bar and the machine's load average at that moment.
//   1. submit_response per second, 8 pgbench clients for 10 s, as anon, on an open survey
//      without a response limit, each call with a new random respondent key.
//   2. the same on a survey limited to 100,000 responses already holding 90,000: 8 clients ×
//      1,000 calls (fewer than the 10,000 left, so none is refused).
//   3. survey_results on one survey of 100,000 responses × 8 questions, called as its owner:
//      warm, median of 5 runs (psql \timing, client round trip included).
//   4. issue 11's amplification payload sent to submit_response as anon: median of 5 refusals.
// Figures only: nothing here fails a build. fsync is on for this cluster (the test clusters turn
// it off), so commits cost what they cost on a real server's disk.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answersSql, questions } from './bench-questions.mjs';
import { withCluster } from './pg-cluster.mjs';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const RESPONSES = 100_000;
const SECONDS = 10;
const CLIENTS = 8;
const owner = 'bbbbbbbb-0000-4000-8000-00000000be01';

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url], {
    input: sql,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}

const asOwner = `set role authenticated;
set request.jwt.claims to '{"sub":"${owner}","role":"authenticated"}';`;


function createSurvey(url, title, withEmail) {
  const list = withEmail ? [...questions, { kind: 'email_optin', prompt: 'Email?' }] : questions;
  return psql(
    url,
    `${asOwner}
     select (public.create_survey(p_title => '${title}', p_locale => 'en', p_questions => '${JSON.stringify(list)}')).id as id \\gset
     select public.update_survey(:'id', p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object(
       'question_id', (select q.id from app.survey_questions q where q.survey_id = :'id' and q.position = 4),
       'option_keys', '["yes"]'::jsonb, 'target_rate', 0.3, 'min_responses', 50)) is not null \\g /dev/null
     select (public.publish_survey(:'id')).slug as slug \\gset
     select json_build_object('id', :'id', 'slug', :'slug', 'questions',
       (select json_agg(q.id order by q.position) from app.survey_questions q where q.survey_id = :'id'));`,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;

function benchResults(url) {
  const survey = JSON.parse(createSurvey(url, 'Results bench', false));

  const started = Date.now();
  // Set-based: 100,000 responses over 60 days, then one answer per response and question.
  psql(
    url,
    `insert into app.responses (survey_id, respondent_key, left_email, created_at)
     select '${survey.id}', 'bench-respondent-' || lpad(g::text, 8, '0'), g % 7 = 0,
            now() - (g % 60) * interval '1 day' - (g % 86400) * interval '1 second'
       from generate_series(1, ${RESPONSES}) g;
     ${answersSql(`'${survey.id}'`)}
     -- Written in bulk, not by submit_response: the stored tallies are counted once from the rows.
     select app.recount_survey_tallies('${survey.id}');
     vacuum analyze app.responses;
     vacuum analyze app.response_answers;`,
  );
  console.log(`  generated ${RESPONSES.toLocaleString('en')} responses × ${questions.length} questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const call = `select length(public.survey_results('${survey.id}')::text);`;
  const out = psql(url, `${asOwner}\n\\timing on\n${call}\n`.concat(Array(5).fill(call).join('\n')));
  const times = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  if (times.length !== 6) throw new Error(`could not read psql timings:\n${out}`);
  const total = psql(url, `${asOwner}\nselect public.survey_results('${survey.id}') ->> 'total_responses';`);
  if (Number(total) !== RESPONSES) throw new Error(`survey_results counted ${total} responses, not ${RESPONSES}`);
  const ms = median(times.slice(1));
  console.log(`  runs: ${times.slice(1).map((t) => t.toFixed(1)).join(', ')} ms (after one warm-up of ${times[0].toFixed(1)} ms)`);
  console.log(`survey_results (${RESPONSES.toLocaleString('en')} × ${questions.length}): ${Math.round(ms)} ms (bar ≤ 100 ms; ${load()})`);
}

// CPU seconds used by the cluster's processes so far: the postmaster, its live children, and
// (cutime/cstime) the children it has reaped, such as the pgbench sessions once they end.
function clusterCpuSeconds(cluster) {
  const stat = (pid) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  const postmaster = fs.readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0].trim();
  const own = stat(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = stat(pid);
      if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

// Responses already in a survey, written set-based (no answers: the limit reads the counter only).
function prefill(url, surveyId, count) {
  psql(
    url,
    `insert into app.responses (survey_id, respondent_key, left_email)
     select '${surveyId}', 'prefilled-respondent-' || lpad(g::text, 8, '0'), false from generate_series(1, ${count}) g;
     vacuum analyze app.responses;`,
  );
}

function benchSubmit(cluster, { limit = null, held = 0, callsPerClient = null } = {}) {
  const survey = JSON.parse(createSurvey(cluster.url, limit ? 'Limited submit bench' : 'Submit bench', true));
  if (held > 0) prefill(cluster.url, survey.id, held);
  // Setting the limit starts the survey's counter from the responses it holds.
  if (limit) psql(cluster.url, `update app.surveys set max_responses = ${limit} where id = '${survey.id}';`);
  const [q1, q2, q3, q4, q5, q6, q7, q8] = survey.questions;
  const pick = (keys) => `(array[${keys.map((k) => `'${k}'`).join(', ')}])[1 + :n % ${keys.length}]`;
  // One transaction per call, set up the way PostgREST does it: role and claims in one statement.
  const script = `\\set n random(1, 2000000000)
begin;
select set_config('role', 'anon', true), set_config('request.jwt.claims', '', true);
select public.submit_response(p_slug => '${survey.slug}', p_respondent_key => md5(:n || '-' || random()), p_answers => jsonb_build_object('${q1}', ${pick(['often', 'once', 'never'])}, '${q2}', jsonb_build_array(${pick(['a', 'b'])}, ${pick(['c', 'd', 'e'])}), '${q3}', :n % 11, '${q4}', ${pick(['yes', 'maybe', 'no'])}, '${q5}', jsonb_build_array(${pick(['live', 'chat', 'mail', 'call'])}), '${q6}', 1 + :n % 5, '${q7}', 'Notion', '${q8}', 'Too many meetings, then no energy left for the real work.'), p_email => case when :n % 5 = 0 then 'r' || :n || '@example.org' end, p_consent => true);
commit;
`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noyau-bench-'));
  const file = path.join(dir, 'submit.sql');
  fs.writeFileSync(file, script);
  try {
    const cpuBefore = clusterCpuSeconds(cluster);
    const run = spawnSync(
      path.join(PG_BIN, 'pgbench'),
      ['-n', '-h', cluster.host, '-p', String(cluster.port), '-U', 'postgres', '-c', String(CLIENTS), '-j', String(Math.min(CLIENTS, os.cpus().length)),
        ...(callsPerClient ? ['-t', String(callsPerClient)] : ['-T', String(SECONDS)]), '-M', 'prepared', '-f', file, 'postgres'],
      { encoding: 'utf8', timeout: (SECONDS + 60) * 1000 },
    );
    if (run.status !== 0) throw new Error(`pgbench failed:\n${run.stdout}\n${run.stderr}`);
    const tps = Number(run.stdout.match(/tps = ([\d.]+) \(without initial connection time\)/)?.[1]);
    const failed = Number(run.stdout.match(/number of failed transactions: (\d+)/)?.[1] ?? 0);
    const stored = Number(psql(cluster.url, `select count(*) from app.responses r where r.survey_id = '${survey.id}';`)) - held;
    const processed = Number(run.stdout.match(/number of transactions actually processed: (\d+)/)?.[1]);
    if (!Number.isFinite(tps) || failed > 0 || stored !== processed) {
      throw new Error(`unexpected pgbench outcome (stored ${stored}, processed ${processed}, failed ${failed}):\n${run.stdout}`);
    }
    const cpuMs = ((clusterCpuSeconds(cluster) - cpuBefore) * 1000) / processed;
    if (limit) {
      const counter = Number(psql(cluster.url, `select app.limited_response_count('${survey.id}');`));
      if (counter !== held + processed) throw new Error(`the survey's counters say ${counter}, not ${held + processed}`);
    }
    console.log(`  ${processed.toLocaleString('en')} responses stored, none failed; `
      + `PostgreSQL used ${cpuMs.toFixed(2)} ms of CPU per call (≈ ${Math.round(1000 / cpuMs).toLocaleString('en')} calls/s per idle core)`);
    const what = limit
      ? `submit_response, ${CLIENTS} clients, survey limited to ${limit.toLocaleString('en')} holding ${held.toLocaleString('en')}`
      : `submit_response, ${CLIENTS} clients, no limit`;
    console.log(`${what}: ${Math.round(tps).toLocaleString('en')} per second (bar ≥ ${limit ? '1,500' : '2,000'}/s; ${load()})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Issue 11's payload: 18 KB of 1e131071 that printing turned into 262 MB (1.05 s, 780 MB of
// backend memory) before the size check refused it. Now refused on its size as received.
function benchAmplification(url) {
  const call = `select public.submit_response('demo-interest', 'amplification-test-0001', ('['||repeat('1e131071,',1999)||'1e131071]')::jsonb);`;
  const script = `set role anon;\nset request.jwt.claims to '';\n\\set ON_ERROR_STOP 0\n\\timing on\n${Array(6).fill(call).join('\n')}\n`;
  const run = spawnSync('psql', ['-X', '-q', '-A', '-t', '-d', url], { input: script, encoding: 'utf8' });
  const times = [...run.stdout.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));
  const refusals = (run.stderr.match(/ERROR: {2}invalid_answers/g) ?? []).length;
  if (times.length !== 6 || refusals !== 6) throw new Error(`unexpected outcome of the amplification payload:\n${run.stdout}\n${run.stderr}`);
  console.log(`amplification payload (issue 11, 18 KB of 1e131071) to submit_response: refused with invalid_answers in `
    + `${median(times.slice(1)).toFixed(1)} ms (bar: refused at once, ≤ 10 ms; was 1,050 ms and 780 MB; ${load()})`);
}

console.log('== Survey database (PostgreSQL 15) ==');
await withCluster(
  async (cluster) => {
    const load = os.loadavg()[0].toFixed(1);
    console.log(`  PostgreSQL ${psql(cluster.url, 'show server_version;')}, fsync ${psql(cluster.url, 'show fsync;')}; `
      + `${os.cpus().length} CPU cores, load average ${load} before starting (other work on the machine slows both figures)`,
    );
    psql(cluster.url, `insert into auth.users (id, email) values ('${owner}', 'bench@noyau.local');`);
    benchSubmit(cluster);
    benchSubmit(cluster, { limit: 100_000, held: 90_000, callsPerClient: 1_000 });
    benchResults(cluster.url);
    benchAmplification(cluster.url);
  },
  { settings: ['fsync=on', 'max_wal_size=4GB', 'checkpoint_timeout=30min'] },
);
