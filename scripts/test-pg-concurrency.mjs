// Concurrency tests of submit_response on a throw-away PostgreSQL 15 (PGlite and pgTAP each have
// one session only, so these need real concurrent connections): separate psql processes, released
// at the same instant, call submit_response as anon. Prints TAP; exits 1 when a check fails.
//   1. 50 submissions to a survey limited to 10: exactly 10 stored, the other 40 survey_closed.
//   2. 20 submissions with the same respondent key: one response, the same id for all 20.
//   3. 15 keys sent twice each to a survey limited to 10: 10 stored, both calls of a key agree.
//   In each, the survey's stored tallies (app.survey_tallies) agree with the responses stored.
import { spawn } from 'node:child_process';
import { withCluster } from './pg-cluster.mjs';

const owner = 'cccccccc-0000-4000-8000-00000000c0c0';
let failures = 0;
let count = 0;

function ok(pass, name, diagnostics = '') {
  count += 1;
  if (!pass) failures += 1;
  console.log(`${pass ? 'ok' : 'not ok'} ${count} - ${name}`);
  if (!pass && diagnostics) console.log(diagnostics.replace(/^/gm, '# '));
}

function psql(url, sql) {
  return new Promise((resolve) => {
    const child = spawn('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout: stdout.trim(), stderr: stderr.trim() }));
    child.stdin.end(sql);
  });
}

async function must(url, sql) {
  const result = await psql(url, sql);
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout;
}

async function publishedSurvey(url, title, maxResponses) {
  const out = await must(
    url,
    `set role authenticated;
     set request.jwt.claims to '{"sub":"${owner}","role":"authenticated"}';
     select (public.create_survey(p_title => '${title}', p_locale => 'en', p_questions =>
       '[{"kind": "single_choice", "prompt": "Would you join?", "required": true,
          "options": [{"key": "yes", "label": "Yes"}, {"key": "no", "label": "No"}]}]')).id as id \\gset
     select public.update_survey(:'id', p_max_responses => ${maxResponses ?? 'null'}, p_hypothesis => 'Most of the people asked have paid for help in the last year.', p_threshold => jsonb_build_object(
       'question_id', (select q.id from app.survey_questions q where q.survey_id = :'id'),
       'option_keys', '["yes"]'::jsonb, 'target_rate', 0.4, 'min_responses', 5)) is not null \\g /dev/null
     select (public.publish_survey(:'id')).slug as slug \\gset
     select :'id' || ' ' || :'slug' || ' ' || (select q.id from app.survey_questions q where q.survey_id = :'id');`,
  );
  const [id, slug, question] = out.split(' ');
  return { id, slug, question };
}

// Every call waits until the same instant, then submits in its own transaction as anon.
function submitAll(url, survey, keys) {
  const start = new Date(Date.now() + 1500).toISOString();
  return Promise.all(
    keys.map((key) =>
      psql(
        url,
        `select pg_sleep(greatest(0, extract(epoch from '${start}'::timestamptz - clock_timestamp()))) \\g /dev/null
         begin;
         set local role anon;
         select set_config('request.jwt.claims', '', true) \\g /dev/null
         select public.submit_response('${survey.slug}', '${key}', '{"${survey.question}": "yes"}');
         commit;`,
      ),
    ),
  );
}

const stored = async (url, survey) =>
  Number(await must(url, `select count(*) from app.responses where survey_id = '${survey.id}';`));
// The stored tallies against the rows: responses, and answers to the threshold question ("yes":
// every answer is a success).
const tallied = async (url, survey) =>
  must(url, `select (select coalesce(sum(t.responses), 0) from app.survey_tallies t where t.survey_id = '${survey.id}') || ' '
                 || (select coalesce(sum(t.threshold_successes), 0) from app.survey_tallies t where t.survey_id = '${survey.id}');`);
const closedError = (result) => result.code !== 0 && /ERROR:\s+survey_closed/.test(result.stderr);

let code = 1;
try {
  code = await withCluster(async ({ url }) => {
    await must(url, `insert into auth.users (id, email) values ('${owner}', 'concurrency@noyau.local');`);
    console.log('TAP version 13');
    console.log('1..10');

    // 1.
    const limited = await publishedSurvey(url, 'Limited to 10', 10);
    const results = await submitAll(url, limited, Array.from({ length: 50 }, (_, i) => `concurrent-key-${String(i).padStart(4, '0')}`));
    const accepted = results.filter((r) => r.code === 0);
    const refused = results.filter(closedError);
    ok(accepted.length === 10, `50 concurrent submissions to a limit of 10: 10 accepted (got ${accepted.length})`,
      results.filter((r) => r.code !== 0 && !closedError(r)).map((r) => r.stderr).join('\n'));
    ok(refused.length === 40, `... and the other 40 refused with survey_closed (got ${refused.length})`);
    ok((await stored(url, limited)) === 10, '... and exactly 10 responses stored');
    ok((await tallied(url, limited)) === '10 10', `... and its stored tallies say 10 responses, 10 successes (${await tallied(url, limited)})`);

    // 2.
    const open = await publishedSurvey(url, 'No limit', null);
    const same = await submitAll(url, open, Array(20).fill('the-same-respondent-key'));
    const ids = new Set(same.filter((r) => r.code === 0).map((r) => r.stdout));
    ok(same.every((r) => r.code === 0) && ids.size === 1, `20 concurrent submissions with one key all return the same id (${ids.size} distinct)`,
      same.filter((r) => r.code !== 0).map((r) => r.stderr).join('\n'));
    ok((await stored(url, open)) === 1, '... and store one response');
    ok((await tallied(url, open)) === '1 1', `... and tally it once (${await tallied(url, open)})`);

    // 3.
    const twice = await publishedSurvey(url, 'Limited to 10, keys sent twice', 10);
    const keys = Array.from({ length: 15 }, (_, i) => `twice-key-${String(i).padStart(8, '0')}`);
    const pairs = await submitAll(url, twice, [...keys, ...keys]);
    ok((await stored(url, twice)) === 10, '15 keys sent twice each to a limit of 10: exactly 10 responses stored');
    const disagreements = keys.filter((_, i) => {
      const [a, b] = [pairs[i], pairs[i + keys.length]];
      return a.code === 0 ? !(b.code === 0 && a.stdout === b.stdout) : !(closedError(a) && closedError(b));
    });
    ok((await tallied(url, twice)) === '10 10', `... and its stored tallies say 10 and 10 (${await tallied(url, twice)})`);
    ok(disagreements.length === 0, `... and both calls of each key agree: same id, or both survey_closed (${disagreements.length} disagree)`);
    return failures === 0 ? 0 : 1;
  });
} catch (error) {
  console.log(`not ok - setup failed: ${error.message}`);
  code = 1;
}
console.log(`\n── concurrency tests ──\n${code === 0 ? 'PASS' : 'FAIL'} (${count - failures}/${count} ok)`);
process.exitCode = code;
