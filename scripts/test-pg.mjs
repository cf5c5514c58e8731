// Database tests: a throw-away PostgreSQL 15 cluster with bootstrap, migrations and seed applied,
// the pgTAP files in supabase/tests/database/ run by pg_prove, then `supabase db lint`
// (plpgsql_check) when that extension is installed. Exits with pg_prove's status, or 1 when the
// lint finds errors. The cluster is removed whatever happens.
//
// Like a Supabase project, extensions live in schema `extensions`, which is on the database's
// search_path: pgTAP's functions stay out of `public` (whose functions must not be executable by
// PUBLIC) yet are granted to the `authenticated` and `anon` roles the tests switch to.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withCluster } from './pg-cluster.mjs';

const root = new URL('..', import.meta.url).pathname;
const testsDir = path.join(root, 'supabase/tests/database');
const supabaseBin = path.join(root, 'node_modules/.bin/supabase');

function psql(url, sql) {
  return execFileSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

const available = (url, name) =>
  psql(url, `select count(*) from pg_available_extensions where name = '${name}'`) === '1';

function runTests(cluster) {
  if (!available(cluster.url, 'pgtap')) {
    console.error('pgTAP is not installed for PostgreSQL 15: apt-get install postgresql-15-pgtap');
    return { code: 1, summary: 'pgTAP missing' };
  }
  psql(
    cluster.url,
    `create schema if not exists extensions;
     grant usage on schema extensions to anon, authenticated, service_role;
     create extension if not exists pgtap with schema extensions;
     -- The migrations revoke PUBLIC's default execute on new functions, pgTAP's included.
     grant execute on all functions in schema extensions to anon, authenticated, service_role;
     alter database postgres set search_path = "$user", public, extensions;`,
  );
  // tests.authenticate_as(…) and its siblings, for every test file (support/helpers.sql).
  execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', cluster.url, '-f', path.join(testsDir, 'support/helpers.sql')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });

  const files = fs
    .readdirSync(testsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(testsDir, f));
  if (files.length === 0) {
    console.error(`No test files in ${path.relative(root, testsDir)}`);
    return { code: 1, summary: 'no test files' };
  }

  const prove = spawnSync(
    'pg_prove',
    ['-h', cluster.host, '-p', String(cluster.port), '-U', 'postgres', '-d', 'postgres', '--failures', '--comments', '--nocolor', ...files],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PGOPTIONS: '--client-min-messages=warning' } },
  );
  if (prove.error) {
    console.error(`Could not run pg_prove (apt-get install postgresql-15-pgtap): ${prove.error.message}`);
    return { code: 1, summary: 'pg_prove missing' };
  }
  process.stdout.write(prove.stdout.replaceAll(`${testsDir}/`, ''));
  process.stderr.write(prove.stderr);
  const summary = prove.stdout.match(/^Files=.*$/m)?.[0] ?? 'no summary from pg_prove';
  return { code: prove.status ?? 1, summary };
}

function runLint(cluster) {
  if (!available(cluster.url, 'plpgsql_check')) {
    // On a developer's machine the lint is optional; CI installs the extension and must run it.
    return { code: process.env.CI ? 1 : 0, summary: 'skipped (apt-get install postgresql-15-plpgsql-check to enable)' };
  }
  if (!fs.existsSync(supabaseBin)) return { code: 0, summary: 'skipped (supabase CLI not installed: npm install)' };
  psql(cluster.url, 'create extension if not exists plpgsql_check with schema extensions;');
  const lint = spawnSync(
    supabaseBin,
    ['db', 'lint', '--db-url', `postgresql://postgres@127.0.0.1:${cluster.port}/postgres?sslmode=disable`,
      '--schema', 'public,app', '--level', 'warning', '--fail-on', 'error'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: root, env: { ...process.env, DO_NOT_TRACK: '1' } },
  );
  if (lint.error) return { code: 1, summary: `could not run the supabase CLI: ${lint.error.message}` };
  process.stdout.write(lint.stdout);
  process.stderr.write(lint.stderr);
  let issues = [];
  try {
    issues = lint.stdout.trim() ? JSON.parse(lint.stdout).flatMap((r) => r.issues.map((i) => i.level)) : [];
  } catch {
    // Not JSON: the exit status alone decides.
  }
  const errors = issues.filter((l) => l.startsWith('error')).length;
  const warnings = issues.length - errors;
  const code = lint.status ?? 1;
  return { code, summary: `${code === 0 ? 'ok' : 'FAILED'}: ${errors} error(s), ${warnings} warning(s)` };
}

let code = 1;
const summary = [];
try {
  code = await withCluster((cluster) => {
    const tests = runTests(cluster);
    summary.push(`pgTAP:   ${tests.code === 0 ? 'PASS' : 'FAIL'} (${tests.summary})`);
    const lint = runLint(cluster);
    summary.push(`db lint: ${lint.summary}`);
    return tests.code !== 0 ? tests.code : lint.code;
  });
} catch (error) {
  const stderr = error.stderr?.toString().trim();
  summary.push(`setup:   FAILED (${stderr || error.message})`);
  code = 1;
}
// Concurrency (max_responses under 50 simultaneous submissions, idempotent retries) needs real
// concurrent sessions, which pgTAP cannot open: its own script, on its own cluster.
const concurrency = spawnSync(process.execPath, [path.join(root, 'scripts/test-pg-concurrency.mjs')], { stdio: 'inherit' });
summary.push(`concurrency: ${concurrency.status === 0 ? 'PASS' : 'FAIL'}`);
if (code === 0) code = concurrency.status ?? 1;

console.log(`\n── database tests ──\n${summary.join('\n')}`);
process.exitCode = code;
